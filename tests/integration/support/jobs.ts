// The job queue in an integration test: the real graphile-worker over the test's database, run
// when the test says (runDue), with the test's manual clock. travel() moves the clock and the
// waiting jobs together, as time passing would.
import type { ManualClock } from "@/lib/server/core/clock";
import type { Db } from "@/lib/server/core/db";
import type { Outbox } from "@/lib/server/mail/outbox-settings";
import { moveJobsForward, pendingJobs, type JobName } from "@/lib/server/jobs/queue";
import { runDueJobs, type JobHandlers } from "@/lib/server/jobs/worker";

export interface TestJobs {
  /** Runs every job due now (retries that came due included), each once. */
  runDue(): Promise<void>;
  /** Moves the clock `minutes` ahead and every waiting job with it. */
  travel(minutes: number): Promise<void>;
  pending(name?: JobName): ReturnType<typeof pendingJobs>;
}

export function testJobs(t: { db: Db; url: string }, clock: ManualClock, outbox: () => Outbox, handlers?: JobHandlers): TestJobs {
  return {
    runDue: () => runDueJobs({ connectionString: t.url, deps: { db: t.db, clock, outbox }, handlers }),
    async travel(minutes) {
      clock.advanceMinutes(minutes);
      await moveJobsForward(t.db, minutes * 60_000);
    },
    pending: (name) => pendingJobs(t.db, name),
  };
}
