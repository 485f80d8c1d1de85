// Reading invitations: the dean's office list, and the public preview behind an invitation link.
import type { Db } from "../db";
import type { Actor } from "../actor";
import { authorize } from "../auth/policy";
import { invitationTokenSchema } from "@/lib/domain/invitation-schemas";
import { invitationStatus, type InvitationStatus } from "@/lib/domain/invitations";
import { hashInvitationToken } from "./invitation-token";

export interface InvitationRow {
  id: string;
  name: string;
  email: string;
  role: "APPLICANT" | "ADVOCATE";
  detail: string;
  status: InvitationStatus;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  lastSentAt: Date | null;
}

export async function listInvitations(db: Db, actor: Actor, now: Date): Promise<{ timeZone: string; rows: InvitationRow[] }> {
  authorize(actor, "invitation.list");
  const [school, invitations] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { timeZone: true } }),
    db.invitation.findMany({
      where: { schoolId: actor.schoolId },
      orderBy: [{ acceptedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      take: 500,
      include: { invitedBy: { select: { name: true } } },
    }),
  ]);
  return {
    timeZone: school.timeZone,
    rows: invitations.map((invitation) => ({
      id: invitation.id,
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      detail:
        invitation.role === "APPLICANT" ? `${invitation.specialty} · AAMC ${invitation.aamcId ?? "?"}` : `${invitation.title ?? ""} · ${invitation.specialty}`,
      status: invitationStatus(invitation, now),
      invitedByName: invitation.invitedBy.name,
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      lastSentAt: invitation.lastSentAt,
    })),
  };
}

export interface InvitationPreview {
  name: string;
  email: string;
  role: "APPLICANT" | "ADVOCATE";
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
    invitedByName: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
  };
}
