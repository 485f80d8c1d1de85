import "server-only";
// What the invitation page shows before the person accepts: who invited them, to which school, as
// what, and whether the link still works.
import type { Db } from "@/lib/server/core/db";
import { invitationTokenSchema } from "@/lib/domain/invitation-schemas";
import { invitationStatus, inviterName, type InvitationRole, type InvitationStatus } from "@/lib/domain/invitations";
import { hashInvitationToken } from "@/lib/server/invitations/invitation-token";

export interface InvitationPreview {
  name: string;
  email: string;
  role: InvitationRole;
  schoolName: string;
  timeZone: string;
  invitedByName: string;
  expiresAt: Date;
  status: InvitationStatus;
}

/** What the invitation page shows before the person accepts; null for an unknown link. */
export async function previewInvitation(db: Db, token: string, now: Date): Promise<InvitationPreview | null> {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { school: { select: { name: true, timeZone: true } }, invitedBy: { select: { name: true } } },
  });
  if (!invitation) return null;
  return {
    name: invitation.name,
    email: invitation.email,
    role: invitation.role,
    schoolName: invitation.school.name,
    timeZone: invitation.school.timeZone,
    invitedByName: inviterName(invitation.invitedBy),
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
  };
}
