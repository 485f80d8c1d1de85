import "server-only";
// A new order for the whole target list, written as dense ranks; refused when the list changed
// meanwhile (another window), so no program is lost or duplicated.
import type { z } from "zod";
import { planReorderTargets } from "@/lib/domain/plans/target-list";
import { readerFor } from "@/lib/domain/rules/decision";
import type { reorderTargetsInput } from "@/lib/domain/schemas";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function reorderTargets(ctx: Admitted, { programIds }: z.output<typeof reorderTargetsInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planReorderTargets(snapshot, programIds, readerFor(ctx.actor.role)),
    () => ({ order: programIds }),
  );
}
