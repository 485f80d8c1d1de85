import "server-only";
// Removing a program from the target list; the programs below it move up one rank.
import type { z } from "zod";
import { decideRemoveTarget, effectsOfRemoveTarget } from "@/lib/domain/rules/decide/remove-target";
import { readerFor } from "@/lib/domain/rules/decision";
import { removeTargetInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { writeRanks } from "./write-ranks";

export async function removeTarget(ctx: Admitted, { programId }: z.output<typeof removeTargetInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    (snapshot) => decideRemoveTarget(snapshot, { programId }, readerFor(ctx.actor.role)),
    async ({ tx, snapshot }) => {
      const target = await tx.target.delete({ where: { applicantId_programId: { applicantId, programId }, schoolId } });
      await audit(tx, ctx.actor, { action: "target.remove", entityType: "Target", entityId: target.id, applicantId, before: target });
      for (const releaseId of effectsOfRemoveTarget(snapshot, programId).releaseProgramIds) {
        const claim = await tx.claim.delete({ where: { applicantId_programId: { applicantId, programId: releaseId }, schoolId } });
        await audit(tx, ctx.actor, {
          action: "claim.release",
          entityType: "Claim",
          entityId: claim.id,
          applicantId,
          before: claim,
          reason: "Program removed from the target list",
        });
      }
      const rest = snapshot.targets.filter((t) => t.programId !== programId);
      await writeRanks(
        tx,
        ctx.actor,
        applicantId,
        rest.map((t) => t.programId),
        new Map(rest.map((t) => [t.programId, t.rank])),
      );
      return target;
    },
  );
}
