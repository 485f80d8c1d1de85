// Adding a program to the applicant's target list.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkNotAccepted } from "../ordering";
import { checkKnownProgram, checkNotOnListYet, listSizeAfterAdd } from "../target-list";
import { collect, listSizeWarning } from "../warnings";

export function decideAddTarget(s: ApplicantSnapshot, input: { programId: string }, now: Date, reader: Reader): Decision {
  void now;
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [() => checkKnownProgram(s, programId, reader), () => checkNotAccepted(s, reader), () => checkNotOnListYet(s, programId, reader)],
    () => collect(listSizeWarning(s, listSizeAfterAdd(s, programId))),
  );
}
