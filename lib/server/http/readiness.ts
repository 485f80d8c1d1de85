import "server-only";
// Whether this instance should be sent traffic: it is not stopping, its database answers, every
// migration this code ships is applied there, and the job workers run when this instance runs
// them. Liveness (the process answers at all) is a separate, cheaper question: a load balancer
// takes an instance out while it is not ready; only a failed liveness check is a reason to restart.
import type { Db } from "../core/db";
import { compareMigrations, listAppliedMigrations } from "../core/migrations-version";
import { isStopping, registeredCodeMigrations, registeredWorkers } from "./shutdown-state";

/** A database that does not answer within this long counts as unreachable. */
export const READINESS_DATABASE_TIMEOUT_MS = 3_000;

export interface Readiness {
  ready: boolean;
  /** False once the server is stopping (SIGTERM): it finishes what it has, and takes nothing new. */
  accepting: boolean;
  database: "reachable" | "unreachable" | "unchecked";
  /** "applied", or how many of the code's migrations the database lacks; "unchecked" when not asked. */
  migrations: "applied" | `${number} pending` | "unchecked";
  /** "elsewhere": this instance runs none (JOB_WORKERS=0, `npm run worker` runs them). */
  workers: "running" | "stopped" | "elsewhere";
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(db: Db, options: { workersInApp: boolean; timeoutMs?: number }): Promise<Readiness> {
  const workers = !options.workersInApp ? "elsewhere" : registeredWorkers()?.running() ? "running" : "stopped";
  // A stopping instance answers at once: the load balancer must hear it before the listener closes.
  if (isStopping()) return { ready: false, accepting: false, database: "unchecked", migrations: "unchecked", workers };
  let applied: string[];
  try {
    applied = await withTimeout(
      listAppliedMigrations((sql) => db.$queryRawUnsafe(sql)),
      options.timeoutMs ?? READINESS_DATABASE_TIMEOUT_MS,
    );
  } catch {
    return { ready: false, accepting: true, database: "unreachable", migrations: "unchecked", workers };
  }
  // Without the code's list (a process not started by scripts/serve.ts) no migration can be
  // called missing; an empty database still has none applied.
  const code = registeredCodeMigrations();
  const pending = code ? compareMigrations(code, applied).pending.length : applied.length === 0 ? 1 : 0;
  const migrations = pending === 0 ? "applied" : (`${pending} pending` as const);
  return { ready: pending === 0 && workers !== "stopped", accepting: true, database: "reachable", migrations, workers };
}
