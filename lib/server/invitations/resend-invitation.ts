import "server-only";
// Re-sending an invitation: a new link (the old one stops working) and seven more days, then the
// email again; without an email server, the new link itself, shown once (create-invitation.ts).
import type { UseCaseContext } from "@/lib/server/use-case/run-command";
import { AppError, notFound } from "@/lib/server/core/errors";
import { authorize } from "@/lib/server/auth/policy";
import { parseInput } from "@/lib/server/core/validate";
import { audit } from "@/lib/server/core/audit";
import { invitationIdInput } from "@/lib/domain/invitation-schemas";
import { invitationExpiresAt } from "@/lib/domain/invitations";
import { newInvitationToken } from "@/lib/server/invitations/invitation-token";
import { deliverInvitation, type InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import { LINK_SHOWN, linkToShow, type InvitationResult } from "@/lib/server/invitations/create-invitation";

/** A new link (the old one stops working) and seven more days, then the email again. */
export async function resendInvitation(ctx: UseCaseContext, input: unknown, delivery: InvitationDelivery): Promise<InvitationResult> {
  const { actor, db } = ctx;
  authorize(actor, "invitation.create");
  const { invitationId } = parseInput(invitationIdInput, input);
  const now = ctx.clock.now();
  const { token, tokenHash } = newInvitationToken();
  const email = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, schoolId: actor.schoolId },
      select: { email: true, acceptedAt: true, expiresAt: true },
    });
    if (!invitation) throw notFound("The invitation");
    const updated = await tx.invitation.updateMany({
      where: { id: invitationId, schoolId: actor.schoolId, acceptedAt: null },
      data: { tokenHash, expiresAt: invitationExpiresAt(now) },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", `${invitation.email} has already accepted the invitation: nothing to re-send.`);
    await audit(tx, actor, {
      action: "invitation.resend",
      entityType: "Invitation",
      entityId: invitationId,
      before: { expiresAt: invitation.expiresAt },
      after: { expiresAt: invitationExpiresAt(now), ...(delivery.mailer === null ? { link: LINK_SHOWN } : {}) },
    });
    return invitation.email;
  });
  const result = await deliverInvitation(db, actor, invitationId, token, delivery, now);
  return { invitationId, email, link: linkToShow(delivery, token), ...result };
}
