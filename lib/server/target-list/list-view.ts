// What the list page reads: the ranked targets with their programs, the applied count and the
// school's list-size policy, for the applicant's own record only.
import { acceptedProgramName, appliedCount } from "@/lib/domain/snapshot-queries";
import type { Actor } from "@/lib/server/core/actor";
import type { Db } from "@/lib/server/core/db";
import { loadApplicantSnapshot } from "@/lib/server/use-case/load-applicant-snapshot";
import { PROGRAM_SUMMARY } from "./program-summary";
import { ownApplicantScope } from "@/lib/server/applicant/own-applicant-scope";

export async function getListView(db: Db, actor: Actor) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "workspace.view");
  return db.$transaction(async (tx) => {
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const targets = await tx.target.findMany({ where: { schoolId, applicantId }, orderBy: { rank: "asc" }, include: { program: { select: PROGRAM_SUMMARY } } });
    const touches = new Map<string, number>();
    for (const c of snapshot.contacts) touches.set(c.programId, (touches.get(c.programId) ?? 0) + 1);
    return {
      policy: snapshot.policy,
      applied: appliedCount(snapshot),
      acceptedProgram: acceptedProgramName(snapshot),
      targets: targets.map((t) => ({
        programId: t.programId,
        rank: t.rank,
        priority: t.priority,
        appliedAt: t.appliedAt ? t.appliedAt.toISOString() : null,
        program: t.program,
        claimedBy: snapshot.claims.find((c) => c.programId === t.programId)?.advocateName ?? null,
        touches: touches.get(t.programId) ?? 0,
      })),
    };
  });
}
