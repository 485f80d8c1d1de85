// Every server action and route handler is made by defineAction or defineRoute, which mark the
// function they return with what it is and what guards it. The list of entry points is read off
// those marks (tests/unit/entry-points.test.ts imports every entry module of app/ and fails on an
// export without one), never kept by hand.
import type { Action } from "../auth/policy";

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
}

const MARK = Symbol.for("soap-desk.entry-point");

export function mark<F extends object>(fn: F, entry: EntryPoint): F {
  Object.defineProperty(fn, MARK, { value: entry, enumerable: false });
  return fn;
}

/** The entry point a function was defined as, or undefined for a function made some other way. */
export function entryPointOf(value: unknown): EntryPoint | undefined {
  return typeof value === "function" ? (value as unknown as Record<symbol, EntryPoint | undefined>)[MARK] : undefined;
}
