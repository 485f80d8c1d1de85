// Marking a task done: the applicant answered the program or sent the follow-up.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision } from "../decision";
import { evaluate } from "../evaluate";
import { checkTaskFound, checkTaskOpen } from "../tasks";

export function decideCompleteTask(s: ApplicantSnapshot, taskId: string): Decision {
  return evaluate(s, null, [() => checkTaskFound(s, taskId), () => checkTaskOpen(s, taskId)]);
}
