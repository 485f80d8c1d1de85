// The job workers as a server runs them (scripts/serve.ts in each app instance, scripts/worker.ts
// alone): the app's database, clock and mail settings, the settings' poll interval.
import { systemClock } from "../core/clock";
import { prisma } from "../core/db";
import type { ServerEnv } from "../core/env";
import { serverOutbox } from "../mail/outbox-settings";
import { startJobWorkers, type JobWorkers } from "./worker";

export function startAppJobWorkers(env: ServerEnv): Promise<JobWorkers> {
  const connectionString = process.env.DATABASE_URL?.trim();
  if (!connectionString) throw new Error("DATABASE_URL is not set: the job workers need the app's database.");
  return startJobWorkers({ connectionString, pollIntervalMs: env.jobs.pollIntervalMs, deps: { db: prisma, clock: systemClock, outbox: serverOutbox } });
}
