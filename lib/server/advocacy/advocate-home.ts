// An advocate's home: one card per actively assigned applicant, with what the card needs to say
// how far along they are (strategy, red flags, applied n/cap, faculty contacts n/cap, urgent tasks).
import { advocateApplicantSummary } from "@/lib/domain/advocate-view";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";
import { advocateIdOf, loadAdvocateSelf } from "./advocate-self";

export async function getAdvocateHome(db: Db, actor: Actor, now: Date) {
  const advocateId = advocateIdOf(actor);
  authorize(actor, "advocate.home.view");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    const { title } = await loadAdvocateSelf(tx, actor);
    const assignments = await tx.advocateAssignment.findMany({
      where: { schoolId, advocateId, active: true },
      select: { applicantId: true },
      orderBy: { assignedAt: "asc" },
    });
    const applicants = [];
    for (const { applicantId } of assignments) {
      const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
      const mine = snapshot.claims.filter((c) => c.advocateId === advocateId).length;
      applicants.push({ applicantId, fullName: snapshot.fullName, specialty: snapshot.specialty, claims: mine, ...advocateApplicantSummary(snapshot, now) });
    }
    return { school, title, applicants };
  });
}
