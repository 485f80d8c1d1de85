// The dean's office assigning an advocate to an applicant (at most two active).
import type { ApplicantSnapshot } from "../../snapshot";
import type { AdvocateKind } from "../../types";
import { checkAdvocateCap } from "../caps";
import type { Decision } from "../decision";
import { checkAdvocateAllowed, checkNotAssignedYet } from "../eligibility";
import { evaluate } from "../evaluate";
import { checkNotAccepted } from "../ordering";
import { collect, weakAdvocateWarning } from "../warnings";

export function decideAssignAdvocate(s: ApplicantSnapshot, advocate: { advocateId: string; kind: AdvocateKind }, now: Date): Decision {
  void now;
  return evaluate(
    s,
    null,
    [
      () => checkNotAccepted(s, "DEAN"),
      () => checkAdvocateAllowed(advocate.kind, "DEAN"),
      () => checkNotAssignedYet(s, advocate.advocateId),
      () => checkAdvocateCap(s),
    ],
    () => collect(weakAdvocateWarning(advocate.kind)),
  );
}
