import "server-only";
// The access log of one applicant, for the dean's office: who saw their red flags or confidential
// narrative, on which page and when, and who downloaded their whole record, newest first.
import { ACCESS_ACTIONS, describeAccess } from "@/lib/domain/privacy/access-log";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor, ActorRole } from "../core/actor";
import { authorizeApplicant } from "../auth/policy";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";

/** The most recent entries the applicant's page lists; the audit log holds every one. */
export const ACCESS_LOG_SHOWN = 50;

export interface AccessEntry {
  id: string;
  at: Date;
  /** Null for an entry written by no person's account. */
  who: { name: string; role: ActorRole } | null;
  what: string;
}

export async function getAccessLog(db: Db, actor: Actor, applicantIdInput: unknown): Promise<{ total: number; entries: AccessEntry[] }> {
  const applicantId = parseInput(idSchema, applicantIdInput);
  const { schoolId } = actor;
  return db.$transaction(
    async (tx) => {
      await authorizeApplicant(tx, actor, "dashboard.view", applicantId);
      const where = { schoolId, applicantId, action: { in: [...ACCESS_ACTIONS] } };
      const total = await tx.auditLog.count({ where });
      const rows = await tx.auditLog.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: ACCESS_LOG_SHOWN,
        select: { id: true, createdAt: true, action: true, after: true, actor: { select: { name: true, role: true } } },
      });
      return {
        total,
        entries: rows.map((row) => ({ id: row.id.toString(), at: row.createdAt, who: row.actor, what: describeAccess(row.action, row.after) })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
