// The dean's office dashboard: one row per applicant, alerts and the cohort funnel.
import { dashboardRow, funnel, sumFunnels } from "@/lib/domain/alerts";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";

export async function getDeanDashboard(db: Db, actor: Actor, now: Date) {
  authorize(actor, "dashboard.view");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    const applicants = await tx.applicantProfile.findMany({ where: { schoolId }, select: { id: true }, orderBy: { user: { name: "asc" } } });
    const snapshots = [];
    for (const { id } of applicants) snapshots.push(await loadApplicantSnapshot(tx, schoolId, id));
    const rows = snapshots.map((s) => dashboardRow(s, now));
    return { school, rows, funnel: sumFunnels(snapshots.map(funnel)) };
  });
}
