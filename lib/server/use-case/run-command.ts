import "server-only";
// The one path every rule-checked write takes: lock the applicant and, in the same statement,
// check the admitted actor's right to them (before anything about them is read), read the
// snapshot and the command's facts in one statement, ask the pure plan, then apply it with its
// audit rows in the same transaction. A refusal throws, which rolls back everything, so a refused
// write leaves no row and no audit entry. The context comes from the entry point (entry/admitted.ts), which already parsed the
// input and checked the actor's role: nothing here parses or authorizes a second time.
import type { Warning } from "@/lib/domain/rules/decision";
import type { Actor } from "../core/actor";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { notFound, refused } from "../core/errors";
import { assertAdmitted, markAccessChecked, type Admitted } from "../entry/admitted";
import { withApplicantLock } from "./lock-applicant";
import { loadCommandFacts, type CommandFacts, type FactsWanted } from "./load-applicant-snapshot";
import { applyPlan, type Applied } from "./apply-plan";
import type { Planned } from "@/lib/domain/plans/plan";
import { can } from "../auth/policy";

/**
 * What a use case that acts on no applicant works with (settings, invitations, the person's own
 * notifications). A command on an applicant takes the Admitted context instead.
 */
export interface UseCaseContext {
  db: Db;
  clock: Clock;
  actor: Actor;
}

export interface Decided<T> {
  result: T;
  warnings: Warning[];
}

/** The applicant a command acts on: the one its entry point admitted. */
export function commandApplicant(cmd: Admitted): string {
  assertAdmitted(cmd);
  if (cmd.applicantId === null || cmd.action === null) throw new Error("This command was admitted for no applicant.");
  return cmd.applicantId;
}

/** Locks the applicant and makes a command's access check, once, in that same statement. */
async function lockedFor<T>(cmd: Admitted, work: (tx: TxClient, applicantId: string, now: Date) => Promise<T>): Promise<T> {
  const applicantId = commandApplicant(cmd);
  const { actor, action } = cmd;
  return withApplicantLock(cmd.db, actor.schoolId, applicantId, async ({ tx, activeAdvocateIds }) => {
    // The lock found the applicant in the actor's school and read who is assigned to them. Anyone
    // who may not act hears "not found", as for an applicant that does not exist.
    if (cmd.applicantAccess === "in-lock") {
      if (!can(actor, action!, { applicantId, activeAdvocateIds })) throw notFound("That applicant");
      markAccessChecked(cmd);
    }
    return work(tx, applicantId, cmd.clock.now());
  });
}

/**
 * A command in one pass: under the lock, read the snapshot and the facts it wants in one
 * statement, ask the pure decider for a plan, write the plan (apply-plan.ts), and answer.
 */
export async function runCommand<R>(
  cmd: Admitted,
  wanted: FactsWanted,
  decide: (facts: CommandFacts, now: Date) => Planned,
  answer: (applied: Applied, facts: CommandFacts) => R,
): Promise<Decided<R>> {
  return lockedFor(cmd, async (tx, applicantId, now) => {
    const facts = await loadCommandFacts(tx, cmd.actor.schoolId, applicantId, wanted);
    const planned = decide(facts, now);
    if (!planned.ok) throw refused({ ruleCode: planned.code, reason: planned.reason, next: planned.next, overridable: planned.overridable });
    const applied = await applyPlan({ tx, actor: cmd.actor, applicantId, now, policy: facts.snapshot.policy }, planned.plan);
    return { result: answer(applied, facts), warnings: planned.warnings };
  });
}
