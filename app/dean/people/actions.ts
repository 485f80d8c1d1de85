"use server";
// The dean's office invites many applicants from one CSV: a check that writes nothing (the rows
// to invite, or every bad row), then the invitations all-or-nothing and their emails. An email
// that cannot be sent leaves its invitation saved; the answer names it, to re-send later.
import { z } from "zod";
import { MAX_BULK_INVITATION_CHARACTERS, TOO_LARGE_MESSAGE, type BulkInvitationResult } from "@/lib/domain/bulk-invitations";
import { defineAction, type Outcome } from "@/lib/server/entry/define-action";
import { currentScope } from "@/lib/server/entry/scope";
import { previewBulkInvitations, sendBulkInvitations } from "@/lib/server/invitations/bulk-invitations";
import { countOf } from "@/lib/domain/human-format";

// An empty file passes here and is refused by the use case, after the guard has admitted the actor.
const bulkInput = z.object({ csv: z.string({ error: "Choose a CSV file." }).max(MAX_BULK_INVITATION_CHARACTERS, { error: TOO_LARGE_MESSAGE }) });

function outcome(result: BulkInvitationResult): Outcome<BulkInvitationResult> {
  const invited = `Invited ${countOf(result.invited, "applicant", "applicants")}`;
  if (result.notSent.length === 0) return { data: result, message: `${invited}; ${countOf(result.sent.length, "email", "emails")} sent.` };
  return {
    data: result,
    notice: `${invited}, but ${countOf(result.notSent.length, "email", "emails")} could not be sent. The invitations are saved: re-send them from the Invitations page once email works.`,
  };
}

export const previewBulkInvitationsAction = defineAction({
  name: "invitations.previewBulk",
  guard: "invitation.create",
  roles: ["DEAN"],
  input: bulkInput,
  run: async (ctx, input) => ({ data: await previewBulkInvitations(ctx.db, ctx.actor, input.csv, ctx.clock.now()) }),
});

export const sendBulkInvitationsAction = defineAction({
  name: "invitations.createBulk",
  guard: "invitation.create",
  roles: ["DEAN"],
  input: bulkInput,
  revalidate: "/dean",
  run: async (ctx, input) => outcome(await sendBulkInvitations(ctx, input.csv, currentScope().outbox())),
});
