import "server-only";
// A new order for the whole target list, written as dense ranks; refused when the list changed
// meanwhile (another window), so no program is lost or duplicated.
import type { z } from "zod";
import { decideReorderTargets } from "@/lib/domain/rules/decide/reorder-targets";
import { readerFor } from "@/lib/domain/rules/decision";
import { reorderTargetsInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { writeRanks } from "./write-ranks";

/** Rewrites ranks 1..n in the given order, touching only rows whose rank changed. */

export async function reorderTargets(ctx: Admitted, { programIds }: z.output<typeof reorderTargetsInput>) {
  const applicantId = commandApplicant(ctx);
  return decideAndWrite(
    ctx,
    (snapshot) => decideReorderTargets(snapshot, programIds, readerFor(ctx.actor.role)),
    async ({ tx, snapshot }) => {
      const before = snapshot.targets.map((t) => t.programId);
      await writeRanks(tx, ctx.actor, applicantId, programIds, new Map(snapshot.targets.map((t) => [t.programId, t.rank])));
      await audit(tx, ctx.actor, {
        action: "target.reorder",
        entityType: "Target",
        entityId: applicantId,
        applicantId,
        before: { order: before },
        after: { order: programIds },
      });
      return { order: programIds };
    },
  );
}
