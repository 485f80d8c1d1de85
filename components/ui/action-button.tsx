"use client";
// A form that is one button: it runs a server action (signing out, starting single sign-on) and
// announces a failure in place. Works before JavaScript has loaded, as a plain form post.
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "./form-status";

export function ActionButton({
  action,
  children,
  pendingLabel,
  className,
  formClassName,
  fields = {},
}: {
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  children: ReactNode;
  pendingLabel: string;
  className: string;
  formClassName?: string;
  /** Hidden fields the form sends with the button. */
  fields?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={formClassName}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={className}>
        {pending ? pendingLabel : children}
      </button>
      <FormStatus result={state} />
    </form>
  );
}
