import "server-only";
// Accepting an invitation: the person gets their account (user, and an applicant or advocate
// profile; the dean's office has none) and a signed-in session, all in one transaction. The link
// works once and for seven days.
import type { Db } from "../core/db";
import type { Actor } from "../core/actor";
import { AppError } from "../core/errors";
import { audit } from "../core/audit";
import { createDatabaseSession, type CreatedSession } from "../auth/session-cookie";
import { invitationTokenSchema } from "@/lib/domain/invitation-schemas";
import { invitationStatus } from "@/lib/domain/invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { hashInvitationToken } from "./invitation-token";

export const INVITATION_UNKNOWN =
  "This invitation link is not valid. Open the whole link from the email; if it still fails, ask your dean's office to re-send the invitation.";

export function invitationUsedMessage(): string {
  return "This invitation has already been accepted. Sign in with your email address instead.";
}

export function invitationExpiredMessage(expiresAt: Date, timeZone: string): string {
  return `This invitation expired on ${formatInZone(expiresAt, timeZone)}. Ask your dean's office to re-send it.`;
}

export async function acceptInvitation(db: Db, token: unknown, now: Date): Promise<{ actor: Actor; session: CreatedSession }> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError("NOT_FOUND", INVITATION_UNKNOWN);
  const tokenHash = hashInvitationToken(parsed.data);

  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash }, include: { school: { select: { timeZone: true } } } });
    if (!invitation) throw new AppError("NOT_FOUND", INVITATION_UNKNOWN);
    const status = invitationStatus(invitation, now);
    if (status === "accepted") throw new AppError("CONFLICT", invitationUsedMessage());
    if (status === "expired") throw new AppError("CONFLICT", invitationExpiredMessage(invitation.expiresAt, invitation.school.timeZone));

    // Claims the invitation; a second click racing this one finds nothing left to claim.
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, tokenHash, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count === 0) throw new AppError("CONFLICT", invitationUsedMessage());

    const existing = await tx.user.findFirst({ where: { email: { equals: invitation.email, mode: "insensitive" } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `${invitation.email} already has a SOAP Desk account. Sign in with your email address instead.`);

    const user = await tx.user.create({
      data: { schoolId: invitation.schoolId, name: invitation.name, email: invitation.email, emailVerified: now, role: invitation.role },
    });
    let applicantId: string | null = null;
    let advocateId: string | null = null;
    if (invitation.role === "APPLICANT") {
      if (!invitation.aamcId || !invitation.degreeType || !invitation.specialty)
        throw new AppError("CONFLICT", "This invitation lacks the AAMC ID or degree type. Ask your dean's office to invite you again.");
      const taken = await tx.applicantProfile.findFirst({ where: { schoolId: invitation.schoolId, aamcId: invitation.aamcId }, select: { id: true } });
      if (taken) {
        throw new AppError(
          "CONFLICT",
          `Another applicant at your school already uses AAMC ID ${invitation.aamcId}. Ask your dean's office to check the ID and invite you again.`,
        );
      }
      const profile = await tx.applicantProfile.create({
        // The phone number is the applicant's own to enter, on the reachability checklist.
        data: {
          schoolId: invitation.schoolId,
          userId: user.id,
          aamcId: invitation.aamcId,
          degreeType: invitation.degreeType,
          specialty: invitation.specialty,
          phone: "",
        },
      });
      applicantId = profile.id;
    } else if (invitation.role === "ADVOCATE") {
      if (!invitation.advocateKind || !invitation.title || !invitation.specialty)
        throw new AppError("CONFLICT", "This invitation lacks the advocate's position or title. Ask your dean's office to invite you again.");
      const profile = await tx.advocateProfile.create({
        data: { schoolId: invitation.schoolId, userId: user.id, kind: invitation.advocateKind, title: invitation.title, specialty: invitation.specialty },
      });
      advocateId = profile.id;
    }
    const actor: Actor = { userId: user.id, schoolId: invitation.schoolId, role: invitation.role, name: user.name, applicantId, advocateId };
    await audit(tx, actor, {
      action: "invitation.accept",
      entityType: "Invitation",
      entityId: invitation.id,
      applicantId,
      after: { userId: user.id, role: invitation.role },
    });
    const session = await createDatabaseSession(tx, user.id, now);
    return { actor, session };
  });
}
