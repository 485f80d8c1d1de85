// Marking a listed program for faculty or for the applicant alone.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkOnList } from "../target-list";

export function decideSetTargetPriority(s: ApplicantSnapshot, input: { programId: string }, reader: Reader): Decision {
  const { programId } = input;
  return evaluate(s, programId, [() => checkOnList(s, programId, reader)]);
}
