import "server-only";
// An advocate's one-click nudge: where a program waits for the applicant's own email, the
// applicant gets a task ("email this program so that I can call"), an in-app notification and an
// email, all written in one transaction; the email leaves after the commit through the outbox.
import type { z } from "zod";
import { decideNudge } from "@/lib/domain/rules/decide/nudge";
import { nudgeTask } from "@/lib/domain/rules/nudges";
import { claimInput } from "@/lib/domain/schemas";
import { programName } from "@/lib/domain/snapshot-queries";
import { audit } from "../core/audit";
import { AppError } from "../core/errors";
import { notifyApplicantOfTasks } from "../notifications/notify-applicant";
import { knownProgramIds } from "../target-list/known-program-ids";
import { commandApplicant, decideAndWrite } from "../use-case/decide-and-write";
import type { Admitted } from "../entry/admitted";

export const nudgeInput = claimInput;

export async function nudgeApplicant(ctx: Admitted, { programId }: Omit<z.output<typeof nudgeInput>, "applicantId">) {
  const applicantId = commandApplicant(ctx);
  const { advocateId, schoolId } = ctx.actor;
  if (!advocateId) throw new AppError("FORBIDDEN", "Only advocates nudge applicants.");
  return decideAndWrite(
    ctx,
    async (snapshot, now, tx) => decideNudge(await knownProgramIds(tx, schoolId, snapshot, [programId]), advocateId, programId, now),
    async ({ tx, snapshot, now }) => {
      const draft = nudgeTask(snapshot, programId, advocateId, now);
      const task = await tx.task.create({
        data: { schoolId, applicantId, programId, kind: draft.kind, title: draft.title, dueAt: draft.dueAt, createdById: ctx.actor.userId, createdAt: now },
      });
      await audit(tx, ctx.actor, { action: "nudge.create", entityType: "Task", entityId: task.id, applicantId, after: task });
      await notifyApplicantOfTasks(tx, ctx.actor, applicantId, [task], programName(snapshot, programId), now);
      return task;
    },
  );
}
