import "server-only";
// The reachability checklist (phone rings loud, voicemail, ERAS documents, contact details): each
// box saved as it is ticked, with its audit row.
import type { z } from "zod";
import { allow } from "@/lib/domain/rules/decision";
import { checklistInput } from "@/lib/domain/schemas";
import { audit } from "@/lib/server/core/audit";
import { commandApplicant, decideAndWrite } from "@/lib/server/use-case/decide-and-write";
import type { Admitted } from "@/lib/server/entry/admitted";

const CHECKLIST_FIELDS = { phoneLoud: true, voicemailReady: true, erasUpdated: true, contactCurrent: true } as const;

export async function updateChecklist(ctx: Admitted, data: z.output<typeof checklistInput>) {
  const applicantId = commandApplicant(ctx);
  const { schoolId } = ctx.actor;
  return decideAndWrite(
    ctx,
    () => allow(),
    async ({ tx }) => {
      const before = await tx.applicantProfile.findFirstOrThrow({ where: { id: applicantId, schoolId }, select: CHECKLIST_FIELDS });
      const after = await tx.applicantProfile.update({ where: { id: applicantId, schoolId }, data, select: CHECKLIST_FIELDS });
      await audit(tx, ctx.actor, { action: "checklist.update", entityType: "ApplicantProfile", entityId: applicantId, applicantId, before, after });
      return after;
    },
  );
}
