// Marking an application sent (ERAS or the program's own service).
import type { ApplicantSnapshot } from "../../snapshot";
import { checkApplicationCap } from "../caps";
import type { Decision } from "../decision";
import { evaluate } from "../evaluate";
import { checkNotAccepted, checkNotClosed } from "../ordering";
import { checkNotAppliedYet, checkOnList } from "../target-list";
import { checklistWarning, collect, listSizeWarning } from "../warnings";

export function decideMarkApplied(s: ApplicantSnapshot, input: { programId: string }, now: Date): Decision {
  void now;
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [
      () => checkNotAccepted(s),
      () => checkOnList(s, programId),
      () => checkNotAppliedYet(s, programId, "mark-applied"),
      () => checkNotClosed(s, programId),
      () => checkApplicationCap(s),
    ],
    () => collect(listSizeWarning(s, s.targets.length), checklistWarning(s)),
  );
}
