import "server-only";
// The applicant's own workspace: profile and strategy, checklist, list, tasks, advocates.
import { strategyFor } from "@/lib/domain/rules/strategy";
import { checklistMissing, appliedCount } from "@/lib/domain/snapshot-queries";
import { facultyCapOverrides, facultyLimitRaised } from "@/lib/domain/faculty-cap";
import { programContact } from "@/lib/domain/applicant/program-contact";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import { sqlRows, type Db } from "../core/db";
import { epochMs, fromMs, fromMsOrNull, jsonList } from "../core/sql-json";
import type { InterviewFormat, OfferStatus, TargetPriority, TaskKind, TaskStatus } from "@/lib/domain/types";
import { AppError, notFound } from "../core/errors";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";

/** The page's own reading, beside the rules' snapshot: lists as arrays of columns, instants as epoch ms. */
interface OwnRow {
  school: { name: string; timeZone: string };
  targets: [string, string, number, TargetPriority, number | null, string, string, string, string, string][];
  tasks: [string, TaskKind, TaskStatus, string, number, string | null, string | null, string, boolean, string, string, string, string][];
  advocates: [string, string, string[]][];
  offers: [string, string, number, OfferStatus, number, number | null, string][];
  interviews: [string, string, number, number, InterviewFormat, string, string][];
}

const at = fromMs;

/**
 * $1 applicant, $2 school, $3 the earliest interview start to show (an hour ago). Every list is
 * the applicant's own and of their school.
 */
const OWN_SQL = `
SELECT json_build_object(
  'school', (SELECT json_build_object('name', s.name, 'timeZone', s.time_zone) FROM schools s WHERE s.id = p.school_id),
  'targets', ${jsonList(`SELECT json_agg(json_build_array(t.id, t.program_id, t.rank, t.priority, ${epochMs("t.applied_at")},
        g.name, g.nrmp_code, g.specialty, g.city, g.state) ORDER BY t.rank)
      FROM targets t JOIN programs g ON g.id = t.program_id WHERE t.applicant_id = p.id AND t.school_id = p.school_id`)},
  -- Open tasks, soonest first. The program's phone and people ride along, so a "call them back"
  -- task can be answered with one tap.
  'tasks', ${jsonList(`SELECT json_agg(json_build_array(k.id, k.kind, k.status, k.title, ${epochMs("k.due_at")}, k.program_id,
        g.name, g.phone, g.prefers_email, g.coordinator_name, g.coordinator_email, g.director_name, g.director_email) ORDER BY k.due_at, k.id)
      FROM tasks k LEFT JOIN programs g ON g.id = k.program_id WHERE k.applicant_id = p.id AND k.school_id = p.school_id AND k.status = 'OPEN'`)},
  'advocates', ${jsonList(`SELECT json_agg(json_build_array(au.name, a.title, ${jsonList(`SELECT json_agg(g.name ORDER BY c.claimed_at, g.name)
        FROM claims c JOIN programs g ON g.id = c.program_id WHERE c.advocate_id = a.id AND c.applicant_id = p.id AND c.school_id = p.school_id`)}) ORDER BY x.assigned_at)
      FROM advocate_assignments x JOIN advocate_profiles a ON a.id = x.advocate_id JOIN users au ON au.id = a.user_id
      WHERE x.applicant_id = p.id AND x.school_id = p.school_id AND x.active`)},
  'offers', ${jsonList(`SELECT json_agg(json_build_array(o.id, o.program_id, o.round, o.status, ${epochMs("o.offered_at")}, ${epochMs("o.respond_by")}, g.name)
        ORDER BY o.offered_at DESC, o.id)
      FROM offers o JOIN programs g ON g.id = o.program_id WHERE o.applicant_id = p.id AND o.school_id = p.school_id`)},
  -- Interviews still to come (or under way), for "today and tomorrow" on the overview.
  'interviews', ${jsonList(`SELECT json_agg(json_build_array(i.id, i.program_id, ${epochMs("i.starts_at")}, i.duration_minutes, i.format, i.location, g.name)
        ORDER BY i.starts_at, i.id)
      FROM interviews i JOIN programs g ON g.id = i.program_id
      WHERE i.applicant_id = p.id AND i.school_id = p.school_id AND i.starts_at >= to_timestamp($3::bigint / 1000.0) AT TIME ZONE 'UTC'`)}
) AS own
FROM applicant_profiles p WHERE p.id = $1 AND p.school_id = $2`;

export async function getApplicantWorkspace(db: Db, actor: Actor, now: Date) {
  const applicantId = actor.applicantId;
  if (!applicantId) throw new AppError("FORBIDDEN", "Only applicants have a workspace.");
  authorize(actor, "workspace.view", { applicantId });
  const { schoolId } = actor;
  // Two statements side by side on the pool, outside a transaction: under READ COMMITTED each
  // statement of a transaction reads its own moment anyway, and a transaction would add BEGIN,
  // its id and COMMIT.
  const [snapshot, [row]] = await Promise.all([
    // The overview shows no faculty-load warning: the cohort's load is not read.
    loadApplicantSnapshot(db, schoolId, applicantId, { withoutCohortLoad: true }),
    sqlRows<{ own: OwnRow }>(db, { name: "soap_desk_workspace_own", text: OWN_SQL, values: [applicantId, schoolId, now.getTime() - 60 * 60_000] }),
  ]);
  if (!row) throw notFound("That applicant");
  const own = row.own;
  const school = own.school;
  const targets = own.targets.map(([id, programId, rank, priority, appliedAt, name, nrmpCode, specialty, city, state]) => ({
    id,
    programId,
    rank,
    priority,
    appliedAt: fromMsOrNull(appliedAt),
    program: { id: programId, name, nrmpCode, specialty, city, state },
  }));
  const tasks = own.tasks.map(
    ([id, kind, status, title, dueAt, programId, name, phone, prefersEmail, coordinatorName, coordinatorEmail, directorName, directorEmail]) => ({
      id,
      kind,
      status,
      title,
      dueAt: at(dueAt),
      programId,
      program: name === null ? null : { name, phone, prefersEmail, coordinatorName, coordinatorEmail, directorName, directorEmail },
    }),
  );
  const offers = own.offers.map(([id, programId, round, status, offeredAt, respondBy, name]) => ({
    id,
    programId,
    round,
    status,
    offeredAt: at(offeredAt),
    respondBy: fromMsOrNull(respondBy),
    program: { name },
  }));
  const interviews = own.interviews.map(([id, programId, startsAt, durationMinutes, format, location, name]) => ({
    id,
    programId,
    startsAt: at(startsAt),
    durationMinutes,
    format,
    location,
    program: { name },
  }));
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
    advocates: own.advocates.map(([name, title, programs]) => ({ name, title, programs })),
    offers,
    interviews,
    /** Said to the applicant when the dean's office raised their faculty-contact limit; null otherwise. */
    facultyLimitNote: facultyLimitRaised(snapshot.policy.facultyContactCap, facultyCapOverrides(snapshot.overrides), "applicant"),
    now,
  };
}
