// The applicant's target list: add a program, and mark an ERAS application sent.
import { decideAddTarget } from "@/lib/domain/rules/decide/add-target";
import { decideMarkApplied } from "@/lib/domain/rules/decide/mark-applied";
import { addTargetInput, markAppliedInput } from "@/lib/domain/schemas";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";
import { knownProgramIds } from "./program-scope";

export async function addTarget(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programId } = parseInput(addTargetInput, input);
  authorize(ctx.actor, "target.add", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.add", applicantId },
    async (snapshot, now, tx) => decideAddTarget(await knownProgramIds(tx, ctx.actor.schoolId, snapshot, [programId]), { programId }, now),
    async ({ tx, snapshot }) => {
      const rank = snapshot.targets.reduce((max, t) => Math.max(max, t.rank), 0) + 1;
      const target = await tx.target.create({ data: { schoolId: ctx.actor.schoolId, applicantId, programId, rank } });
      await audit(tx, ctx.actor, { action: "target.add", entityType: "Target", entityId: target.id, applicantId, after: target });
      return target;
    },
  );
}

export async function markApplied(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const { programId } = parseInput(markAppliedInput, input);
  authorize(ctx.actor, "target.markApplied", { applicantId });
  return decideAndWrite(
    ctx,
    { action: "target.markApplied", applicantId },
    (snapshot, now) => decideMarkApplied(snapshot, { programId }, now),
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
