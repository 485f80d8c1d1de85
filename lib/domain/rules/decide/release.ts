// Releasing a claim so the program can go to someone else.
import type { ApplicantSnapshot } from "../../snapshot";
import { checkClaimHolder, type ClaimActor } from "../claims";
import type { Decision } from "../decision";
import { evaluate } from "../evaluate";

/** An advocate may release only their own claim; the dean's office any. */
export type ReleasingActor = ClaimActor;

export function decideRelease(s: ApplicantSnapshot, actor: ReleasingActor, programId: string): Decision {
  return evaluate(s, programId, [() => checkClaimHolder(s, actor, programId, "release")]);
}
