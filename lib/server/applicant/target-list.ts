// Ranking, prioritising and removing programs on the applicant's target list. Ranks stay dense
// (1..n) after every change; an applied program cannot be removed (decideRemoveTarget).
import { denseRanks } from "@/lib/domain/applicant/reorder";
import { decideRemoveTarget, effectsOfRemoveTarget } from "@/lib/domain/rules/decide/remove-target";
import { decideReorderTargets } from "@/lib/domain/rules/decide/reorder-targets";
import { decideSetTargetPriority } from "@/lib/domain/rules/decide/set-target-priority";
import { removeTargetInput, reorderTargetsInput, setTargetPriorityInput } from "@/lib/domain/schemas";
import { authorize } from "../auth/policy";
import type { Actor } from "../actor";
import { audit } from "../audit";
import type { TxClient } from "../db";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";

/** Rewrites ranks 1..n in the given order, touching only rows whose rank changed. */
async function writeRanks(tx: TxClient, actor: Actor, applicantId: string, order: string[], current: Map<string, number>) {
  for (const { programId, rank } of denseRanks(order)) {
    if (current.get(programId) === rank) continue;
    await tx.target.update({ where: { applicantId_programId: { applicantId, programId }, schoolId: actor.schoolId }, data: { rank } });
  }
}

export async function reorderTargets(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programIds } = parseInput(reorderTargetsInput, input);
  authorize(ctx.actor, "target.reorder", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.reorder", applicantId },
    (snapshot) => decideReorderTargets(snapshot, programIds),
    async ({ tx, snapshot }) => {
      const before = snapshot.targets.map((t) => t.programId);
      await writeRanks(tx, ctx.actor, applicantId, programIds, new Map(snapshot.targets.map((t) => [t.programId, t.rank])));
      await audit(tx, ctx.actor, {
        action: "target.reorder",
        entityType: "Target",
        entityId: applicantId,
        applicantId,
        before: { order: before },
        after: { order: programIds },
      });
      return { order: programIds };
    },
  );
}

export async function setTargetPriority(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programId, priority } = parseInput(setTargetPriorityInput, input);
  authorize(ctx.actor, "target.setPriority", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.setPriority", applicantId },
    (snapshot) => decideSetTargetPriority(snapshot, { programId }),
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

export async function removeTarget(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programId } = parseInput(removeTargetInput, input);
  authorize(ctx.actor, "target.remove", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "target.remove", applicantId },
    (snapshot) => decideRemoveTarget(snapshot, { programId }),
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
