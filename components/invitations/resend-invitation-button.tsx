"use client";
// Re-send: a fresh link (the old one stops working) and seven more days; the outcome shows in the
// row. Without an email server the button makes the new link and shows it once, to copy.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";
import { OneTimeLink } from "./one-time-link";

type ResendResult = ActionResult<{ link: string }>;

export function ResendInvitationButton({
  invitationId,
  name,
  emailConfigured,
  action,
}: {
  invitationId: string;
  name: string;
  /** False when SMTP is not set up: the button makes a link to copy instead of sending an email. */
  emailConfigured: boolean;
  action: (previous: ResendResult | null, form: FormData) => Promise<ResendResult>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <div className="sm:w-96 sm:text-right">
      <form action={formAction}>
        <input type="hidden" name="invitationId" value={invitationId} />
        <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
          {emailConfigured ? (pending ? "Sending…" : "Re-send") : pending ? "Making a new link…" : "New link"}
          <span className="sr-only">{emailConfigured ? ` the invitation to ${name}` : ` for ${name}`}</span>
        </button>
        <FormStatus result={state} />
      </form>
      {state?.ok && state.data?.link && <OneTimeLink link={state.data.link} name={name} />}
    </div>
  );
}
