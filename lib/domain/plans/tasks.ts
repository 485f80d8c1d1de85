// Marking a task done, planned: the rules find it open and the applicant's; the row and its audit
// entry say when.
import { decideCompleteTask } from "../rules/decide/complete-task";
import type { Reader } from "../rules/decision";
import type { ApplicantSnapshot } from "../snapshot";
import { planIfAllowed, type Planned } from "./plan";

export function planCompleteTask(s: ApplicantSnapshot, taskId: string, now: Date, reader: Reader): Planned {
  return planIfAllowed(decideCompleteTask(s, taskId, reader), () => ({
    writes: [
      { op: "task.done", ref: "task", taskId, audit: { action: "task.complete", before: { status: "OPEN" }, after: { status: "DONE", completedAt: now } } },
    ],
  }));
}
