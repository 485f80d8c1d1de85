import "server-only";
// The dean's office assigns an advocate to an applicant (at most two active, a rule).
import { decideAssignAdvocate } from "@/lib/domain/rules/decide/assign-advocate";
import { assignAdvocateInput } from "@/lib/domain/schemas";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { notFound } from "@/lib/server/core/errors";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";

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
