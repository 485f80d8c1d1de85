import "server-only";
// One assigned applicant as their advocate sees them: the summary, the shared narrative (latest
// version) and their list with the advocate's connected programs first, each program with its
// state and what the rules already say of the next click. Anyone else gets "not found".
import { advocateApplicantSummary, advocateProgramRows, saidOnce } from "@/lib/domain/advocate-view";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "../core/actor";
import { authorizeApplicant } from "../auth/policy";
import type { Db, TxClient } from "../core/db";
import { parseInput } from "../core/validate";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";
import { advocateIdOf, loadAdvocateSelf } from "./advocate-self";
import { confidentialShown } from "@/lib/domain/privacy/access-log";
import { recordConfidentialViews } from "../privacy/confidential-views";

export async function latestNarrative(tx: TxClient, schoolId: string, applicantId: string) {
  return tx.narrative.findFirst({
    where: { schoolId, applicantId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, strengths: true, weaknessContext: true, reliability: true, createdAt: true, author: { select: { name: true } } },
  });
}

/** When the active season's window opened: no contact may be dated earlier. */
export async function seasonOpensAt(tx: TxClient, schoolId: string): Promise<Date | null> {
  const season = await tx.season.findFirst({ where: { schoolId, active: true }, orderBy: { windowStartsAt: "desc" }, select: { windowStartsAt: true } });
  return season?.windowStartsAt ?? null;
}

export async function getAdvocateApplicant(db: Db, actor: Actor, applicantIdInput: unknown, now: Date) {
  const applicantId = parseInput(idSchema, applicantIdInput);
  advocateIdOf(actor);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    await authorizeApplicant(tx, actor, "advocate.applicant.view", applicantId);
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const { self } = await loadAdvocateSelf(tx, actor);
    const places = await tx.program.findMany({
      where: { schoolId, targets: { some: { schoolId, applicantId } } },
      select: { id: true, city: true, state: true },
    });
    const narrative = await latestNarrative(tx, schoolId, applicantId);
    await recordConfidentialViews(tx, actor, "advocate.applicant", [confidentialShown(applicantId, snapshot.redFlags, narrative)]);
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    // Warnings about the applicant, and refusals several programs share, are said once above the list.
    const once = saidOnce(snapshot, self, advocateProgramRows(snapshot, self, now, Object.fromEntries(places.map((p) => [p.id, p]))));
    return {
      school,
      applicantId,
      fullName: snapshot.fullName,
      specialty: snapshot.specialty,
      summary: advocateApplicantSummary(snapshot, now, self.kind),
      narrative,
      seasonOpensAt: await seasonOpensAt(tx, schoolId),
      programs: once.rows,
      headsUps: once.headsUps,
      sharedRefusals: once.refusals,
    };
  });
}
