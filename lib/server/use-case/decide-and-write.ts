import "server-only";
// The one path every write takes: lock the applicant, check that this actor may act on this
// applicant (before anything about them is read), load the snapshot, ask the rules, then write
// the change and its audit rows in the same transaction. A refusal throws, which rolls back
// everything, so a refused write leaves no row and no audit entry.
import type { Decision, Warning } from "@/lib/domain/rules/decision";
import type { ApplicantSnapshot } from "@/lib/domain/snapshot";
import type { Actor } from "../core/actor";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { refused } from "../core/errors";
import { withApplicantLock } from "./lock-applicant";
import { loadApplicantSnapshot } from "./load-applicant-snapshot";
import { audit } from "../core/audit";
import { authorizeApplicant, type Action } from "../auth/policy";

export interface UseCaseContext {
  db: Db;
  clock: Clock;
  actor: Actor;
}

export interface Decided<T> {
  result: T;
  warnings: Warning[];
}

export interface WriteArgs {
  tx: TxClient;
  snapshot: ApplicantSnapshot;
  now: Date;
  /** Dean overrides the decision relied on (already marked used). */
  usedOverrideIds: string[];
}

/** The action being taken and the applicant it touches. */
export interface ActingOn {
  action: Action;
  applicantId: string;
}

export async function decideAndWrite<T>(
  ctx: UseCaseContext,
  { action, applicantId }: ActingOn,
  decide: (snapshot: ApplicantSnapshot, now: Date, tx: TxClient) => Decision | Promise<Decision>,
  write: (args: WriteArgs) => Promise<T>,
): Promise<Decided<T>> {
  const { actor } = ctx;
  return withApplicantLock(ctx.db, actor.schoolId, applicantId, async (tx) => {
    await authorizeApplicant(tx, actor, action, applicantId);
    const now = ctx.clock.now();
    const snapshot = await loadApplicantSnapshot(tx, actor.schoolId, applicantId);
    const decision = await decide(snapshot, now, tx);
    if (!decision.ok) {
      throw refused({ ruleCode: decision.code, reason: decision.reason, next: decision.next, overridable: decision.overridable });
    }
    if (decision.usedOverrideIds.length > 0) {
      await tx.override.updateMany({ where: { id: { in: decision.usedOverrideIds }, schoolId: actor.schoolId }, data: { usedAt: now } });
      for (const id of decision.usedOverrideIds) {
        await audit(tx, actor, { action: "override.used", entityType: "Override", entityId: id, applicantId });
      }
    }
    const result = await write({ tx, snapshot, now, usedOverrideIds: decision.usedOverrideIds });
    return { result, warnings: decision.warnings };
  });
}
