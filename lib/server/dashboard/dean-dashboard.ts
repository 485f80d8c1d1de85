// The dean's office dashboard: one row per applicant, alerts and the cohort funnel, from the
// school's set-based aggregates. The number of statements does not grow with the cohort.
import { rowFor } from "@/lib/domain/alerts";
import { sumFunnels } from "@/lib/domain/dashboard/aggregate";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { loadPolicy } from "../use-case/load-applicant-snapshot";
import { loadCohortAggregates } from "./cohort-aggregates";

export async function getDeanDashboard(db: Db, actor: Actor, now: Date) {
  authorize(actor, "dashboard.view");
  const { schoolId } = actor;
  // One consistent read of the whole school (repeatable read), without holding any lock.
  return db.$transaction(
    async (tx) => {
      const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
      const policy = await loadPolicy(tx, schoolId);
      const aggregates = await loadCohortAggregates(tx, schoolId, policy, now);
      return {
        school,
        policy,
        rows: aggregates.map((a) => rowFor(a, policy, now)),
        funnel: sumFunnels(aggregates.map((a) => a.funnel)),
        perApplicantFunnel: Object.fromEntries(aggregates.map((a) => [a.applicantId, a.funnel])),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
