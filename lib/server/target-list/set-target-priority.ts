import "server-only";
// A target's priority: a connected advocate will also call (FACULTY), or the applicant alone (SELF).
import type { z } from "zod";
import { decideSetTargetPriority } from "@/lib/domain/rules/decide/set-target-priority";
import { readerFor } from "@/lib/domain/rules/decision";
import { setTargetPriorityInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

export async function setTargetPriority(ctx: Admitted, { programId, priority }: z.output<typeof setTargetPriorityInput>) {
  const applicantId = commandApplicant(ctx);
  return decideAndWrite(
    ctx,
    (snapshot) => decideSetTargetPriority(snapshot, { programId }, readerFor(ctx.actor.role)),
    async ({ tx, snapshot }) => {
      const before = snapshot.targets.find((t) => t.programId === programId)?.priority;
      const target = await tx.target.update({
        where: { applicantId_programId: { applicantId, programId }, schoolId: ctx.actor.schoolId },
        data: { priority },
      });
      await audit(tx, ctx.actor, {
        action: "target.setPriority",
        entityType: "Target",
        entityId: target.id,
        applicantId,
        before: { priority: before },
        after: { priority },
      });
      return target;
    },
  );
}
