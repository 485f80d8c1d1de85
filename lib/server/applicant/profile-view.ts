import "server-only";
// What the profile page reads: profile, red flags, checklist, the narrative's latest version and
// the strategy the rules derive, for the applicant's own record only.
import { strategyFor } from "@/lib/domain/rules/strategy";
import { checklistMissing, hasAcceptedOffer } from "@/lib/domain/snapshot-queries";
import type { Actor } from "@/lib/server/core/actor";
import type { Db } from "@/lib/server/core/db";
import { loadApplicantSnapshot } from "@/lib/server/use-case/load-applicant-snapshot";
import { ownApplicantScope } from "@/lib/server/applicant/own-applicant-scope";

export async function getProfileView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const profile = await tx.applicantProfile.findFirstOrThrow({
      where: { id: applicantId, schoolId },
      select: {
        aamcId: true,
        degreeType: true,
        step2Score: true,
        specialty: true,
        phone: true,
        redFlags: { select: { kind: true, context: true }, orderBy: { createdAt: "asc" } },
      },
    });
    const narrative = await tx.narrative.findFirst({
      where: { schoolId, applicantId },
      orderBy: { version: "desc" },
      include: { author: { select: { name: true } } },
    });
    const versions = await tx.narrative.count({ where: { schoolId, applicantId } });
    return {
      profile,
      checklist: snapshot.checklist,
      checklistMissing: checklistMissing(snapshot),
      /** After a binding acceptance there is no outreach left to get ready for. */
      accepted: hasAcceptedOffer(snapshot.offers),
      strategy: strategyFor(snapshot, snapshot.policy),
      policy: snapshot.policy,
      narrative: narrative
        ? {
            version: narrative.version,
            strengths: narrative.strengths,
            weaknessContext: narrative.weaknessContext,
            reliability: narrative.reliability,
            author: narrative.author.name,
            savedAt: narrative.createdAt,
          }
        : null,
      versions,
    };
  });
}
