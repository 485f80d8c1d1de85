import "server-only";
// Marking a target's application sent (in ERAS or the program's service): the 45-application cap
// and the order rules decide; the audit row records when.
import type { z } from "zod";
import { decideMarkApplied } from "@/lib/domain/rules/decide/mark-applied";
import { readerFor } from "@/lib/domain/rules/decision";
import { markAppliedInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

export async function markApplied(ctx: Admitted, { programId }: z.output<typeof markAppliedInput>) {
  const applicantId = commandApplicant(ctx);
  return decideAndWrite(
    ctx,
    (snapshot, now) => decideMarkApplied(snapshot, { programId }, now, readerFor(ctx.actor.role)),
    async ({ tx, now }) => {
      const target = await tx.target.update({
        where: { applicantId_programId: { applicantId, programId }, schoolId: ctx.actor.schoolId },
        data: { appliedAt: now },
      });
      await audit(tx, ctx.actor, {
        action: "target.markApplied",
        entityType: "Target",
        entityId: target.id,
        applicantId,
        before: { appliedAt: null },
        after: { appliedAt: now },
      });
      return target;
    },
  );
}
