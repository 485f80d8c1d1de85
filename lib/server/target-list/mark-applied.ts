import "server-only";
// Marking a target's application sent (in ERAS or the program's service): the 45-application cap
// and the order rules decide; the audit row records when.
import type { z } from "zod";
import { planMarkApplied } from "@/lib/domain/plans/target-list";
import { readerFor } from "@/lib/domain/rules/decision";
import type { markAppliedInput } from "@/lib/domain/schemas";
import type { Target } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function markApplied(ctx: Admitted, { programId }: z.output<typeof markAppliedInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }, now) => planMarkApplied(snapshot, programId, now, readerFor(ctx.actor.role)),
    (applied) => applied.row<Target>(`target:${programId}`),
  );
}
