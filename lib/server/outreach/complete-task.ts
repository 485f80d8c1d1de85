import "server-only";
// Marking a task done: the applicant answered the program or sent the follow-up.
import type { z } from "zod";
import type { completeTaskInput } from "@/lib/domain/applicant/schemas";
import { planCompleteTask } from "@/lib/domain/plans/tasks";
import { readerFor } from "@/lib/domain/rules/decision";
import type { Task } from "@/lib/generated/prisma/client";
import type { Admitted } from "../entry/admitted";
import { runCommand } from "../use-case/run-command";

export async function completeTask(ctx: Admitted, { taskId }: z.output<typeof completeTaskInput>) {
  return runCommand(
    ctx,
    {},
    // The snapshot holds only this applicant's tasks in this school: another applicant's is not found.
    ({ snapshot }, now) => planCompleteTask(snapshot, taskId, now, readerFor(ctx.actor.role)),
    (applied) => applied.row<Task>("task"),
  );
}
