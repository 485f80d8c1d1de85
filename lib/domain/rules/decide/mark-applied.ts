// Marking an application sent (ERAS or the program's own service).
import type { ApplicantSnapshot } from "../../snapshot";
import { checkApplicationCap } from "../caps";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkNotAccepted, checkNotClosed } from "../ordering";
import { checkNotAppliedYet, checkOnList } from "../target-list";
import { checklistWarning, collect, listSizeWarning } from "../warnings";

export function decideMarkApplied(s: ApplicantSnapshot, input: { programId: string }, now: Date, reader: Reader): Decision {
  void now;
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [
      () => checkNotAccepted(s, reader),
      () => checkOnList(s, programId, reader),
      () => checkNotAppliedYet(s, programId, "mark-applied", reader),
      () => checkNotClosed(s, programId, reader),
      () => checkApplicationCap(s, reader),
    ],
    () => collect(listSizeWarning(s, s.targets.length), checklistWarning(s)),
  );
}
