"use client";
// A form that is one button: it runs a server action (signing out, starting single sign-on) and
// announces a failure in place. Works before JavaScript has loaded, as a plain form post.
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { Button, type ButtonVariants } from "./button";
import { FormStatus } from "./form-status";

export function ActionButton({
  action,
  children,
  pendingLabel,
  className,
  formClassName,
  fields = {},
  variant = "secondary",
  size = "sm",
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  children: ReactNode;
  pendingLabel: string;
  /** Classes over the kit's button (its variant and size). */
  className?: string;
  formClassName?: string;
  /** Hidden fields the form sends with the button. */
  fields?: Record<string, string>;
} & ButtonVariants) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={formClassName}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending} variant={variant} size={size} className={className}>
        {pending ? pendingLabel : children}
      </Button>
      <FormStatus result={state} />
    </form>
  );
}
