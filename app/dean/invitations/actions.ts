"use server";
// The dean's office invites people and re-sends invitations. The invitation is saved even when
// its email cannot be sent: the answer then says so as a notice, and the dean re-sends later.
// Without an email server the answer carries the link itself, shown once to copy and pass on.
import { createInvitationInput, invitationIdInput } from "@/lib/domain/invitation-schemas";
import { defineAction, type Outcome } from "@/lib/server/entry/define-action";
import { currentScope } from "@/lib/server/entry/scope";
import { createInvitation, type InvitationResult } from "@/lib/server/invitations/create-invitation";
import { resendInvitation } from "@/lib/server/invitations/resend-invitation";

export type InvitationLink = { link: string };

const NO_EMAIL = "Email is not set up on this server, so no email was sent: copy the link below and send it to them yourself.";

function outcome(result: InvitationResult, sent: string, saved: string): Outcome<InvitationLink> {
  if (result.link) return { message: `${saved} ${NO_EMAIL}`, data: { link: result.link } };
  return result.sent ? { message: `${sent} to ${result.email}.` } : { notice: result.problem };
}

export const createInvitationAction = defineAction({
  name: "invitations.create",
  guard: "invitation.create",
  roles: ["DEAN"],
  input: createInvitationInput,
  revalidate: "/dean/invitations",
  run: async (ctx, input) => {
    const result = await createInvitation(ctx, input, currentScope().outbox());
    return outcome(result, "Invitation sent", `Invitation saved for ${result.email}.`);
  },
});

export const resendInvitationAction = defineAction({
  name: "invitations.resend",
  guard: "invitation.create",
  roles: ["DEAN"],
  input: invitationIdInput,
  revalidate: "/dean/invitations",
  run: async (ctx, input) => {
    const result = await resendInvitation(ctx, input, currentScope().outbox());
    return outcome(result, "New link sent", `New link made for ${result.email}; the old one no longer works.`);
  },
});
