import "server-only";
// Every server action and route handler is made by defineAction or defineRoute, which mark the
// function they return with what it is and what guards it. The list of entry points is read off
// those marks (tests/unit/entry-points.test.ts imports every entry module of app/ and fails on an
// export without one), never kept by hand.
import { EVERY_ROLE, type Action } from "../auth/policy";
import type { ActorRole } from "../core/actor";

/**
 * What an entry point checks before it runs: a can() action (the role, and the applicant it
 * touches when it names one), a signed-in user of any role, or nothing (sign-in itself).
 */
export type Guard = Action | "signed-in" | "public";

export interface EntryPoint {
  kind: "action" | "route";
  /** Unique, "<feature>.<verb>", e.g. "targets.add". */
  name: string;
  guard: Guard;
  /** Which applicant it acts on: the applicant actor's own record, or one the input names. */
  applicant: "own" | "input" | "none";
  /** The roles whose screens offer it; every other role is refused (every role for "signed-in" and "public"). */
  roles: readonly ActorRole[];
  /**
   * A command on the applicant: its use case runs through runCommand, which checks the actor's
   * right to the applicant once, in the statement that locks them, instead of the guard.
   */
  command: boolean;
}

/**
 * What a definition says of who may use it. Guarded by a can() action, it names the roles whose
 * screens offer it: the table may grant the same action to another role for its own screens.
 */
export type Screens<G extends Guard> = G extends Action ? { roles: readonly [ActorRole, ...ActorRole[]] } : { roles?: undefined };

/** How an entry point is defined, in what its mark records (kind aside). */
export interface Declared<P> {
  name: string;
  guard: Guard;
  applicant?: "own" | ((input: P) => string);
  roles?: readonly ActorRole[];
  command?: boolean;
}

const MARK = Symbol.for("soap-desk.entry-point");

/** The entry point a definition declares. */
export function entryPoint<P>(kind: EntryPoint["kind"], { name, guard, applicant, roles, command }: Declared<P>): EntryPoint {
  return { kind, name, guard, applicant: applicant === "own" ? "own" : applicant ? "input" : "none", roles: roles ?? EVERY_ROLE, command: command === true };
}

export function mark<F extends object>(fn: F, entry: EntryPoint): F {
  Object.defineProperty(fn, MARK, { value: entry, enumerable: false });
  return fn;
}

/** The entry point a function was defined as, or undefined for a function made some other way. */
export function entryPointOf(value: unknown): EntryPoint | undefined {
  return typeof value === "function" ? (value as unknown as Record<symbol, EntryPoint | undefined>)[MARK] : undefined;
}
