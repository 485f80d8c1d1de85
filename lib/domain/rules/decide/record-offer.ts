// Recording a SOAP offer as it arrives.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision } from "../decision";
import { evaluate } from "../evaluate";
import { checkNoPendingOffer } from "../offers";
import { checkApplied, checkNotAccepted } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";

export function decideRecordOffer(s: ApplicantSnapshot, input: { programId: string }, now: Date): Decision {
  void now; // Kept for a uniform decider signature; offers are facts with no timing rule of their own.
  const { programId } = input;
  return evaluate(s, programId, [
    () => checkKnownProgram(s, programId),
    () => checkNotAccepted(s),
    () => checkOnList(s, programId),
    // NRMP only lets programs offer to applicants who applied to them.
    () => checkApplied(s, programId),
    () => checkNoPendingOffer(s, programId),
  ]);
}
