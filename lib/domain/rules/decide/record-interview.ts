// Recording an interview the program scheduled: only with a program the applicant applied to
// (programs interview their applicants), and not after a binding acceptance.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision } from "../decision";
import { evaluate } from "../evaluate";
import { checkApplied, checkNotAccepted } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";

export function decideRecordInterview(s: ApplicantSnapshot, input: { programId: string }): Decision {
  const { programId } = input;
  return evaluate(s, programId, [
    () => checkKnownProgram(s, programId),
    () => checkNotAccepted(s),
    () => checkOnList(s, programId),
    () => checkApplied(s, programId),
  ]);
}
