import "server-only";
// The job workers: graphile-worker's runner with SOAP Desk's jobs. Each app instance runs them
// (and `npm run worker` runs them alone). A job is taken by one worker across every instance
// (FOR UPDATE SKIP LOCKED), survives a restart of the app or of PostgreSQL (it is a row), and a
// job that throws is tried again after exp(attempt) seconds, up to its max attempts. New jobs wake
// the workers at once (LISTEN/NOTIFY); jobs that come due are found by polling.
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { run, runOnce, type Runner, type Task, type TaskList } from "graphile-worker";
import type { Clock } from "../core/clock";
import type { Db } from "../core/db";
import type { Outbox } from "../mail/outbox-settings";
import { deliverEmail, type Attempt } from "../notifications/deliver-email";
import { escalateOfferDeadline, escalateOverdueFollowUp, escalateUnansweredCall } from "../notifications/escalations";
import { sendMorningSummaries } from "../notifications/morning-summary";
import { deliverPush, type PushSender } from "../push/deliver-push";
import { removeSeasonData, sendRetentionNotice } from "../privacy/retention-jobs";
import { quietJobLogger } from "./install";
import { log } from "../core/log";
import type { JobName, JobPayloads } from "./queue";

/** What the jobs work with: the same database, clock and mail settings as the app's requests. */
export interface JobDeps {
  db: Db;
  clock: Clock;
  outbox: () => Outbox;
  /** The push service sender, or null when push is off (no VAPID keys). */
  push: () => PushSender | null;
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], deps: JobDeps, attempt: Attempt) => Promise<void>;

export type JobHandlers = { [N in JobName]?: JobHandler<N> };

export const JOB_HANDLERS: JobHandlers = {
  "send-email": ({ emailId }, deps, attempt) => deliverEmail(deps.db, deps.outbox(), emailId, deps.clock.now(), attempt),
  "send-push": ({ notificationId }, deps, attempt) => deliverPush(deps.db, deps.push(), deps.outbox().origin, notificationId, deps.clock.now(), attempt),
  "escalate-call": ({ taskId }, deps) => escalateUnansweredCall(deps.db, deps.clock, taskId),
  "offer-deadline": ({ offerId, minutesBefore }, deps) => escalateOfferDeadline(deps.db, deps.clock, offerId, minutesBefore),
  "follow-up-overdue": ({ taskId }, deps) => escalateOverdueFollowUp(deps.db, deps.clock, taskId),
  "morning-summary": ({ schoolId, day }, deps) => sendMorningSummaries(deps.db, deps.clock, schoolId, day),
  "retention-notice": ({ schoolId, seasonEndsAt }, deps) => sendRetentionNotice(deps.db, deps.clock, schoolId, seasonEndsAt),
  "retention-remove": ({ schoolId, seasonEndsAt, noticedAt }, deps) => removeSeasonData(deps.db, deps.clock, schoolId, seasonEndsAt, noticedAt),
};

export interface JobWorkerOptions {
  connectionString: string;
  deps: JobDeps;
  /** Jobs run at once by this process. */
  concurrency?: number;
  /** How often due jobs are looked for, in milliseconds. */
  pollIntervalMs?: number;
  handlers?: JobHandlers;
}

export interface JobWorkers {
  /** Takes no new job, lets the running ones finish, closes the workers' connections. */
  stop(): Promise<void>;
  /** Gives the running jobs up (they fail, and are tried again after their backoff) and closes the workers. */
  kill(): Promise<void>;
  /** Settles when the workers stop (on their own only after an error). */
  done: Promise<void>;
}

/**
 * Each job run is a span of its own (a no-op unless traces are on: lib/server/core/tracing.ts). The
 * tracer is asked for at each run: traces start after this module loads, in Next.js's copy of the
 * OpenTelemetry API, and only the global provider both copies read reaches this one.
 */
const jobTracer = () => trace.getTracer("soap-desk.jobs");

function taskList(handlers: JobHandlers, deps: JobDeps): TaskList {
  const list: TaskList = {};
  for (const [name, handler] of Object.entries(handlers)) {
    const task: Task = (payload, helpers) =>
      jobTracer().startActiveSpan(
        `job ${name}`,
        { kind: SpanKind.CONSUMER, attributes: { "job.name": name, "job.id": helpers.job.id, "job.attempt": helpers.job.attempts } },
        async (span) => {
          const attempt = { number: helpers.job.attempts, max: helpers.job.max_attempts };
          const started = performance.now();
          // One line per run: the job's name, id, attempt, outcome and duration. A failure's reason
          // stays on the row it is about (an email's, a notification's): it may quote a person's
          // words, so neither the line nor the span carries it.
          const line = () => ({
            job: name,
            jobId: helpers.job.id,
            attempt: attempt.number,
            maxAttempts: attempt.max,
            durationMs: Math.round(performance.now() - started),
          });
          try {
            await (handler as JobHandler<JobName>)(payload as JobPayloads[JobName], deps, attempt);
          } catch (error) {
            const errorType = error instanceof Error ? error.name : typeof error;
            span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
            log().warn({ ...line(), outcome: "failed", errorType }, "job");
            throw error;
          } finally {
            span.end();
          }
          log().info({ ...line(), outcome: "done" }, "job");
        },
      );
    list[name] = task;
  }
  return list;
}

export async function startJobWorkers(options: JobWorkerOptions): Promise<JobWorkers> {
  const runner: Runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollIntervalMs ?? 2_000,
    // The app's own SIGTERM handling stops the workers in its order.
    noHandleSignals: true,
    maxPoolSize: (options.concurrency ?? 2) + 2,
    logger: quietJobLogger,
    taskList: taskList(options.handlers ?? JOB_HANDLERS, options.deps),
  });
  return { stop: () => runner.stop(), kill: () => runner.kill(), done: runner.promise };
}

/** Runs every job due now, each once, and returns when none is left due (tests, and one-off runs). */
export async function runDueJobs(options: Omit<JobWorkerOptions, "pollIntervalMs">): Promise<void> {
  await runOnce({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 1,
    noHandleSignals: true,
    maxPoolSize: (options.concurrency ?? 1) + 1,
    logger: quietJobLogger,
    taskList: taskList(options.handlers ?? JOB_HANDLERS, options.deps),
  });
}
