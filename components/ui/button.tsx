// The one button of SOAP Desk. One primary colour for the main action of a screen; red only for
// danger (removing, declining) and urgency (a program's call to return); everything else quiet.
// A link that looks like a button takes `buttonVariants` as its class (Radix's Slot, for an
// `asChild` prop, weighed more than the button itself in the browser).
import type { ComponentProps } from "react";
import { buttonVariants, type ButtonVariants } from "./button-variants";
import { cn } from "./cn";

export { buttonVariants, type ButtonVariants };

export function Button({ className, variant, size, type = "button", ...props }: ComponentProps<"button"> & ButtonVariants) {
  return <button className={cn(buttonVariants({ variant, size }), className)} type={type} {...props} />;
}
