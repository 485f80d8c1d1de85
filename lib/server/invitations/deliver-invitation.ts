import "server-only";
// Sends an invitation's email after its transaction has committed. A failed send never undoes
// the invitation: the dean's office is told why and can re-send once mail works.
import type { Db } from "../core/db";
import { audit, type AuditActor } from "../core/audit";
import type { Mailer } from "../mail/mailer";
import { invitationEmail } from "../mail/templates";
import { inviterName } from "@/lib/domain/invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { invitationUrl } from "./invitation-token";
import { log } from "../core/log";
import { metrics } from "../core/metrics";

export interface InvitationDelivery {
  /** null when SMTP is not configured. */
  mailer: Mailer | null;
  /** The app's public origin, for the link. */
  origin: string;
}

export type DeliveryResult = { sent: true } | { sent: false; problem: string };

export async function deliverInvitation(
  db: Db,
  actor: AuditActor,
  invitationId: string,
  token: string,
  delivery: InvitationDelivery,
  now: Date,
): Promise<DeliveryResult> {
  const invitation = await db.invitation.findFirstOrThrow({
    where: { id: invitationId, schoolId: actor.schoolId },
    select: { email: true, name: true, role: true, expiresAt: true, school: { select: { name: true, timeZone: true } }, invitedBy: { select: { name: true } } },
  });
  if (!delivery.mailer) {
    return {
      sent: false,
      problem: "Email is not set up on this server (SMTP_HOST and EMAIL_FROM), so no email was sent. The invitation is saved: re-send it once email works.",
    };
  }
  try {
    await delivery.mailer.send(
      invitationEmail({
        to: invitation.email,
        name: invitation.name,
        role: invitation.role,
        schoolName: invitation.school.name,
        invitedByName: inviterName(invitation.invitedBy),
        url: invitationUrl(delivery.origin, token),
        expiresLabel: formatInZone(invitation.expiresAt, invitation.school.timeZone),
      }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    metrics().emailsFailed.inc();
    log().warn({ invitationId, kind: "INVITATION" }, "email failed");
    return { sent: false, problem: `The email to ${invitation.email} could not be sent: ${reason} The invitation is saved: re-send it once email works.` };
  }
  log().info({ invitationId, kind: "INVITATION" }, "email sent");
  await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({ where: { id: invitationId, schoolId: actor.schoolId }, data: { lastSentAt: now } });
    await audit(tx, actor, { action: "invitation.email_sent", entityType: "Invitation", entityId: invitationId, after: { to: invitation.email } });
  });
  return { sent: true };
}
