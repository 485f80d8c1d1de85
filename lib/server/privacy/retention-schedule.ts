import "server-only";
// When the retention job runs. One job per school and season end is pending at a time (its key):
// first the dean's office's notice, which then schedules the removal under the same key. The
// workers schedule the active season's notice when they start (a job already there is kept), a
// new school gets its own, saving the season moves it to the new end, and changing the number of
// days sends every pending one back to the notice, with the new date. A season whose window ended
// keeps its job when the next season is set: its applicants still go on their own date.
import { nextRetentionStep, retentionJobKey, retentionSchedule, seasonOfSchool } from "@/lib/domain/privacy/retention";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { keyedJobExists, keyedJobPayloads, removeKeyedJob, scheduleJob } from "../jobs/queue";

/** A season end the removal has already covered (its figures are archived): nothing more to schedule. */
export async function seasonRemoved(tx: TxClient | Db, schoolId: string, seasonEndsAt: Date): Promise<boolean> {
  return (await tx.seasonArchive.count({ where: { schoolId, windowEndsAt: seasonEndsAt } })) > 0;
}

/**
 * Schedules the notice for the season ending at `seasonEndsAt` from the school's setting (at once
 * if its time has passed), replacing whatever step was pending under its key. Null when the
 * season's data is already removed.
 */
export async function scheduleRetentionNotice(tx: TxClient | Db, schoolId: string, seasonEndsAt: Date, now: Date): Promise<Date | null> {
  const school = await tx.school.findUnique({ where: { id: schoolId }, select: { retentionDays: true, timeZone: true, createdAt: true } });
  if (!school || !seasonOfSchool(seasonEndsAt, school.createdAt) || (await seasonRemoved(tx, schoolId, seasonEndsAt))) return null;
  const step = nextRetentionStep(now, retentionSchedule(seasonEndsAt, school.retentionDays, school.timeZone), null, school.timeZone);
  await scheduleJob(
    tx,
    "retention-notice",
    { schoolId, seasonEndsAt: seasonEndsAt.toISOString() },
    { runAt: step.at, now, key: retentionJobKey(schoolId, seasonEndsAt) },
  );
  return step.at;
}

async function activeSeasonEnd(tx: TxClient | Db, schoolId: string): Promise<Date | null> {
  const season = await tx.season.findFirst({ where: { schoolId, active: true }, orderBy: { windowStartsAt: "desc" }, select: { windowEndsAt: true } });
  return season?.windowEndsAt ?? null;
}

/** The active season's job, unless one is already pending (workers starting, a new school). */
export async function ensureRetentionNotice(tx: TxClient | Db, schoolId: string, now: Date): Promise<void> {
  const end = await activeSeasonEnd(tx, schoolId);
  if (end && !(await keyedJobExists(tx, retentionJobKey(schoolId, end)))) await scheduleRetentionNotice(tx, schoolId, end, now);
}

/** Every school's active season has its retention job (workers starting). */
export async function ensureRetentionJobs(db: Db, clock: Clock): Promise<void> {
  const now = clock.now();
  const schools = await db.school.findMany({ where: { seasons: { some: { active: true } } }, select: { id: true } });
  for (const school of schools) await ensureRetentionNotice(db, school.id, now);
}

/**
 * The season was saved. Its end moved: a season that had not ended yet drops its job for the
 * new end's; one that had ended keeps it (its applicants go on their own date) beside the new one.
 */
export async function seasonSaved(tx: TxClient, schoolId: string, before: Date | null, after: Date, now: Date): Promise<void> {
  if (before && before.getTime() === after.getTime()) return ensureRetentionNotice(tx, schoolId, now);
  if (before && before.getTime() > now.getTime()) await removeKeyedJob(tx, retentionJobKey(schoolId, before));
  await scheduleRetentionNotice(tx, schoolId, after, now);
}

/** The number of days changed: every season end still waiting goes back to its notice, with the new date. */
export async function retentionDaysChanged(tx: TxClient, schoolId: string, now: Date): Promise<void> {
  const ends = new Set((await pendingSeasonEnds(tx, schoolId)).map((end) => end.toISOString()));
  const active = await activeSeasonEnd(tx, schoolId);
  if (active) ends.add(active.toISOString());
  for (const end of ends) await scheduleRetentionNotice(tx, schoolId, new Date(end), now);
}

export interface PendingRetention {
  seasonEndsAt: Date;
  /** When the dean's office was told (the removal is what waits), or null (the notice is). */
  noticedAt: Date | null;
}

/** The school's retention jobs still to run, soonest first. */
export async function pendingRetention(tx: TxClient | Db, schoolId: string): Promise<PendingRetention[]> {
  const jobs = await keyedJobPayloads(tx, `retention:${schoolId}:`);
  return jobs.flatMap((job) => {
    const end = seasonEndOf(job.payload);
    if (!end) return [];
    const noticed = job.name === "retention-remove" ? (job.payload as Record<string, unknown>).noticedAt : null;
    return [{ seasonEndsAt: end, noticedAt: typeof noticed === "string" ? instantOf(noticed) : null }];
  });
}

async function pendingSeasonEnds(tx: TxClient | Db, schoolId: string): Promise<Date[]> {
  return (await pendingRetention(tx, schoolId)).map((job) => job.seasonEndsAt);
}

/** A payload's season end, read as hostile: a job's payload is only what was stored. */
export function seasonEndOf(payload: unknown): Date | null {
  const value = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>).seasonEndsAt : null;
  return typeof value === "string" ? instantOf(value) : null;
}

/** An ISO 8601 instant, or null. */
export function instantOf(value: string): Date | null {
  const at = new Date(value);
  return Number.isNaN(at.getTime()) || at.toISOString() !== value ? null : at;
}
