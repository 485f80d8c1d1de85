// Taking a program off the target list, and what goes with it.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkNotAppliedYet, checkOnList } from "../target-list";
import { collect, listSizeWarning } from "../warnings";

export function decideRemoveTarget(s: ApplicantSnapshot, input: { programId: string }, reader: Reader): Decision {
  const { programId } = input;
  return evaluate(s, programId, [() => checkOnList(s, programId, reader), () => checkNotAppliedYet(s, programId, "remove", reader)], () =>
    collect(listSizeWarning(s, s.targets.length - 1)),
  );
}

/** An advocate's claim on a program that left the list has nothing left to work on. */
export function effectsOfRemoveTarget(s: ApplicantSnapshot, programId: string): { releaseProgramIds: string[] } {
  return { releaseProgramIds: s.claims.filter((c) => c.programId === programId).map((c) => c.programId) };
}
