// What every server action answers, and what every route handler's error body holds: one typed
// result for the whole app. Allowed (with the rules' warnings, and a message for a form), or an
// error whose code comes from one union and, for a business refusal, the rule's catalog entry.
import type { RuleCode, Warning } from "./rules/decision";

export const ERROR_CODES = [
  "RULE_REFUSED",
  "INVALID_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "CONFLICT",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
/** Why the server did not do what was asked. */
export type ErrorCode = (typeof ERROR_CODES)[number];
/** ErrorCode, or NETWORK: produced only in the browser, when the server could not be reached. */
export type ResultCode = ErrorCode | "NETWORK";

/** What a person is told when the database cannot be reached (UNAVAILABLE). */
export const DATABASE_UNAVAILABLE_MESSAGE = "SOAP Desk cannot reach its database right now. Nothing was saved; try again in a minute.";
/**
 * What a person is told when the database went away just as a save was being committed and did
 * not come back in time to say whether it kept it (UNAVAILABLE).
 */
export const DATABASE_IN_DOUBT_MESSAGE =
  "SOAP Desk lost its database just as it was saving this, and cannot tell yet whether it was kept. In a minute, reload the page and look before trying again.";
/**
 * What a person is told when a save is larger than any form takes (the HTTP front refuses it
 * before the app reads it, as text the browser's action call throws; see useServerAction).
 */
export const REQUEST_TOO_LARGE_MESSAGE =
  "That is far more than any SOAP Desk form takes (at most 6 MB at once), so nothing was saved. Shorten the text or split the file, and try again.";
/**
 * The digest an UNAVAILABLE error carries into a page's error boundary. Next.js keeps a thrown
 * error's own digest but, in production, replaces its message: this is how app/error.tsx knows.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "SOAP_DESK_DATABASE_UNAVAILABLE";

/** A business refusal: the rule's stable code, its plain-English reason and the next step. */
export interface RefusalBody {
  ruleCode: RuleCode;
  reason: string;
  next: string;
  overridable: boolean;
}

export type ActionOk<T = undefined> = {
  ok: true;
  warnings: Warning[];
  /** What a form announces (e.g. "Invitation sent to ..."). */
  message?: string;
  /** Done, but something around it failed (the email could not be sent): shown as a warning. */
  notice?: string;
  data?: T;
  /**
   * Something on the page changed: the browser fetches the page afresh (useServerAction). The
   * answer itself carries only the result, so a write is acknowledged without waiting for a
   * re-render of the whole page.
   */
  refresh?: true;
};

export type ActionError = {
  ok: false;
  code: ResultCode;
  message: string;
  rule?: RefusalBody;
  fieldErrors?: Record<string, string[]>;
  /** What the person typed, given back to a form so nothing is lost. */
  values?: Record<string, string>;
};

export type ActionResult<T = undefined> = ActionOk<T> | ActionError;

/**
 * The input as a caller may send it: the schema's field names, with any values (a form's strings,
 * an unchecked box), since the server parses and answers INVALID_INPUT with a message per field.
 */
export type LooseInput<I> = I extends object ? { [K in keyof I]?: unknown } : unknown;

/** A server action as components call it: with the input, or as a form action (useActionState). */
export interface ServerAction<I, D = undefined> {
  (previous: ActionResult<D> | null, form: FormData): Promise<ActionResult<D>>;
  // Last, so that generic hooks infer the input type from it.
  (input: LooseInput<I>): Promise<ActionResult<D>>;
}

/** The first message for one field, if any. */
export function fieldError(result: ActionResult<unknown> | null, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}

/** What the person typed into a field before an error, to put back. */
export function fieldValue(result: ActionResult<unknown> | null, field: string): string | undefined {
  return result && !result.ok ? result.values?.[field] : undefined;
}

/**
 * A module's server actions by name without their "Action" suffix, each typed as its definition
 * makes it: what a component is handed is derived from the actions themselves, never restated.
 */
export type ActionsOf<M> = { [K in keyof M as K extends `${infer Name}Action` ? Name : never]: M[K] };
