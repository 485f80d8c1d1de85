import "server-only";
// One of the applicant's own interviews, with what its calendar file needs; another applicant's or
// another school's answers NOT_FOUND, as a missing one does.
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "@/lib/server/core/actor";
import { authorize } from "@/lib/server/auth/policy";
import type { Db } from "@/lib/server/core/db";
import { notFound } from "@/lib/server/core/errors";
import { parseInput } from "@/lib/server/core/validate";

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
