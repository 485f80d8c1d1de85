// Ranking the target list in a new order.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkSameProgramsAsList } from "../target-list";

export function decideReorderTargets(s: ApplicantSnapshot, programIds: readonly string[], reader: Reader): Decision {
  return evaluate(s, null, [() => checkSameProgramsAsList(s, programIds, reader)]);
}
