// The one button of SOAP Desk. One primary colour for the main action of a screen; red only for
// danger (removing, declining) and urgency (a program's call to return); everything else quiet.
// `asChild` styles a link (or any element) as a button.
import { Slot } from "radix-ui";
import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-semibold transition-colors disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-primary text-primary-foreground hover:bg-primary-hover",
        secondary: "border border-border-strong bg-surface text-ink hover:bg-muted",
        ghost: "text-ink hover:bg-muted",
        link: "text-primary underline-offset-4 hover:underline",
        danger: "bg-danger text-white hover:bg-danger-hover",
        "danger-outline": "border border-danger/40 bg-surface text-danger hover:bg-danger-soft",
      },
      size: {
        sm: "min-h-9 px-3 text-sm",
        md: "min-h-11 px-4 text-sm",
        lg: "min-h-12 px-5 text-base",
        icon: "size-11 p-0",
        "icon-sm": "size-9 p-0",
      },
    },
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;

export function Button({ className, variant, size, asChild = false, type, ...props }: ComponentProps<"button"> & ButtonVariants & { asChild?: boolean }) {
  const Component = asChild ? Slot.Root : "button";
  return <Component className={cn(buttonVariants({ variant, size }), className)} type={asChild ? type : (type ?? "button")} {...props} />;
}
