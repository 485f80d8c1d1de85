import "server-only";
// Every change writes one audit row in the same transaction as the change itself.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlRows, type TxClient } from "./db";
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

/**
 * Several entries of one change, in one hand-written statement (in the order given), sent on the
 * transaction's own connection (sqlRows). The entry's moment is the database's clock as
 * Prisma's default gives it, written as UTC. `alongside`, a data-modifying statement (by its name) whose
 * parameters start at $1, goes in the same statement as its WITH clause: the row the entries
 * speak of and the entries are written together.
 */
export async function auditRows(
  tx: TxClient,
  actor: AuditActor,
  entries: AuditEntry[],
  alongside?: { name: string; text: string; values: unknown[] },
): Promise<void> {
  if (entries.length === 0) return;
  const values = [actor.schoolId, actor.userId, JSON.stringify(entries.map((entry) => auditRow(actor, entry))), new Date().toISOString()];
  if (!alongside) {
    await sqlRows(tx, { name: "soap_desk_audit_rows", text: AUDIT_ROWS_SQL, values });
    return;
  }
  const first = alongside.values.length + 1;
  await sqlRows(tx, {
    name: `${alongside.name}_audited`,
    text: `WITH written AS (${alongside.text})\n${auditRowsSql(first)}`,
    values: [...alongside.values, ...values],
  });
}

/** The school, the person (or null), the rows as a JSON array (auditRow's fields) and the moment (ISO, UTC): $first to $first+3. */
function auditRowsSql(first: number): string {
  const [school, person, rows, moment] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `
  INSERT INTO audit_logs (school_id, actor_user_id, action, entity_type, entity_id, applicant_id, before, after, reason, created_at)
  SELECT ${school}, ${person}, e.action, e."entityType", e."entityId", e."applicantId", e.before, e.after, e.reason, ${moment}::timestamptz AT TIME ZONE 'UTC'
  FROM ROWS FROM (json_to_recordset(${rows}::json) AS (action text, "entityType" text, "entityId" text, "applicantId" text, before jsonb, after jsonb, reason text))
    WITH ORDINALITY AS e(action, "entityType", "entityId", "applicantId", before, after, reason, n)
  ORDER BY e.n`;
}

const AUDIT_ROWS_SQL = auditRowsSql(1);
