import "server-only";
// The advocates' morning summary, sent by the job queue at 7:00 school time on each SOAP day: to
// every advocate with an active assignment, what changed for their applicants overnight and what
// is theirs to do today (lib/domain/advocate/morning-summary.ts words it). One job per school is
// pending at a time (its job key); each run schedules the next SOAP day's, and a run that comes
// again (a retry, a second worker start) sends nobody a second summary (the dedupe key).
import {
  dayInZone,
  isSoapDay,
  morningSummary,
  morningSummaryKey,
  nextSummary,
  overnightOf,
  parseDay,
  summaryAt,
  type OvernightFact,
  type SummaryMoment,
} from "@/lib/domain/advocate/morning-summary";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { dueJobWaiting, scheduleJob, type JobOptions } from "../jobs/queue";
import { loadAssignedSnapshots } from "../advocacy/advocate-home";
import { loadAdvocateSelfById } from "../advocacy/advocate-self";
import { ACTIVE_SEASON } from "../use-case/load-applicant-snapshot";
import { queueNotification } from "./queue-notification";

/** A run this much before 7:00 still counts as 7:00: the queue's clock and the app's may differ a little. */
const EARLY_TOLERANCE_MS = 60_000;

/** One pending summary job per school. */
export function morningSummaryJobKey(schoolId: string): string {
  return `morning-summary:${schoolId}`;
}

async function loadSchool(tx: TxClient | Db, schoolId: string) {
  return tx.school.findUnique({
    where: { id: schoolId },
    select: { timeZone: true, seasons: { ...ACTIVE_SEASON, select: { windowStartsAt: true, windowEndsAt: true } } },
  });
}

async function scheduleSummary(tx: TxClient | Db, schoolId: string, next: SummaryMoment, now: Date, keyMode: JobOptions["keyMode"]) {
  await scheduleJob(tx, "morning-summary", { schoolId, day: next.day }, { runAt: next.at, now, key: morningSummaryJobKey(schoolId), keyMode });
}

/**
 * Schedules the school's next summary from `now` (none when its active season has no SOAP day
 * left). "replace" moves a pending one to the season as it is now (after the season is saved);
 * "preserve_run_at" keeps a pending one's time. A run already due and waiting for a worker is
 * left as it is: it sends today's summary, late, and schedules the next itself.
 */
export async function scheduleMorningSummary(
  tx: TxClient | Db,
  schoolId: string,
  now: Date,
  keyMode: JobOptions["keyMode"] = "replace",
): Promise<SummaryMoment | null> {
  const school = await loadSchool(tx, schoolId);
  if (!school) return null;
  const next = nextSummary(now, school.seasons[0] ?? null, school.timeZone);
  if (!next || (await dueJobWaiting(tx, morningSummaryJobKey(schoolId)))) return null;
  await scheduleSummary(tx, schoolId, next, now, keyMode);
  return next;
}

/** Every school with an active season whose window has not ended gets its next summary scheduled (workers starting). */
export async function ensureMorningSummaries(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  const schools = await db.school.findMany({ where: { seasons: { some: { active: true, windowEndsAt: { gt: now } } } }, select: { id: true } });
  for (const school of schools) await scheduleMorningSummary(db, school.id, now, "preserve_run_at");
}

/**
 * The "morning-summary" job: on its day (from 7:00 school time, and a SOAP day still), each
 * advocate's summary is queued; then the next SOAP day's job. A run before its time only moves the
 * job to its time; a run after its day has passed sends nothing (yesterday's to-do list is no help).
 */
export async function sendMorningSummaries(db: Db, clock: Clock, schoolId: string, day: string): Promise<void> {
  const now = clock.now();
  const school = await loadSchool(db, schoolId);
  if (!school) return;
  const season = school.seasons[0] ?? null;
  const { timeZone } = school;
  const at = parseDay(day) ? summaryAt(day, timeZone) : null;
  const early = at !== null && now.getTime() < at.getTime() - EARLY_TOLERANCE_MS;
  if (at && !early && dayInZone(now, timeZone) === day && isSoapDay(day, season, timeZone)) {
    await queueSummaries(db, schoolId, timeZone, day, now);
  }
  const after = at && !early ? new Date(Math.max(now.getTime(), at.getTime())) : now;
  const next = nextSummary(after, season, timeZone);
  if (next) await scheduleSummary(db, schoolId, next, now, "replace");
}

