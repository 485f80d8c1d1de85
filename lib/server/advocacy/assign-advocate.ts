import "server-only";
// The dean's office assigns an advocate to an applicant (at most two active, a rule).
import type { z } from "zod";
import { decideAssignAdvocate } from "@/lib/domain/rules/decide/assign-advocate";
import { assignAdvocateInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { notFound } from "@/lib/server/core/errors";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

export async function assignAdvocate(ctx: Admitted, { advocateId }: Omit<z.output<typeof assignAdvocateInput>, "applicantId">) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  let advocateName = "";
  return decideAndWrite(
    ctx,
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
