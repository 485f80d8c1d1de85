import "server-only";
// What a use case works with: the context its entry point admitted. Only the entry point's guard
// (guard.ts) makes one, after it parsed the input and checked the actor; a use case takes it as
// proof and neither parses nor authorizes again. A context made any other way is refused at run
// time (the WeakSet below), and tests/unit/one-pass.test.ts keeps every other module from
// importing the maker.
import type { Action } from "../auth/policy";
import type { Actor } from "../core/actor";
import type { Clock } from "../core/clock";
import type { Db } from "../core/db";

export interface Admitted {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: Actor;
  /** The action the entry point admitted the actor for (its guard), or null for "signed-in". */
  readonly action: Action | null;
  /** The applicant it acts on, or null. */
  readonly applicantId: string | null;
  /**
   * Whether the actor's right to this applicant is still to be checked: a command checks it once,
   * in the statement that locks the applicant (run-command.ts), so an assignment ended a
   * moment before counts; a read was checked by the guard.
   */
  readonly applicantAccess: "checked" | "in-lock" | "none";
}

const made = new WeakSet<Admitted>();

/** The guard's seal. Nothing but guard.ts calls it. */
export function sealAdmitted(fields: Admitted): Admitted {
  const admitted = Object.freeze({ ...fields });
  made.add(admitted);
  return admitted;
}

function isAdmitted(value: unknown): value is Admitted {
  return typeof value === "object" && value !== null && made.has(value as Admitted);
}

const accessChecked = new WeakSet<Admitted>();

/** runCommand made the in-lock check of an "in-lock" context. */
export function markAccessChecked(admitted: Admitted): void {
  accessChecked.add(admitted);
}

/**
 * After a command ran: an "in-lock" context whose check never happened means the entry point was
 * declared a command but its use case bypassed runCommand. Its answer is refused.
 */
export function assertAccessChecked(admitted: Admitted): void {
  if (admitted.applicantAccess === "in-lock" && !accessChecked.has(admitted)) {
    throw new Error("A command's use case never checked the actor's right to the applicant in its lock.");
  }
}

/** A use case's first line of defence against being called around its entry point. */
export function assertAdmitted(value: unknown): asserts value is Admitted {
  if (!isAdmitted(value)) throw new Error("A use case ran with a context its entry point did not admit.");
}
