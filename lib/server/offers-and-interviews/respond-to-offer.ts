import "server-only";
// Answering an offer. Accepting is binding (NRMP): other pending offers and open tasks are closed in
// the same transaction; rejecting stops outreach to that program.
import type { z } from "zod";
import { planRespondToOffer } from "@/lib/domain/plans/offers-and-interviews";
import { readerFor } from "@/lib/domain/rules/decision";
import type { respondOfferInput } from "@/lib/domain/schemas";
import type { Offer } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function respondToOffer(ctx: Admitted, { offerId, response }: z.output<typeof respondOfferInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }, now) => planRespondToOffer(snapshot, offerId, response, now, readerFor(ctx.actor.role)),
    (applied) => applied.row<Offer>("offer"),
  );
}
