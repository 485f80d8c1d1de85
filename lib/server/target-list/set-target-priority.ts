import "server-only";
// A target's priority: a connected advocate will also call (FACULTY), or the applicant alone (SELF).
import { decideSetTargetPriority } from "@/lib/domain/rules/decide/set-target-priority";
import { readerFor } from "@/lib/domain/rules/decision";
import { setTargetPriorityInput } from "@/lib/domain/schemas";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";

export async function setTargetPriority(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programId, priority } = parseInput(setTargetPriorityInput, input);
  authorize(ctx.actor, "target.setPriority", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.setPriority", applicantId },
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
