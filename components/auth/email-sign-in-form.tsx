"use client";
// Email sign-in: one field, one button; the outcome is announced and errors keep the address.
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { fieldError, fieldValue } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";

export function EmailSignInForm({ action }: { action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Back to the field after an error, so a keyboard user can correct it straight away.
    if (state !== null && !state.ok) formRef.current?.querySelector<HTMLInputElement>("input[name=email]")?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-3">
      <TextField
        name="email"
        label="Email address"
        hint="The address your dean's office invited."
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        idPrefix="sign-in"
        defaultValue={fieldValue(state, "email")}
        error={fieldError(state, "email")}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover disabled:opacity-60 sm:w-auto"
      >
        {pending ? "Sending the link…" : "Email me a sign-in link"}
      </button>
      <FormStatus result={state} />
    </form>
  );
}
