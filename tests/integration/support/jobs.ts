// The job queue in an integration test: the real graphile-worker over the test's database, run
// when the test says (runDue), with the test's manual clock. travel() moves the clock and the
// waiting jobs together, as time passing would.
import type { ManualClock } from "@/lib/server/core/clock";
import type { Db } from "@/lib/server/core/db";
import type { Outbox } from "@/lib/server/mail/outbox-settings";
import { moveJobsForward, pendingJobs, type JobName } from "@/lib/server/jobs/queue";
import { runDueJobs, type JobHandlers } from "@/lib/server/jobs/worker";

async function lockedJobs(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`;
  return row?.n ?? 0;
}

export interface TestJobs {
  /** Runs every job due now (retries that came due included), each once. */
  runDue(): Promise<void>;
  /** Moves the clock `minutes` ahead and every waiting job with it. */
  travel(minutes: number): Promise<void>;
  pending(name?: JobName): ReturnType<typeof pendingJobs>;
}

export function testJobs(t: { db: Db; url: string }, clock: ManualClock, outbox: () => Outbox, handlers?: JobHandlers): TestJobs {
  return {
    async runDue() {
      await runDueJobs({ connectionString: t.url, deps: { db: t.db, clock, outbox, push: () => null }, handlers });
      // The queue may record a job's end a moment after the run returns: wait for it, so that a
      // travel() next moves the retry it scheduled.
      for (let waited = 0; (await lockedJobs(t.db)) > 0; waited += 20) {
        if (waited > 10_000) throw new Error("A job stayed locked after its run.");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async travel(minutes) {
      clock.advanceMinutes(minutes);
      await moveJobsForward(t.db, minutes * 60_000);
    },
    pending: (name) => pendingJobs(t.db, name),
  };
}
