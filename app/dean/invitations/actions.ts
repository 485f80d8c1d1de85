"use server";
// The dean's office invites people and re-sends invitations. The invitation is saved even when
// its email cannot be sent: the answer then says so as a notice, and the dean re-sends later.
import { createInvitationInput, invitationIdInput } from "@/lib/domain/invitation-schemas";
import { defineAction, type Outcome } from "@/lib/server/entry/define-action";
import { currentScope } from "@/lib/server/entry/scope";
import { createInvitation, type InvitationResult } from "@/lib/server/invitations/create-invitation";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";

function outcome(result: InvitationResult, verb: string): Outcome<undefined> {
  return result.sent ? { message: `${verb} to ${result.email}.` } : { notice: result.problem };
}

export const createInvitationAction = defineAction({
  name: "invitations.create",
  guard: "invitation.create",
  input: createInvitationInput,
  revalidate: "/dean/invitations",
  run: async (ctx, input) => outcome(await createInvitation(ctx, input, currentScope().outbox()), "Invitation sent"),
});

export const resendInvitationAction = defineAction({
  name: "invitations.resend",
  guard: "invitation.create",
  input: invitationIdInput,
  revalidate: "/dean/invitations",
  run: async (ctx, input) => outcome(await resendInvitation(ctx, input, currentScope().outbox()), "New link sent"),
});
