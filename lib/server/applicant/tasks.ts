// Marking a task done: the applicant answered the program or sent the follow-up.
import { allow } from "@/lib/domain/rules/decision";
import { completeTaskInput } from "@/lib/domain/applicant/schemas";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import { AppError, notFound } from "../errors";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";

export async function completeTask(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { taskId } = parseInput(completeTaskInput, input);
  authorize(ctx.actor, "task.complete", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    applicantId,
    () => allow(),
    async ({ tx, now }) => {
      // Scoped by school and applicant in the same query: another applicant's task is not found.
      const task = await tx.task.findFirst({ where: { id: taskId, schoolId, applicantId } });
      if (!task) throw notFound("That task");
      if (task.status !== "OPEN") throw new AppError("CONFLICT", task.status === "DONE" ? "This task is already done." : "This task was cancelled.");
      const done = await tx.task.update({ where: { id: task.id, schoolId, applicantId }, data: { status: "DONE", completedAt: now } });
      await audit(tx, ctx.actor, { action: "task.complete", entityType: "Task", entityId: task.id, applicantId, before: { status: task.status }, after: { status: "DONE", completedAt: now } });
      return done;
    },
  );
}
