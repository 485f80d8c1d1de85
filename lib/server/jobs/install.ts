import "server-only";
// Installs or upgrades the job queue's schema (graphile_worker) in a database: part of every
// migration run, so that `graphile_worker.add_job` exists before the app's first write needs it.
import { Logger, runMigrations } from "graphile-worker";
import { log } from "../core/log";

/**
 * graphile-worker's own lines are left out unless they are warnings or errors. A failed job is
 * left out too: the job's own line says so (worker.ts), and graphile-worker's would quote the
 * error, which may hold a person's words (a device's label, an address the mail server refused).
 */
export const quietJobLogger = new Logger(() => (level, message, meta) => {
  if (meta?.failure === true) return;
  if (level === "error") log().error(`job queue: ${message}`);
  else if (level === "warning") log().warn(`job queue: ${message}`);
});

export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietJobLogger });
}
