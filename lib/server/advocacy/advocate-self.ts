import "server-only";
// The signed-in advocate as the rules see them: their kind and their recorded connections.
import type { AdvocateSelf } from "@/lib/domain/advocate-view";
import type { ConnectionKind } from "@/lib/domain/types";
import type { Actor } from "../core/actor";
import type { TxClient } from "../core/db";
import { AppError } from "../core/errors";

export function advocateIdOf(actor: Actor): string {
  if (actor.role !== "ADVOCATE" || !actor.advocateId) throw new AppError("FORBIDDEN", "Only advocates have this page.");
  return actor.advocateId;
}

export async function loadAdvocateSelf(tx: TxClient, actor: Actor) {
  return loadAdvocateSelfById(tx, actor.schoolId, advocateIdOf(actor));
}

/** The same for an advocate named by id (a job working for every advocate of a school). */
export async function loadAdvocateSelfById(tx: TxClient, schoolId: string, advocateId: string) {
  const profile = await tx.advocateProfile.findFirstOrThrow({
    where: { id: advocateId, schoolId },
    select: { title: true, kind: true, connections: { select: { programId: true, kind: true } } },
  });
  const connections = new Map<string, ConnectionKind[]>();
  for (const c of profile.connections) connections.set(c.programId, [...(connections.get(c.programId) ?? []), c.kind]);
  const self: AdvocateSelf = { advocateId, kind: profile.kind, connections };
  return { self, title: profile.title };
}