async function queueSummaries(db: Db, schoolId: string, timeZone: string, day: string, now: Date) {
  const advocates = await db.advocateProfile.findMany({
    where: { schoolId, assignments: { some: { schoolId, active: true } } },
    select: { id: true, userId: true, user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const night = overnightOf(day, timeZone);
  // One transaction per advocate: a failure leaves the others' summaries queued, and the job's
  // retry finds them by their dedupe keys.
  for (const advocate of advocates) {
    const dedupeKey = morningSummaryKey(advocate.userId, day);
    await db.$transaction(async (tx) => {
      if (await tx.notification.findUnique({ where: { dedupeKey }, select: { id: true } })) return;
      const { self } = await loadAdvocateSelfById(tx, schoolId, advocate.id);
      const snapshots = await loadAssignedSnapshots(tx, schoolId, advocate.id);
      const facts = await loadOvernightFacts(
        tx,
        schoolId,
        snapshots.map((s) => s.applicantId),
        night,
      );
      const summary = morningSummary({ day, timeZone, now, advocate: { ...self, userId: advocate.userId }, snapshots, facts });
      if (!summary) return;
      await queueNotification(
        tx,
        {
          schoolId,
          userId: advocate.userId,
          email: advocate.user.email,
          kind: "MORNING_SUMMARY",
          title: summary.title,
          body: summary.body,
          linkPath: "/advocate",
          linkLabel: summary.linkLabel,
          dedupeKey,
        },
        now,
      );
    });
  }
}

/** What was recorded for the applicants during the night: contacts, tasks, interviews, offers, claims. */
export async function loadOvernightFacts(
  tx: TxClient,
  schoolId: string,
  applicantIds: string[],
  night: { since: Date; until: Date },
): Promise<OvernightFact[]> {
  if (applicantIds.length === 0) return [];
  const where = { schoolId, applicantId: { in: applicantIds } };
  const during = { gte: night.since, lt: night.until };
  const within = (at: Date | null): at is Date => at !== null && at.getTime() >= night.since.getTime() && at.getTime() < night.until.getTime();
  const program = { select: { name: true } };
  const [contacts, tasks, interviews, offers, claims] = await Promise.all([
    tx.contact.findMany({
      where: { ...where, createdAt: during },
      select: {
        applicantId: true,
        createdAt: true,
        actorUserId: true,
        actorRole: true,
        direction: true,
        channel: true,
        outcome: true,
        program,
        actor: { select: { name: true } },
      },
    }),
    tx.task.findMany({
      where: { ...where, OR: [{ createdAt: during }, { status: "DONE", completedAt: during }] },
      select: {
        applicantId: true,
        kind: true,
        status: true,
        title: true,
        dueAt: true,
        createdAt: true,
        completedAt: true,
        createdById: true,
        sourceContact: { select: { actorUserId: true } },
      },
    }),
    tx.interview.findMany({ where: { ...where, createdAt: during }, select: { applicantId: true, createdAt: true, startsAt: true, program } }),
    tx.offer.findMany({
      where: { ...where, OR: [{ createdAt: during }, { respondedAt: during }, { status: "PENDING", respondBy: during }] },
      select: { applicantId: true, round: true, status: true, createdAt: true, respondBy: true, respondedAt: true, program },
    }),
    tx.claim.findMany({
      where: { ...where, claimedAt: during },
      select: { applicantId: true, claimedAt: true, program, advocate: { select: { userId: true, user: { select: { name: true } } } } },
    }),
  ]);

  const facts: OvernightFact[] = [];
  for (const c of contacts) {
    facts.push({
      kind: "contact",
      applicantId: c.applicantId,
      at: c.createdAt,
      byUserId: c.actorUserId,
      programName: c.program.name,
      actorRole: c.actorRole,
      actorName: c.actor.name,
      direction: c.direction,
      channel: c.channel,
      outcome: c.outcome,
    });
  }
  for (const t of tasks) {
    if (within(t.createdAt)) {
      const byUserId = t.createdById ?? t.sourceContact?.actorUserId ?? null;
      facts.push({ kind: "task-created", applicantId: t.applicantId, at: t.createdAt, byUserId, taskKind: t.kind, title: t.title, dueAt: t.dueAt });
    }
    if (t.status === "DONE" && within(t.completedAt))
      facts.push({ kind: "task-done", applicantId: t.applicantId, at: t.completedAt, byUserId: null, title: t.title });
  }
  for (const i of interviews) {
    facts.push({ kind: "interview", applicantId: i.applicantId, at: i.createdAt, byUserId: null, programName: i.program.name, startsAt: i.startsAt });
  }
  for (const o of offers) {
    const base = { applicantId: o.applicantId, byUserId: null, programName: o.program.name };
    if (within(o.createdAt)) facts.push({ ...base, kind: "offer", at: o.createdAt, round: o.round, respondBy: o.respondBy });
    if (o.status !== "PENDING" && within(o.respondedAt)) facts.push({ ...base, kind: "offer-answered", at: o.respondedAt, accepted: o.status === "ACCEPTED" });
    if (o.status === "PENDING" && within(o.respondBy)) facts.push({ ...base, kind: "offer-expired", at: o.respondBy });
  }
  for (const c of claims) {
    facts.push({
      kind: "claim",
      applicantId: c.applicantId,
      at: c.claimedAt,
      byUserId: c.advocate.userId,
      programName: c.program.name,
      advocateName: c.advocate.user.name,
    });
  }
  return facts;
}
