"use client";
// Re-send: a fresh link (the old one stops working) and seven more days; the outcome shows in the row.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";

export function ResendInvitationButton({
  invitationId,
  name,
  action,
}: {
  invitationId: string;
  name: string;
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
        {pending ? "Sending…" : "Re-send"}
        <span className="sr-only"> the invitation to {name}</span>
      </button>
      <FormStatus result={state} />
    </form>
  );
}
