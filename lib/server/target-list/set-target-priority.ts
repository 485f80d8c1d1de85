import "server-only";
// A target's priority: a connected advocate will also call (FACULTY), or the applicant alone (SELF).
import type { z } from "zod";
import { planSetTargetPriority } from "@/lib/domain/plans/target-list";
import { readerFor } from "@/lib/domain/rules/decision";
import type { setTargetPriorityInput } from "@/lib/domain/schemas";
import type { Target } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function setTargetPriority(ctx: Admitted, { programId, priority }: z.output<typeof setTargetPriorityInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planSetTargetPriority(snapshot, programId, priority, readerFor(ctx.actor.role)),
    (applied) => applied.row<Target>(`target:${programId}`),
  );
}
