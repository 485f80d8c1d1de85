import "server-only";
// A new order for the whole target list, written as dense ranks; refused when the list changed
// meanwhile (another window), so no program is lost or duplicated.
import { decideReorderTargets } from "@/lib/domain/rules/decide/reorder-targets";
import { readerFor } from "@/lib/domain/rules/decision";
import { reorderTargetsInput } from "@/lib/domain/schemas";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";
import { writeRanks } from "./write-ranks";

/** Rewrites ranks 1..n in the given order, touching only rows whose rank changed. */

export async function reorderTargets(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programIds } = parseInput(reorderTargetsInput, input);
  authorize(ctx.actor, "target.reorder", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.reorder", applicantId },
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
