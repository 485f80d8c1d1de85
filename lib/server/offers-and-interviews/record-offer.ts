import "server-only";
// Recording a SOAP offer as it arrives (only from a program applied to, one pending per program).
import type { z } from "zod";
import { planRecordOffer } from "@/lib/domain/plans/offers-and-interviews";
import { readerFor } from "@/lib/domain/rules/decision";
import type { recordOfferInput } from "@/lib/domain/schemas";
import type { Offer } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function recordOffer(ctx: Admitted, data: z.output<typeof recordOfferInput>) {
  return runCommand(
    ctx,
    { programIds: [data.programId] },
    ({ snapshot }, now) => planRecordOffer(snapshot, data, now, readerFor(ctx.actor.role)),
    (applied) => applied.row<Offer>("offer"),
  );
}
