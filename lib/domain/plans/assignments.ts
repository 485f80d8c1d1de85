// The dean's office assigning and unassigning an advocate, planned: at most two active (a rule);
// ending an assignment releases the claims the advocate held for that applicant.
import { decideAssignAdvocate } from "../rules/decide/assign-advocate";
import { decideUnassignAdvocate, effectsOfUnassign } from "../rules/decide/unassign-advocate";
import type { ApplicantSnapshot } from "../snapshot";
import type { AdvocateKind } from "../types";
import { planIfAllowed, ROW, type Planned, type PlannedWrite } from "./plan";

export function planAssignAdvocate(s: ApplicantSnapshot, advocate: { advocateId: string; kind: AdvocateKind; name: string }, now: Date): Planned {
  return planIfAllowed(decideAssignAdvocate(s, { advocateId: advocate.advocateId, kind: advocate.kind }, now), () => ({
    writes: [{ op: "assignment.upsert", advocateId: advocate.advocateId, advocateName: advocate.name, audit: { action: "assignment.create", after: ROW } }],
  }));
}

export function planUnassignAdvocate(s: ApplicantSnapshot, advocateId: string): Planned {
  return planIfAllowed(decideUnassignAdvocate(s, { advocateId }), () => ({
    writes: [
      { op: "assignment.end", advocateId, audit: { action: "assignment.end", before: { active: true }, after: { active: false } } },
      ...effectsOfUnassign(s, advocateId).releaseProgramIds.map((programId): PlannedWrite => ({
        op: "claim.delete",
        programId,
        audit: { action: "claim.release", before: ROW, reason: "Advocate unassigned" },
      })),
    ],
  }));
}
