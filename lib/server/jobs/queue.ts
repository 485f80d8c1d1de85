import "server-only";
// Work that must happen later, at a time, or again until it succeeds: emails, push messages and
// the escalations that fire when nobody acted. Jobs live in PostgreSQL (graphile-worker's schema,
// installed with the app's migrations) and are added with `graphile_worker.add_job` on the very
// connection of the change that causes them: a change rolled back leaves no job, a committed one
// always has its job. Workers (worker.ts) take each job once across every app instance.
import type { TxClient, Db } from "../core/db";

/** Each kind of job and what it carries: ids only, the job reads the rest when it runs. */
export interface JobPayloads {
  /** One outbox email (a notification's, or a sign-in link). */
  "send-email": { emailId: string };
  /** One notification's push message to the person's devices. */
  "send-push": { notificationId: string };
  /** An inbound program call whose response window ended (its urgent-response task). */
  "escalate-call": { taskId: string };
  /** An offer's reminder before its deadline, or its expiry notice at the deadline. */
  "offer-deadline": { offerId: string; minutesBefore: number };
  /** A follow-up task that came due. */
  "follow-up-overdue": { taskId: string };
  /** The advocates' 7:00 summary for one school on one SOAP day (the day as YYYY-MM-DD, school time). */
  "morning-summary": { schoolId: string; day: string };
  /** The dean's office's notice a week before a season's applicants' personal data is removed (the season's end as ISO 8601). */
  "retention-notice": { schoolId: string; seasonEndsAt: string };
  /** The removal itself, after the notice went out at `noticedAt` (ISO 8601). */
  "retention-remove": { schoolId: string; seasonEndsAt: string; noticedAt: string };
}

export type JobName = keyof JobPayloads;

export interface JobOptions {
  /** When the job is due, in the app's time (the clock the use case read). */
  runAt: Date;
  /** The app's "now" in the same change: the queue's own time is the database's, see below. */
  now: Date;
  /** One pending job per key: adding it again moves the pending one (used for schedules). */
  key?: string;
  /**
   * What adding a key that is already pending does: "replace" (the default) moves it to this run
   * time and payload; "preserve_run_at" takes the payload but keeps the pending run time.
   */
  keyMode?: "replace" | "preserve_run_at";
  maxAttempts?: number;
}

/** How often a job is tried before it counts as failed: graphile-worker waits exp(n) seconds between tries. */
export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * The queue's time for an app time. In production the two are one (the offset is zero). The test
 * clock (lib/server/core/clock.ts) may run ahead of the machine's; a job is then stored at the
 * machine time that lies as far ahead as its app time does, and moving the test clock moves
 * pending jobs with it (moveJobsForward).
 */
export function queueTime(runAt: Date, now: Date, machineNow = Date.now()): Date {
  return new Date(machineNow + (runAt.getTime() - now.getTime()));
}

/** Adds a job inside the caller's transaction. */
export async function scheduleJob<N extends JobName>(tx: TxClient | Db, name: N, payload: JobPayloads[N], options: JobOptions): Promise<void> {
  const at = queueTime(options.runAt, options.now);
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${name}::text,
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${at}::timestamptz,
    max_attempts => ${options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}::int,
    job_key => ${options.key ?? null}::text,
    job_key_mode => ${options.keyMode ?? "replace"}::text
  )`;
}

/** A job with this key waits and is already due: a worker takes it at its next look. */
export async function dueJobWaiting(tx: TxClient | Db, key: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ due: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM graphile_worker._private_jobs
      WHERE key = ${key}::text AND locked_at IS NULL AND attempts < max_attempts AND run_at <= now()
    ) AS due`;
  return row?.due ?? false;
}

/** A job with this key is waiting or running (one that failed for good does not count): a worker start leaves it alone. */
export async function keyedJobExists(tx: TxClient | Db, key: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM graphile_worker._private_jobs WHERE key = ${key}::text AND (locked_at IS NOT NULL OR attempts < max_attempts)
    ) AS found`;
  return row?.found ?? false;
}

/** The payloads of the jobs whose keys start with `prefix` (a school's retention jobs). */
export async function keyedJobPayloads(tx: TxClient | Db, prefix: string): Promise<{ key: string; name: string; payload: unknown }[]> {
  const rows = await tx.$queryRaw<{ key: string; identifier: string; payload: unknown }[]>`
    SELECT j.key, t.identifier, j.payload
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE starts_with(j.key, ${prefix}::text)
    ORDER BY j.run_at`;
  return rows.map((row) => ({ key: row.key, name: row.identifier, payload: row.payload }));
}

/** Removes the pending job with this key (a running one finishes first, then is gone). */
export async function removeKeyedJob(tx: TxClient | Db, key: string): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.remove_job(${key}::text)`;
}

/**
 * Test time travel: the test clock jumped `ms` ahead, so every job not running now comes due that
 * much sooner. Only the e2e server and the tests call this; it touches graphile-worker's table.
 */
export async function moveJobsForward(db: Db, ms: number): Promise<void> {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = run_at - make_interval(secs => ${ms / 1000}::double precision) WHERE locked_at IS NULL`;
}

/** Jobs not yet done (waiting, running or waiting for a retry), for tests and readiness. */
export async function pendingJobs(
  db: Db,
  name?: JobName,
): Promise<{ name: string; payload: unknown; runAt: Date; attempts: number; lastError: string | null }[]> {
  const rows = await db.$queryRaw<{ task_identifier: string; payload: unknown; run_at: Date; attempts: number; last_error: string | null }[]>`
    SELECT t.identifier AS task_identifier, j.payload, j.run_at, j.attempts, j.last_error
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE (${name ?? null}::text IS NULL OR t.identifier = ${name ?? null}::text)
    ORDER BY j.run_at`;
  return rows.map((row) => ({ name: row.task_identifier, payload: row.payload, runAt: row.run_at, attempts: row.attempts, lastError: row.last_error }));
}
