"use client";
// One button: accept the invitation and sign in. A refusal (expired meanwhile, used in another
// tab) is announced in place.
import { useActionState } from "react";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { FormStatus } from "@/components/ui/form-status";

export function AcceptInvitationForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
      >
        {pending ? "Signing you in…" : "Accept and sign in"}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
