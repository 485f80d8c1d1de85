// Interviews the program scheduled: recorded by the applicant (rules: applied, not after an
// acceptance), and read back for the calendar file, scoped to the applicant's own record.
import { decideRecordInterview } from "@/lib/domain/rules/decide/record-interview";
import { recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { tasksCompletedByInterview } from "@/lib/domain/rules/tasks";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "../actor";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import type { Db } from "../db";
import { notFound } from "../errors";
import { knownProgramIds } from "../outreach/program-scope";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";

export async function recordInterview(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const data = parseInput(recordInterviewInput, input);
  authorize(ctx.actor, "interview.record", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "interview.record", applicantId },
    async (snapshot, _now, tx) => decideRecordInterview(await knownProgramIds(tx, schoolId, snapshot, [data.programId]), { programId: data.programId }),
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

/** One interview of the actor's own record with what its calendar file needs; 404 otherwise. */
export async function getInterviewForCalendar(db: Db, actor: Actor, interviewId: unknown) {
  const id = parseInput(idSchema, interviewId);
  const applicantId = actor.applicantId;
  if (!applicantId) throw notFound("That interview");
  authorize(actor, "interview.view", { applicantId });
  const interview = await db.interview.findFirst({
    where: { id, schoolId: actor.schoolId, applicantId },
    include: {
      program: { select: { name: true, specialty: true, nrmpCode: true, directorName: true, coordinatorEmail: true } },
      applicant: { select: { user: { select: { name: true } } } },
    },
  });
  if (!interview) throw notFound("That interview");
  return interview;
}
