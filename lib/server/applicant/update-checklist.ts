import "server-only";
// The reachability checklist (phone rings loud, voicemail, ERAS documents, contact details): each
// box saved as it is ticked, with its audit row.
import { allow } from "@/lib/domain/rules/decision";
import { checklistInput } from "@/lib/domain/schemas";
import { authorize } from "@/lib/server/auth/policy";
import { audit } from "@/lib/server/core/audit";
import { decideAndWrite, type UseCaseContext } from "@/lib/server/use-case/decide-and-write";
import { parseInput } from "@/lib/server/core/validate";

const CHECKLIST_FIELDS = { phoneLoud: true, voicemailReady: true, erasUpdated: true, contactCurrent: true } as const;

export async function updateChecklist(ctx: UseCaseContext, applicantId: string, input: unknown) {
  const data = parseInput(checklistInput, input);
  authorize(ctx.actor, "checklist.update", { applicantId });
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    { action: "checklist.update", applicantId },
    () => allow(),
    async ({ tx }) => {
      const before = await tx.applicantProfile.findFirstOrThrow({ where: { id: applicantId, schoolId }, select: CHECKLIST_FIELDS });
      const after = await tx.applicantProfile.update({ where: { id: applicantId, schoolId }, data, select: CHECKLIST_FIELDS });
      await audit(tx, ctx.actor, { action: "checklist.update", entityType: "ApplicantProfile", entityId: applicantId, applicantId, before, after });
      return after;
    },
  );
}
