import "server-only";
// Recording an interview a program scheduled: only with a program applied to. Booking it answers
// the program's urgent respond-to task, closed in the same transaction.
import { decideRecordInterview } from "@/lib/domain/rules/decide/record-interview";
import { readerFor } from "@/lib/domain/rules/decision";
import { recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { tasksCompletedByInterview } from "@/lib/domain/rules/tasks";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { knownProgramIds } from "@/lib/server/target-list/known-program-ids";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";

export async function recordInterview(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const data = parseInput(recordInterviewInput, input);
  authorize(ctx.actor, "interview.record", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "interview.record", applicantId },
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
