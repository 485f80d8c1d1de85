// The dean's office assigns one or two advocates to an applicant; unassigning releases their claims.
import { decideAssignAdvocate } from "@/lib/domain/rules/decide/assign-advocate";
import { decideUnassignAdvocate, effectsOfUnassign } from "@/lib/domain/rules/decide/unassign-advocate";
import { assignAdvocateInput, unassignAdvocateInput } from "@/lib/domain/schemas";
import { authorize } from "../auth/policy";
import { audit } from "../audit";
import { notFound } from "../errors";
import { decideAndWrite, type UseCaseContext } from "../use-case";
import { parseInput } from "../validate";

export async function assignAdvocate(ctx: UseCaseContext, input: unknown) {
  const { applicantId, advocateId } = parseInput(assignAdvocateInput, input);
  authorize(ctx.actor, "assignment.create", { applicantId });
  const { schoolId } = ctx.actor;
  let advocateName = "";
  return decideAndWrite(
    ctx,
    { action: "assignment.create", applicantId },
    async (snapshot, now, tx) => {
      const advocate = await tx.advocateProfile.findFirst({ where: { id: advocateId, schoolId }, select: { kind: true, user: { select: { name: true } } } });
      if (!advocate) throw notFound("That advocate");
      advocateName = advocate.user.name;
      return decideAssignAdvocate(snapshot, { advocateId, kind: advocate.kind }, now);
    },
    async ({ tx, now }) => {
      const assignment = await tx.advocateAssignment.upsert({
        where: { applicantId_advocateId: { applicantId, advocateId }, schoolId },
        create: { schoolId, applicantId, advocateId, assignedAt: now, active: true },
        update: { active: true, assignedAt: now, endedAt: null },
      });
      await audit(tx, ctx.actor, {
        action: "assignment.create",
        entityType: "AdvocateAssignment",
        entityId: assignment.id,
        applicantId,
        after: { ...assignment, advocateName },
      });
      return assignment;
    },
  );
}

export async function unassignAdvocate(ctx: UseCaseContext, input: unknown) {
  const { applicantId, advocateId } = parseInput(unassignAdvocateInput, input);
  authorize(ctx.actor, "assignment.end", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "assignment.end", applicantId },
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
