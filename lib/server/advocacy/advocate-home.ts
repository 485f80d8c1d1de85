// An advocate's applicants and, for each, the list with the advocate's connected programs first
// and a clear state per program. Only programs on their applicants' lists are shown (SPEC 5).
import { ADVOCATE_STATE_LABELS, advocateProgramState } from "@/lib/domain/advocate-view";
import { claimFor } from "@/lib/domain/snapshot-queries";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";

export async function getAdvocateHome(db: Db, actor: Actor, now: Date) {
  const advocateId = actor.advocateId;
  if (!advocateId) throw new AppError("FORBIDDEN", "Only advocates have this page.");
  authorize(actor, "advocate.home.view");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    const profile = await tx.advocateProfile.findFirstOrThrow({
      where: { id: advocateId, schoolId },
      select: { title: true, kind: true, connections: { select: { programId: true, kind: true } } },
    });
    const assignments = await tx.advocateAssignment.findMany({
      where: { schoolId, advocateId, active: true },
      select: { applicantId: true },
      orderBy: { assignedAt: "asc" },
    });
    const connected = new Map(profile.connections.map((c) => [c.programId, c.kind]));
    const applicants = [];
    for (const { applicantId } of assignments) {
      const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
      const narrative = await tx.narrative.findFirst({ where: { schoolId, applicantId }, orderBy: { version: "desc" } });
      const programs = snapshot.targets
        .map((t) => {
          const program = snapshot.programs[t.programId];
          const state = advocateProgramState(snapshot, advocateId, t.programId, now);
          return {
            programId: t.programId,
            name: program?.name ?? "Unknown program",
            specialty: program?.specialty ?? "",
            prefersEmail: program?.prefersEmail ?? false,
            // Who holds it, when someone else does: the advocate coordinates with them.
            holder: state === "claimed-by-other" ? (claimFor(snapshot, t.programId)?.advocateName ?? null) : null,
            rank: t.rank,
            connection: connected.get(t.programId) ?? null,
            state,
            stateLabel: ADVOCATE_STATE_LABELS[state],
          };
        })
        .sort((a, b) => Number(b.connection !== null) - Number(a.connection !== null) || a.rank - b.rank);
      applicants.push({ applicantId, fullName: snapshot.fullName, specialty: snapshot.specialty, redFlags: snapshot.redFlags, narrative, programs });
    }
    return { school, profile, applicants };
  });
}
