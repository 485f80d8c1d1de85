import "server-only";
// The applicant's own workspace: profile and strategy, checklist, list, tasks, advocates.
import { strategyFor } from "@/lib/domain/rules/strategy";
import { checklistMissing, appliedCount } from "@/lib/domain/snapshot-queries";
import { facultyCapOverrides, facultyLimitRaised } from "@/lib/domain/faculty-cap";
import { programContact } from "@/lib/domain/applicant/program-contact";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";

const CONTACT_FIELDS = {
  phone: true,
  prefersEmail: true,
  coordinatorName: true,
  coordinatorEmail: true,
  directorName: true,
  directorEmail: true,
} as const;

export async function getApplicantWorkspace(db: Db, actor: Actor, now: Date) {
  const applicantId = actor.applicantId;
  if (!applicantId) throw new AppError("FORBIDDEN", "Only applicants have a workspace.");
  authorize(actor, "workspace.view", { applicantId });
  const { schoolId } = actor;
  // Two statements side by side, outside a transaction: under READ COMMITTED each statement of a
  // transaction reads its own moment anyway, and a transaction would add BEGIN, its id and COMMIT.
  const where = { schoolId };
  const [snapshot, own] = await Promise.all([
    // The overview shows no faculty-load warning: the cohort's load is not read.
    loadApplicantSnapshot(db, schoolId, applicantId, { withoutCohortLoad: true }),
    // The page's own reading, beside the rules' snapshot, in one statement.
    db.applicantProfile.findFirstOrThrow({
      where: { id: applicantId, schoolId },
      select: {
        school: { select: { name: true, timeZone: true } },
        targets: {
          where,
          orderBy: { rank: "asc" },
          include: {
            program: { select: { id: true, name: true, nrmpCode: true, specialty: true, city: true, state: true, positionType: true, prefersEmail: true } },
          },
        },
        tasks: {
          where: { schoolId, status: "OPEN" },
          orderBy: { dueAt: "asc" },
          // The program's phone and people ride along, so a "call them back" task can be
          // answered with one tap.
          include: { program: { select: { name: true, ...CONTACT_FIELDS } } },
        },
        narratives: { where, orderBy: { version: "desc" }, take: 1 },
        assignments: {
          where: { schoolId, active: true },
          include: {
            advocate: {
              select: { title: true, user: { select: { name: true } }, claims: { where: { applicantId }, select: { program: { select: { name: true } } } } },
            },
          },
        },
        offers: { where, include: { program: { select: { name: true } } }, orderBy: { offeredAt: "desc" } },
        // Interviews still to come (or under way), for "today and tomorrow" on the overview.
        interviews: {
          where: { schoolId, startsAt: { gte: new Date(now.getTime() - 60 * 60_000) } },
          orderBy: { startsAt: "asc" },
          include: { program: { select: { name: true } } },
        },
      },
    }),
  ]);
  const { school, targets, tasks, offers, interviews } = own;
  const narrative = own.narratives[0] ?? null;
  const advocates = own.assignments;
  const contactsByProgram = new Map<string, number>();
  for (const c of snapshot.contacts) contactsByProgram.set(c.programId, (contactsByProgram.get(c.programId) ?? 0) + 1);
  return {
    school,
    snapshot,
    strategy: strategyFor(snapshot, snapshot.policy),
    checklistMissing: checklistMissing(snapshot),
    applied: appliedCount(snapshot),
    targets: targets.map((t) => ({ ...t, touches: contactsByProgram.get(t.programId) ?? 0 })),
    tasks: tasks.map((t) => ({ ...t, contact: t.program ? programContact(t.program) : null })),
    narrative,
    advocates: advocates.map((a) => ({ name: a.advocate.user.name, title: a.advocate.title, programs: a.advocate.claims.map((c) => c.program.name) })),
    offers,
    interviews,
    /** Said to the applicant when the dean's office raised their faculty-contact limit; null otherwise. */
    facultyLimitNote: facultyLimitRaised(snapshot.policy.facultyContactCap, facultyCapOverrides(snapshot.overrides), "applicant"),
    now,
  };
}
