import "server-only";
// Removing a program from the target list; its claims are released and the programs below it
// move up one rank.
import type { z } from "zod";
import { planRemoveTarget } from "@/lib/domain/plans/target-list";
import { readerFor } from "@/lib/domain/rules/decision";
import type { removeTargetInput } from "@/lib/domain/schemas";
import type { Target } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function removeTarget(ctx: Admitted, { programId }: z.output<typeof removeTargetInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planRemoveTarget(snapshot, programId, readerFor(ctx.actor.role)),
    (applied) => applied.row<Target>(`target:${programId}`),
  );
}
