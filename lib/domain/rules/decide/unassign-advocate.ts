// Ending an advocate's assignment, and what goes with it.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision } from "../decision";
import { checkAssigned } from "../eligibility";
import { evaluate } from "../evaluate";

export function decideUnassignAdvocate(s: ApplicantSnapshot, advocate: { advocateId: string }): Decision {
  return evaluate(s, null, [() => checkAssigned(s, advocate.advocateId, "DEAN")]);
}

/** An unassigned advocate's claims are released so the programs can go to someone else. */
export function effectsOfUnassign(s: ApplicantSnapshot, advocateId: string): { releaseProgramIds: string[] } {
  return { releaseProgramIds: s.claims.filter((c) => c.advocateId === advocateId).map((c) => c.programId) };
}
