import "server-only";
// The job workers as a server runs them (scripts/serve.ts in each app instance, scripts/worker.ts
// alone): the app's database, clock and mail settings, the settings' poll interval. Once they run,
// every school in its SOAP season has its next morning summary scheduled (kept if it already is),
// and every school's active season its retention job (likewise).
import { systemClock } from "../core/clock";
import { prisma } from "../core/db";
import type { ServerEnv } from "../core/env";
import { serverOutbox } from "../mail/outbox-settings";
import { serverPushSender } from "../push/deliver-push";
import { ensureMorningSummaries } from "../notifications/morning-summary";
import { ensureRetentionJobs } from "../privacy/retention-schedule";
import { startJobWorkers, type JobWorkers } from "./worker";
import { errorFields, log } from "../core/log";

export async function startAppJobWorkers(env: ServerEnv): Promise<JobWorkers> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job workers need the app's database.");
  const workers = await startJobWorkers({
    connectionString,
    pollIntervalMs: env.jobs.pollIntervalMs,
    deps: { db: prisma, clock: systemClock, outbox: serverOutbox, push: serverPushSender },
  });
  // A database that cannot be reached now does not stop the workers: the next start, or the next
  // save of a season, schedules the summaries.
  await ensureMorningSummaries(prisma, systemClock).catch((error: unknown) => {
    log().error(errorFields(error), "Could not schedule the morning summaries");
  });
  await ensureRetentionJobs(prisma, systemClock).catch((error: unknown) => {
    log().error(errorFields(error), "Could not schedule the retention jobs");
  });
  return workers;
}
