import "server-only";
// An advocate's home: "Your next actions" across the applicants assigned to them (the rules'
// own answer, ordered by consequence), then one card per actively assigned applicant with what
// the playbook wants of them and what is pressing.
import { advocateApplicantSummary } from "@/lib/domain/advocate-view";
import { nextActions } from "@/lib/domain/advocate/next-actions";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db, TxClient } from "../core/db";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";
import { advocateIdOf, loadAdvocateSelf } from "./advocate-self";
import { confidentialShown } from "@/lib/domain/privacy/access-log";
import { recordConfidentialViews } from "../privacy/confidential-views";

export async function getAdvocateHome(db: Db, actor: Actor, now: Date) {
  const advocateId = advocateIdOf(actor);
  authorize(actor, "advocate.home.view");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    const { title, self } = await loadAdvocateSelf(tx, actor);
    const snapshots = await loadAssignedSnapshots(tx, schoolId, advocateId);
    // Each card lists the applicant's red flags: the views are audited, in one statement.
    await recordConfidentialViews(
      tx,
      actor,
      "advocate.home",
      snapshots.map((s) => confidentialShown(s.applicantId, s.redFlags, null)),
    );
    const applicants = snapshots.map((snapshot) => ({
      applicantId: snapshot.applicantId,
      fullName: snapshot.fullName,
      specialty: snapshot.specialty,
      claims: snapshot.claims.filter((c) => c.advocateId === advocateId).length,
      ...advocateApplicantSummary(snapshot, now, self.kind),
    }));
    return { school, title, applicants, nextActions: nextActions(snapshots, self, now) };
  });
}

/** The snapshots of the applicants actively assigned to the advocate, the longest-assigned first. */
export async function loadAssignedSnapshots(tx: TxClient, schoolId: string, advocateId: string) {
  const assignments = await tx.advocateAssignment.findMany({
    where: { schoolId, advocateId, active: true },
    select: { applicantId: true },
    orderBy: { assignedAt: "asc" },
  });
  const snapshots = [];
  for (const { applicantId } of assignments) snapshots.push(await loadApplicantSnapshot(tx, schoolId, applicantId));
  return snapshots;
}
