"use client";
// One button: accept the invitation and sign in. A refusal (expired meanwhile, used in another
// tab) is announced in place.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";

export function AcceptInvitationForm({ token, action }: { token: string; action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover disabled:opacity-60 sm:w-auto"
      >
        {pending ? "Signing you in…" : "Accept and sign in"}
      </button>
      <FormStatus result={state} />
    </form>
  );
}
