import "server-only";
// The dean's office's people: the school's applicants (with their active advocates) and faculty
// advocates (with the playbook's level for their position and how many applicants they work for),
// and how many invitations are still waiting. One query per list, all scoped to the school.
import type { Db } from "../core/db";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import { ADVOCATE_KIND_LABELS, advocateLevel, type AdvocateLevel } from "@/lib/domain/rules/eligibility";
import { DEFAULT_POLICY, type DegreeType } from "@/lib/domain/types";

export interface PersonApplicant {
  applicantId: string;
  name: string;
  email: string;
  aamcId: string;
  degreeType: DegreeType;
  specialty: string;
  advocates: string[];
}

export interface PersonAdvocate {
  advocateId: string;
  name: string;
  email: string;
  title: string;
  /** The position in words ("program director"). */
  kind: string;
  level: AdvocateLevel;
  /** Applicants they are actively assigned to. */
  assigned: number;
}

export interface PeopleView {
  applicants: PersonApplicant[];
  advocates: PersonAdvocate[];
  /** Invitations neither accepted nor expired. */
  pendingInvitations: number;
  /** Invitations that expired unaccepted (re-send them from the Invitations page). */
  expiredInvitations: number;
  /** The school's cap on active advocates per applicant. */
  maxActiveAdvocates: number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en-US");

export async function listPeople(db: Db, actor: Actor, now: Date): Promise<PeopleView> {
  authorize(actor, "invitation.list");
  const { schoolId } = actor;
  const [applicants, advocates, pendingInvitations, expiredInvitations, policy] = await Promise.all([
    db.applicantProfile.findMany({
      where: { schoolId },
      select: {
        id: true,
        aamcId: true,
        degreeType: true,
        specialty: true,
        user: { select: { name: true, email: true } },
        assignments: { where: { schoolId, active: true }, select: { advocate: { select: { user: { select: { name: true } } } } } },
      },
    }),
    db.advocateProfile.findMany({
      where: { schoolId },
      select: {
        id: true,
        kind: true,
        title: true,
        user: { select: { name: true, email: true } },
        _count: { select: { assignments: { where: { schoolId, active: true } } } },
      },
    }),
    db.invitation.count({ where: { schoolId, acceptedAt: null, expiresAt: { gt: now } } }),
    db.invitation.count({ where: { schoolId, acceptedAt: null, expiresAt: { lte: now } } }),
    db.schoolPolicy.findUnique({ where: { schoolId }, select: { maxActiveAdvocates: true } }),
  ]);
  return {
    applicants: applicants
      .map((a) => ({
        applicantId: a.id,
        name: a.user.name,
        email: a.user.email,
        aamcId: a.aamcId,
        degreeType: a.degreeType,
        specialty: a.specialty,
        advocates: a.assignments.map((s) => s.advocate.user.name).sort((x, y) => x.localeCompare(y, "en-US")),
      }))
      .sort(byName),
    advocates: advocates
      .map((a) => ({
        advocateId: a.id,
        name: a.user.name,
        email: a.user.email,
        title: a.title,
        kind: ADVOCATE_KIND_LABELS[a.kind],
        level: advocateLevel(a.kind),
        assigned: a._count.assignments,
      }))
      .sort(byName),
    pendingInvitations,
    expiredInvitations,
    maxActiveAdvocates: policy?.maxActiveAdvocates ?? DEFAULT_POLICY.maxActiveAdvocates,
  };
}
