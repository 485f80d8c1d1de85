import "server-only";
// A dean's override lets one refused, overridable action through, once, with a written reason.
import type { overrideInput } from "@/lib/domain/schemas";
import { audit } from "../core/audit";
import { notFound } from "../core/errors";
import { withApplicantLock } from "../use-case/lock-applicant";
import type { z } from "zod";
import type { UseCaseContext } from "../use-case/run-command";

export async function createOverride(ctx: UseCaseContext, data: z.output<typeof overrideInput>) {
  const { schoolId } = ctx.actor;
  return withApplicantLock(ctx.db, schoolId, data.applicantId, async ({ tx }) => {
    if (data.programId) {
      const program = await tx.program.findFirst({ where: { id: data.programId, schoolId }, select: { id: true } });
      if (!program) throw notFound("That program");
    }
    const override = await tx.override.create({
      data: { schoolId, applicantId: data.applicantId, programId: data.programId, ruleCode: data.ruleCode, reason: data.reason, createdById: ctx.actor.userId },
    });
    await audit(tx, ctx.actor, {
      action: "override.create",
      entityType: "Override",
      entityId: override.id,
      applicantId: data.applicantId,
      after: override,
      reason: data.reason,
    });
    return override;
  });
}
