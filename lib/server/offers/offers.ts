// SOAP offers: recorded as they arrive, answered once. Accepting is binding: every open task is
// cancelled and other pending offers are withdrawn, in the same transaction.
import { decideRecordOffer } from "@/lib/domain/rules/decide/record-offer";
import { decideRespondToOffer, effectsOfAcceptance, effectsOfRejection } from "@/lib/domain/rules/decide/respond-to-offer";
import { recordOfferInput, respondOfferInput } from "@/lib/domain/schemas";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import type { TxClient } from "../db";
import type { Actor } from "../actor";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { assertNotInFuture, parseInput } from "../validate";
import { knownProgramIds } from "../outreach/program-scope";

export async function recordOffer(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const data = parseInput(recordOfferInput, input);
  authorize(ctx.actor, "offer.record", { applicantId });
  assertNotInFuture(data.offeredAt, ctx.clock.now(), "offeredAt", "An offer");
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "offer.record", applicantId },
    async (snapshot, now, tx) => decideRecordOffer(await knownProgramIds(tx, schoolId, snapshot, [data.programId]), { programId: data.programId }, now),
    async ({ tx }) => {
      const offer = await tx.offer.create({
        data: { schoolId, applicantId, programId: data.programId, round: data.round, offeredAt: data.offeredAt },
      });
      await audit(tx, ctx.actor, { action: "offer.record", entityType: "Offer", entityId: offer.id, applicantId, after: offer });
      return offer;
    },
  );
}

async function cancelTasks(tx: TxClient, actor: Actor, applicantId: string, ids: string[], now: Date, reason: string) {
  if (ids.length === 0) return;
  await tx.task.updateMany({
    where: { id: { in: ids }, schoolId: actor.schoolId, applicantId, status: "OPEN" },
    data: { status: "CANCELLED", completedAt: now },
  });
  for (const id of ids) await audit(tx, actor, { action: "task.cancel", entityType: "Task", entityId: id, applicantId, reason });
}

export async function respondToOffer(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { offerId, response } = parseInput(respondOfferInput, input);
  authorize(ctx.actor, "offer.respond", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "offer.respond", applicantId },
    (snapshot, now) => decideRespondToOffer(snapshot, offerId, response, now),
    async ({ tx, snapshot, now }) => {
      const status = response === "ACCEPT" ? "ACCEPTED" : "REJECTED";
      const offer = await tx.offer.update({ where: { id: offerId, schoolId, applicantId }, data: { status, respondedAt: now } });
      await audit(tx, ctx.actor, {
        action: `offer.${response.toLowerCase()}`,
        entityType: "Offer",
        entityId: offer.id,
        applicantId,
        before: { status: "PENDING" },
        after: { status },
      });
      if (response === "ACCEPT") {
        const effects = effectsOfAcceptance(snapshot, offerId);
        await cancelTasks(tx, ctx.actor, applicantId, effects.cancelTaskIds, now, "Offer accepted");
        for (const id of effects.rejectOfferIds) {
          await tx.offer.update({ where: { id, schoolId, applicantId }, data: { status: "REJECTED", respondedAt: now } });
          await audit(tx, ctx.actor, {
            action: "offer.withdrawn",
            entityType: "Offer",
            entityId: id,
            applicantId,
            after: { status: "REJECTED" },
            reason: "Another offer accepted",
          });
        }
      } else {
        await cancelTasks(tx, ctx.actor, applicantId, effectsOfRejection(snapshot, offerId).cancelTaskIds, now, "Offer rejected");
      }
      return offer;
    },
  );
}
