// Marking a task done: the applicant answered the program or sent the follow-up.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkTaskFound, checkTaskOpen } from "../tasks";

export function decideCompleteTask(s: ApplicantSnapshot, taskId: string, reader: Reader): Decision {
  return evaluate(s, null, [() => checkTaskFound(s, taskId, reader), () => checkTaskOpen(s, taskId)]);
}
