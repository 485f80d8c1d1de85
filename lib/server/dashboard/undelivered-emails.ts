import "server-only";
// Emails the outbox gave up on after its retries: the dean's office sees whom a task or nudge did
// not reach by email, so someone can call them instead.
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";

export async function listUndeliveredEmails(db: Db, actor: Actor, limit = 20) {
  authorize(actor, "dashboard.view");
  return db.outboxEmail.findMany({
    where: { schoolId: actor.schoolId, status: "FAILED" },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, toAddress: true, subject: true, lastError: true, attempts: true, updatedAt: true },
  });
}
