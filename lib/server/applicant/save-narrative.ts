import "server-only";
// The applicant's one shared narrative, versioned: each save is a new row with version + 1 and
// its author. The applicant and their assigned advocates may write it (the NOT_ASSIGNED rule).
import type { z } from "zod";
import { decideSaveNarrative, nextNarrativeVersion, type NarrativeAuthor } from "@/lib/domain/rules/decide/save-narrative";
import { narrativeInput } from "@/lib/domain/schemas";
import { audit } from "../core/audit";
import { AppError } from "../core/errors";
import { commandApplicant, decideAndWrite } from "../use-case/decide-and-write";
import type { Admitted } from "../entry/admitted";

export async function saveNarrative(ctx: Admitted, data: z.output<typeof narrativeInput>) {
  const applicantId = commandApplicant(ctx);
  const { actor } = ctx;
  let author: NarrativeAuthor;
  if (actor.role === "APPLICANT") author = { role: "APPLICANT" };
  else if (actor.role === "ADVOCATE" && actor.advocateId) author = { role: "ADVOCATE", advocateId: actor.advocateId };
  else throw new AppError("FORBIDDEN", "Only the applicant and their advocates write the narrative.");
  return decideAndWrite(
    ctx,
    (snapshot) => decideSaveNarrative(snapshot, author),
    async ({ tx }) => {
      const latest = await tx.narrative.findFirst({
        where: { schoolId: actor.schoolId, applicantId },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const narrative = await tx.narrative.create({
        data: {
          schoolId: actor.schoolId,
          applicantId,
          version: nextNarrativeVersion(latest?.version ?? null),
          strengths: data.strengths,
          weaknessContext: data.weaknessContext,
          reliability: data.reliability,
          authorUserId: actor.userId,
        },
      });
      await audit(tx, actor, { action: "narrative.save", entityType: "Narrative", entityId: narrative.id, applicantId, before: latest, after: narrative });
      return narrative;
    },
  );
}
