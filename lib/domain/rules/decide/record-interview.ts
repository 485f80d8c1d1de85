// Recording an interview the program scheduled: only with a program the applicant applied to
// (programs interview their applicants), and not after a binding acceptance.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate, type Check } from "../evaluate";
import { checkApplied, checkNotAccepted } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";

/** What a program's own news (an interview, an offer) needs: a known program on the list, applied to, no acceptance yet. */
export function appliedProgramChecks(s: ApplicantSnapshot, programId: string, reader: Reader): Check[] {
  return [
    () => checkKnownProgram(s, programId, reader),
    () => checkNotAccepted(s, reader),
    () => checkOnList(s, programId, reader),
    () => checkApplied(s, programId, reader),
  ];
}

export function decideRecordInterview(s: ApplicantSnapshot, input: { programId: string }, reader: Reader): Decision {
  return evaluate(s, input.programId, appliedProgramChecks(s, input.programId, reader));
}
