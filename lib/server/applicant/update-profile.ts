import "server-only";
// The applicant's profile and red flags (with their private context): AAMC ID unique per school.
import type { z } from "zod";
import { allow } from "@/lib/domain/rules/decision";
import { profileUpdateInput } from "@/lib/domain/applicant/schemas";
import { audit } from "@/lib/server/core/audit";
import { AppError, isUniqueViolation } from "@/lib/server/core/errors";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";
import { lockAamcId } from "@/lib/server/core/aamc-id-lock";

export async function updateProfile(ctx: Admitted, data: z.output<typeof profileUpdateInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  const fields = { aamcId: true, degreeType: true, step2Score: true, specialty: true, phone: true } as const;
  try {
    return await decideAndWrite(
      ctx,
      () => allow(),
      async ({ tx }) => {
        // An AAMC ID belongs to one applicant: another profile, or a pending invitation the dean's
        // office already made with it, holds it. The lock keeps an invitation from slipping in.
        await lockAamcId(tx, schoolId, data.aamcId);
        const clash =
          (await tx.applicantProfile.findFirst({ where: { schoolId, aamcId: data.aamcId, id: { not: applicantId } }, select: { id: true } })) ??
          (await tx.invitation.findFirst({ where: { schoolId, aamcId: data.aamcId, acceptedAt: null }, select: { id: true } }));
        if (clash) throw aamcTaken();
        const before = await tx.applicantProfile.findFirstOrThrow({
          where: { id: applicantId, schoolId },
          select: { ...fields, redFlags: { select: { kind: true, context: true }, orderBy: { createdAt: "asc" } } },
        });
        const { redFlags, ...profile } = data;
        const after = await tx.applicantProfile.update({ where: { id: applicantId, schoolId }, data: profile, select: fields });
        await tx.redFlag.deleteMany({ where: { schoolId, applicantId } });
        if (redFlags.length > 0) {
          await tx.redFlag.createMany({ data: redFlags.map((f) => ({ schoolId, applicantId, kind: f.kind, context: f.context })) });
        }
        await audit(tx, ctx.actor, {
          action: "profile.update",
          entityType: "ApplicantProfile",
          entityId: applicantId,
          applicantId,
          before,
          after: { ...after, redFlags },
        });
        return after;
      },
    );
  } catch (error) {
    // The unique (school, AAMC ID) index backs the check above against a concurrent update.
    if (isUniqueViolation(error)) throw aamcTaken();
    throw error;
  }
}

function aamcTaken(): AppError {
  return new AppError("CONFLICT", "That AAMC ID is already registered to another applicant at your school. Check the 8 digits.", {
    fieldErrors: { aamcId: ["Already registered to another applicant."] },
  });
}
