import "server-only";
// Marking a task done: the applicant answered the program or sent the follow-up.
import type { z } from "zod";
import { completeTaskInput } from "@/lib/domain/applicant/schemas";
import { decideCompleteTask } from "@/lib/domain/rules/decide/complete-task";
import { readerFor } from "@/lib/domain/rules/decision";
import { audit } from "../core/audit";
import { commandApplicant, decideAndWrite } from "../use-case/decide-and-write";
import type { Admitted } from "../entry/admitted";

export async function completeTask(ctx: Admitted, { taskId }: z.output<typeof completeTaskInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    // The snapshot holds only this applicant's tasks in this school: another applicant's is not found.
    (snapshot) => decideCompleteTask(snapshot, taskId, readerFor(ctx.actor.role)),
    async ({ tx, now }) => {
      const done = await tx.task.update({ where: { id: taskId, schoolId, applicantId }, data: { status: "DONE", completedAt: now } });
      await audit(tx, ctx.actor, {
        action: "task.complete",
        entityType: "Task",
        entityId: taskId,
        applicantId,
        before: { status: "OPEN" },
        after: { status: "DONE", completedAt: now },
      });
      return done;
    },
  );
}
