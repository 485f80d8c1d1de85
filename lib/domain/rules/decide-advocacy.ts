// Who advocates for whom: assignments (at most two) and exclusive per-program claims.
import type { ApplicantSnapshot } from "../snapshot";
import { assignmentFor, claimFor, programName } from "../snapshot-queries";
import type { AdvocateKind } from "../types";
import { refuse, type Decision } from "./decision";
import { checkAdvocateAllowed, checkAssigned, checkClaimFree, checkConnectionForClaim } from "./eligibility";
import { evaluate } from "./evaluate";
import { checkKnownProgram, checkNotAccepted, checkNotClosed, checkOnList } from "./ordering";
import { checkAdvocateCap } from "./caps";
import { cohortLoadWarning, collect, noTieWarning, topTierWarning, weakAdvocateWarning } from "./warnings";

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
      () => checkKnownProgram(s, programId),
      () => checkNotAccepted(s),
      () => checkAdvocateAllowed(advocateKind),
      () => checkAssigned(s, advocateId),
      () => checkOnList(s, programId),
      () => checkNotClosed(s, programId),
      () => checkClaimFree(s, advocateId, programId),
      () => checkConnectionForClaim(s, hasConnection),
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

/** Who is releasing a claim: an advocate may release only their own; the dean's office any. */
export type ReleasingActor = { role: "ADVOCATE"; advocateId: string } | { role: "DEAN" };

export function decideRelease(s: ApplicantSnapshot, actor: ReleasingActor, programId: string): Decision {
  const claim = claimFor(s, programId);
  return evaluate(s, programId, [
    () => {
      if (!claim) {
        return refuse("NOT_CLAIM_HOLDER", {
          reason: `Nobody holds ${programName(s, programId)} for this applicant.`,
          next: "Nothing to release.",
        });
      }
      if (actor.role === "DEAN" || claim.advocateId === actor.advocateId) return null;
      return refuse("NOT_CLAIM_HOLDER", {
        reason: `${claim.advocateName} holds ${programName(s, programId)}, not you.`,
        next: "Nothing to release: ask the dean's office if the claim should move.",
      });
    },
  ]);
}

export function decideAssignAdvocate(s: ApplicantSnapshot, advocate: { advocateId: string; kind: AdvocateKind }, now: Date): Decision {
  void now;
  return evaluate(
    s,
    null,
    [
      () => checkNotAccepted(s),
      () => checkAdvocateAllowed(advocate.kind),
      () => (assignmentFor(s, advocate.advocateId) ? refuse("ALREADY_ASSIGNED") : null),
      () => checkAdvocateCap(s),
    ],
    () => collect(weakAdvocateWarning(advocate.kind)),
  );
}

export function decideUnassign(s: ApplicantSnapshot, advocate: { advocateId: string }): Decision {
  return evaluate(s, null, [() => checkAssigned(s, advocate.advocateId)]);
}

/** An unassigned advocate's claims are released so the programs can go to someone else. */
export function effectsOfUnassign(s: ApplicantSnapshot, advocateId: string): { releaseProgramIds: string[] } {
  return { releaseProgramIds: s.claims.filter((c) => c.advocateId === advocateId).map((c) => c.programId) };
}
