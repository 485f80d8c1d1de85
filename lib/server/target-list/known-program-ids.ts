import "server-only";
// The snapshot holds the programs the applicant already touches; a new program id from a form is
// added only when it exists in the actor's school, so the rules can refuse an unknown one.
import type { ApplicantSnapshot } from "@/lib/domain/snapshot";
import type { TxClient } from "../core/db";

export async function knownProgramIds(tx: TxClient, schoolId: string, snapshot: ApplicantSnapshot, programIds: string[]) {
  const missing = programIds.filter((id) => !snapshot.programs[id]);
  if (missing.length === 0) return snapshot;
  const found = await tx.program.findMany({
    where: { schoolId, id: { in: missing } },
    select: { id: true, name: true, specialty: true, tier: true, setting: true, positionType: true, prefersEmail: true },
  });
  const programs = { ...snapshot.programs };
  for (const program of found) programs[program.id] = program;
  return { ...snapshot, programs };
}
