import "server-only";
// Ending an advocate's assignment; the claims they held for that applicant are released with it.
import type { z } from "zod";
import { decideUnassignAdvocate, effectsOfUnassign } from "@/lib/domain/rules/decide/unassign-advocate";
import { unassignAdvocateInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

export async function unassignAdvocate(ctx: Admitted, { advocateId }: Omit<z.output<typeof unassignAdvocateInput>, "applicantId">) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    (snapshot) => decideUnassignAdvocate(snapshot, { advocateId }),
    async ({ tx, snapshot, now }) => {
      const assignment = await tx.advocateAssignment.update({
        where: { applicantId_advocateId: { applicantId, advocateId }, schoolId },
        data: { active: false, endedAt: now },
      });
      await audit(tx, ctx.actor, {
        action: "assignment.end",
        entityType: "AdvocateAssignment",
        entityId: assignment.id,
        applicantId,
        before: { active: true },
        after: { active: false },
      });
      const { releaseProgramIds } = effectsOfUnassign(snapshot, advocateId);
      for (const programId of releaseProgramIds) {
        const claim = await tx.claim.delete({ where: { applicantId_programId: { applicantId, programId }, schoolId } });
        await audit(tx, ctx.actor, {
          action: "claim.release",
          entityType: "Claim",
          entityId: claim.id,
          applicantId,
          before: claim,
          reason: "Advocate unassigned",
        });
      }
      return { assignment, releasedProgramIds: releaseProgramIds };
    },
  );
}
