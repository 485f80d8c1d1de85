import "server-only";
// Writes a target list's new dense ranks, touching only the programs whose rank changed. Shared
// by reordering and by removing a program (the ranks below it move up); each caller audits.
import type { Actor } from "@/lib/server/core/actor";
import type { TxClient } from "@/lib/server/core/db";
import { denseRanks } from "@/lib/domain/applicant/reorder";

export async function writeRanks(tx: TxClient, actor: Actor, applicantId: string, order: string[], current: Map<string, number>) {
  for (const { programId, rank } of denseRanks(order)) {
    if (current.get(programId) === rank) continue;
    await tx.target.update({ where: { applicantId_programId: { applicantId, programId }, schoolId: actor.schoolId }, data: { rank } });
  }
}
