import "server-only";
// Recording a SOAP offer as it arrives (only from a program applied to, one pending per program).
import type { z } from "zod";
import { decideRecordOffer } from "@/lib/domain/rules/decide/record-offer";
import { readerFor } from "@/lib/domain/rules/decision";
import { recordOfferInput } from "@/lib/domain/schemas";
import { roundDeadline } from "@/lib/domain/rules/offers";
import { taskForOffer } from "@/lib/domain/rules/tasks";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { knownProgramIds } from "@/lib/server/target-list/known-program-ids";
import { scheduleOfferDeadline } from "@/lib/server/notifications/escalations";

export async function recordOffer(ctx: Admitted, data: z.output<typeof recordOfferInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    async (snapshot, now, tx) =>
      decideRecordOffer(await knownProgramIds(tx, schoolId, snapshot, [data.programId]), { programId: data.programId }, now, readerFor(ctx.actor.role)),
    async ({ tx, snapshot, now }) => {
      // An offer made during a round gets that round's deadline and the applicant a task with a countdown.
      const respondBy = roundDeadline(snapshot, data.round, data.offeredAt);
      const offer = await tx.offer.create({
        data: { schoolId, applicantId, programId: data.programId, round: data.round, offeredAt: data.offeredAt, respondBy, createdAt: now },
      });
      await audit(tx, ctx.actor, { action: "offer.record", entityType: "Offer", entityId: offer.id, applicantId, after: offer });
      await scheduleOfferDeadline(tx, offer, snapshot.policy, now);
      const draft = taskForOffer(snapshot, data.programId, respondBy);
      if (draft) {
        const task = await tx.task.create({
          data: { schoolId, applicantId, programId: draft.programId, kind: draft.kind, title: draft.title, dueAt: draft.dueAt, createdAt: now },
        });
        await audit(tx, ctx.actor, { action: "task.create", entityType: "Task", entityId: task.id, applicantId, after: task });
      }
      return offer;
    },
  );
}
