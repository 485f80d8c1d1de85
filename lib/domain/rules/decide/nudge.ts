// An advocate nudging the applicant about one program: only where the program waits for the
// applicant's own email (applied, the program reached out where NRMP requires it, the advocate
// holds the claim), and not again for the same program within the school's interval.
import type { ApplicantSnapshot } from "../../snapshot";
import { checkClaimHolder } from "../claims";
import type { Decision } from "../decision";
import { checkAssigned } from "../eligibility";
import { evaluate } from "../evaluate";
import { checkNudgeInterval, checkNudgeNeeded } from "../nudges";
import { checkApplied, checkNotAccepted, checkNotClosed, checkProgramInitiated } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";

export function decideNudge(s: ApplicantSnapshot, advocateId: string, programId: string, now: Date): Decision {
  return evaluate(s, programId, [
    () => checkKnownProgram(s, programId, "ADVOCATE"),
    () => checkNotAccepted(s, "ADVOCATE"),
    () => checkAssigned(s, advocateId, "ADVOCATE"),
    () => checkOnList(s, programId, "ADVOCATE"),
    () => checkNotClosed(s, programId, "ADVOCATE"),
    () => checkClaimHolder(s, { role: "ADVOCATE", advocateId }, programId, "contact"),
    () => checkApplied(s, programId, "ADVOCATE"),
    () => checkProgramInitiated(s, programId, now, "ADVOCATE"),
    () => checkNudgeNeeded(s, programId),
    () => checkNudgeInterval(s, programId, now),
  ]);
}
