import "server-only";
// Answering an offer. Accepting is binding (NRMP): other pending offers and open tasks are closed in
// the same transaction; rejecting stops outreach to that program.
import type { z } from "zod";
import { decideRespondToOffer, effectsOfAcceptance, effectsOfRejection } from "@/lib/domain/rules/decide/respond-to-offer";
import { readerFor } from "@/lib/domain/rules/decision";
import { respondOfferInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import type { TxClient } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

async function cancelTasks(tx: TxClient, actor: Actor, applicantId: string, ids: string[], now: Date, reason: string) {
  if (ids.length === 0) return;
  await tx.task.updateMany({
    where: { id: { in: ids }, schoolId: actor.schoolId, applicantId, status: "OPEN" },
    data: { status: "CANCELLED", completedAt: now },
  });
  for (const id of ids) await audit(tx, actor, { action: "task.cancel", entityType: "Task", entityId: id, applicantId, reason });
}

export async function respondToOffer(ctx: Admitted, { offerId, response }: z.output<typeof respondOfferInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    (snapshot, now) => decideRespondToOffer(snapshot, offerId, response, now, readerFor(ctx.actor.role)),
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
