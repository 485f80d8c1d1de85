import "server-only";
// The dean's office's list of invitations, newest first, with each one's status; and the people
// already in the school (applicants and advocates, newest first), so nobody is invited twice.
import type { Db } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import { authorize } from "@/lib/server/auth/policy";
import { invitationStatus, inviterName, type InvitationRole, type InvitationStatus } from "@/lib/domain/invitations";

export interface InvitationRow {
  id: string;
  name: string;
  email: string;
  role: InvitationRole;
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
      detail: invitationDetail(invitation),
      status: invitationStatus(invitation, now),
      invitedByName: inviterName(invitation.invitedBy),
      createdAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      lastSentAt: invitation.lastSentAt,
    })),
  };
}

function invitationDetail(invitation: { role: InvitationRole; specialty: string | null; aamcId: string | null; title: string | null }): string {
  if (invitation.role === "APPLICANT") return `${invitation.specialty ?? ""} · AAMC ${invitation.aamcId ?? "?"}`;
  if (invitation.role === "ADVOCATE") return `${invitation.title ?? ""} · ${invitation.specialty ?? ""}`;
  return "first account of the dean's office";
}

export interface SchoolPerson {
  userId: string;
  name: string;
  email: string;
  role: "APPLICANT" | "ADVOCATE";
  /** Specialty and AAMC ID for an applicant, title for an advocate. */
  detail: string;
  /** When their account was made: accepting the invitation (or the demo seed). */
  joinedAt: Date;
}

/** At most this many people are listed (a school's SOAP cohort is far smaller). */
export const PEOPLE_LIMIT = 1000;

export async function listSchoolPeople(db: Db, actor: Actor): Promise<SchoolPerson[]> {
  authorize(actor, "invitation.list");
  const users = await db.user.findMany({
    where: { schoolId: actor.schoolId, role: { in: ["APPLICANT", "ADVOCATE"] } },
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    take: PEOPLE_LIMIT,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      applicant: { select: { specialty: true, aamcId: true } },
      advocate: { select: { title: true } },
    },
  });
  return users.map((user) => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role === "APPLICANT" ? "APPLICANT" : "ADVOCATE",
    detail: user.applicant ? `${user.applicant.specialty} · AAMC ${user.applicant.aamcId}` : (user.advocate?.title ?? ""),
    joinedAt: user.createdAt,
  }));
}
