// An advocate claiming a program on an assigned applicant's list: one advocate per program.
import type { ApplicantSnapshot } from "../../snapshot";
import type { AdvocateKind } from "../../types";
import { checkClaimFree, checkConnection } from "../claims";
import type { Decision } from "../decision";
import { checkAdvocateAllowed, checkAssigned } from "../eligibility";
import { evaluate } from "../evaluate";
import { checkNotAccepted, checkNotClosed } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";
import { cohortLoadWarning, collect, noTieWarning, topTierWarning, weakAdvocateWarning } from "../warnings";

export interface ClaimingAdvocate {
  advocateId: string;
  advocateKind: AdvocateKind;
  /** Whether a Connection row links this advocate to the program. */
  hasConnection: boolean;
}

export function decideClaim(s: ApplicantSnapshot, advocate: ClaimingAdvocate, programId: string, now: Date): Decision {
  void now;
  const { advocateId, advocateKind, hasConnection } = advocate;
  return evaluate(
    s,
    programId,
    [
      () => checkKnownProgram(s, programId, "ADVOCATE"),
      () => checkNotAccepted(s, "ADVOCATE"),
      () => checkAdvocateAllowed(advocateKind, "ADVOCATE"),
      () => checkAssigned(s, advocateId, "ADVOCATE"),
      () => checkOnList(s, programId, "ADVOCATE"),
      () => checkNotClosed(s, programId, "ADVOCATE"),
      () => checkClaimFree(s, advocateId, programId),
      () => checkConnection(s, programId, hasConnection, "claim"),
    ],
    () =>
      collect(
        weakAdvocateWarning(advocateKind),
        noTieWarning(s, hasConnection, null),
        advocateKind === "RESIDENT" ? null : topTierWarning(s, programId),
        advocateKind === "RESIDENT" ? null : cohortLoadWarning(s, programId),
      ),
  );
}
