// Recording a SOAP offer as it arrives.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkNoPendingOffer } from "../offers";
import { appliedProgramChecks } from "./record-interview";

export function decideRecordOffer(s: ApplicantSnapshot, input: { programId: string }, now: Date, reader: Reader): Decision {
  void now; // Kept for a uniform decider signature; offers are facts with no timing rule of their own.
  const { programId } = input;
  // NRMP only lets programs offer to applicants who applied to them.
  return evaluate(s, programId, [...appliedProgramChecks(s, programId, reader), () => checkNoPendingOffer(s, programId)]);
}
