import "server-only";
// Adding a program of the school's catalog to the applicant's target list, at the bottom.
import type { z } from "zod";
import { planAddTarget } from "@/lib/domain/plans/target-list";
import { readerFor } from "@/lib/domain/rules/decision";
import type { addTargetInput } from "@/lib/domain/schemas";
import type { Target } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function addTarget(ctx: Admitted, { programId }: z.output<typeof addTargetInput>) {
  return runCommand(
    ctx,
    // The program is read with the snapshot: the rules refuse one that is not of the school.
    { programIds: [programId] },
    ({ snapshot }, now) => planAddTarget(snapshot, programId, now, readerFor(ctx.actor.role)),
    (applied) => applied.row<Target>(`target:${programId}`),
  );
}
