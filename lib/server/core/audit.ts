import "server-only";
// Every change writes one audit row in the same transaction as the change itself.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TxClient } from "./db";
import type { Actor } from "./actor";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  applicantId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other non-JSON values become their JSON forms.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Who a row is written for: a person, or nobody's account (userId null) for a command such as `npm run school:create`. */
export type AuditActor = Pick<Actor, "schoolId"> & { userId: string | null };

export async function audit(tx: TxClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry), select: { id: true } });
}

function auditRow(actor: AuditActor, entry: AuditEntry) {
  return {
    schoolId: actor.schoolId,
    actorUserId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    applicantId: entry.applicantId ?? null,
    before: asJson(entry.before),
    after: asJson(entry.after),
    reason: entry.reason ?? null,
  };
}

/** Several entries of one change, in one statement (in the order given). */
export async function auditRows(tx: TxClient, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({ data: entries.map((entry) => auditRow(actor, entry)) });
}
