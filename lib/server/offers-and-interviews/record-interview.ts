import "server-only";
// Recording an interview a program scheduled: only with a program applied to. Booking it answers
// the program's urgent respond-to task, closed in the same transaction.
import type { z } from "zod";
import { decideRecordInterview } from "@/lib/domain/rules/decide/record-interview";
import { readerFor } from "@/lib/domain/rules/decision";
import { recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { tasksCompletedByInterview } from "@/lib/domain/rules/tasks";
import { audit } from "@/lib/server/core/audit";
import { knownProgramIds } from "@/lib/server/target-list/known-program-ids";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

export async function recordInterview(ctx: Admitted, data: z.output<typeof recordInterviewInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    async (snapshot, _now, tx) =>
      decideRecordInterview(await knownProgramIds(tx, schoolId, snapshot, [data.programId]), { programId: data.programId }, readerFor(ctx.actor.role)),
    async ({ tx, snapshot, now }) => {
      const interview = await tx.interview.create({
        data: {
          schoolId,
          applicantId,
          programId: data.programId,
          startsAt: data.startsAt,
          durationMinutes: data.durationMinutes,
          format: data.format,
          location: data.location,
          notes: data.notes,
          createdAt: now,
        },
      });
      await audit(tx, ctx.actor, { action: "interview.record", entityType: "Interview", entityId: interview.id, applicantId, after: interview });
      for (const taskId of tasksCompletedByInterview(snapshot, data.programId)) {
        await tx.task.update({ where: { id: taskId, schoolId, applicantId }, data: { status: "DONE", completedAt: now } });
        await audit(tx, ctx.actor, {
          action: "task.complete",
          entityType: "Task",
          entityId: taskId,
          applicantId,
          before: { status: "OPEN" },
          after: { status: "DONE" },
          reason: "Interview scheduled",
        });
      }
      return interview;
    },
  );
}
