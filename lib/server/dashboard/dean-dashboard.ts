import "server-only";
// The dean's office dashboard: one row per applicant, alerts and the cohort funnel, from the
// school's set-based aggregates. The number of statements does not grow with the cohort.
import { rowFor } from "@/lib/domain/alerts";
import { sumFunnels, type ApplicantAggregate } from "@/lib/domain/dashboard/aggregate";
import type { Policy } from "@/lib/domain/types";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { loadPolicy } from "../use-case/load-applicant-snapshot";
import { loadCohortAggregates } from "./cohort-aggregates";
import { CohortCache } from "./cohort-cache";
import { changeFeed } from "../live/change-feed";

/** What the dashboard reads from the database: the same for every dean of the school. */
export interface CohortSnapshot {
  school: { name: string; timeZone: string };
  policy: Policy;
  aggregates: ApplicantAggregate[];
}

async function loadSnapshot(db: Db, schoolId: string, now: Date): Promise<CohortSnapshot> {
  // One consistent read of the whole school (repeatable read), without holding any lock.
  return db.$transaction(
    async (tx) => {
      const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
      const policy = await loadPolicy(tx, schoolId);
      return { school, policy, aggregates: await loadCohortAggregates(tx, schoolId, policy, now) };
    },
    // A read that holds no lock may take longer than a write's 5 s when the machine is busy (ten
    // deans at once on a shared server): ending it early would only turn a slow page into an error.
    { isolationLevel: "RepeatableRead", timeout: COHORT_READ_TIMEOUT_MS, maxWait: COHORT_READ_TIMEOUT_MS / 3 },
  );
}

/** How long the school's consistent read may run before PostgreSQL's transaction is given up. */
const COHORT_READ_TIMEOUT_MS = 30_000;

const shared = globalThis as typeof globalThis & { soapDeskCohortCache?: CohortCache<CohortSnapshot> };

/** This app instance's dashboard cache, forgotten on the change feed's notices. */
export function cohortCache(): CohortCache<CohortSnapshot> {
  shared.soapDeskCohortCache ??= new CohortCache<CohortSnapshot>(changeFeed());
  return shared.soapDeskCohortCache;
}

/** A change was committed in the school by this instance: its dashboard is computed afresh. */
export function forgetCohort(schoolId: string): void {
  shared.soapDeskCohortCache?.forget(schoolId);
}

export async function getDeanDashboard(db: Db, actor: Actor, now: Date, cache?: CohortCache<CohortSnapshot>) {
  authorize(actor, "dashboard.view");
  const { schoolId } = actor;
  const { school, policy, aggregates } = cache ? await cache.get(schoolId, now, () => loadSnapshot(db, schoolId, now)) : await loadSnapshot(db, schoolId, now);
  return {
    school,
    policy,
    rows: aggregates.map((a) => rowFor(a, policy, now)),
    funnel: sumFunnels(aggregates.map((a) => a.funnel)),
    perApplicantFunnel: Object.fromEntries(aggregates.map((a) => [a.applicantId, a.funnel])),
  };
}
