import "server-only";
// Zod at the edge: bad input becomes one INVALID_INPUT error with a message per field.
import type { z } from "zod";
import { AppError } from "./errors";

const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields",
  date: "a date",
};

function kindOf(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a set of fields";
  return KINDS[typeof value] ?? typeof value;
}

/**
 * What zod would say in its own words (only for input no form of ours sends: a missing field, a
 * number for a text, not an object at all), said as a sentence that names the field. Every
 * message a schema gives itself is kept.
 */
function plainIssue(issue: z.core.$ZodRawIssue): string {
  const where = issue.path && issue.path.length > 0 ? `The field "${issue.path.join(".")}"` : "The input";
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return `${where} is missing.`;
    return `${where} should be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}.`;
  }
  if (issue.code === "too_big" || issue.code === "too_small") {
    const bound = issue.code === "too_big" ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
    const unit = issue.origin === "string" ? " characters" : issue.origin === "array" || issue.origin === "set" ? " items" : "";
    return `${where} is too ${issue.code === "too_big" ? "big" : "small"}: ${bound}${unit}.`;
  }
  if (issue.code === "invalid_format") return `${where} is not in the expected format.`;
  if (issue.code === "invalid_value") return `${where} is not one of the choices.`;
  if (issue.code === "unrecognized_keys") return `${where} has fields that are not expected.`;
  return `${where} is not valid.`;
}

const NUL_MESSAGE = "Text cannot contain the NUL character (U+0000); remove it and try again.";

/** Where the input holds a NUL character, which PostgreSQL text cannot store (and no form sends). */
function nulAt(value: unknown, path: string[], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "_" : null;
  if (depth > 8 || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulAt(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulAt(input, []);
  if (nul !== null) throw new AppError("INVALID_INPUT", NUL_MESSAGE, { fieldErrors: { [nul]: [NUL_MESSAGE] } });
  const parsed = schema.safeParse(input, { error: plainIssue });
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = parsed.error.issues[0]?.message ?? "The input is not valid.";
  throw new AppError("INVALID_INPUT", first, { fieldErrors });
}

// A couple of minutes of grace for a phone whose clock runs a little ahead of the server's.
const CLOCK_GRACE_MS = 2 * 60_000;

/** Something that happened cannot have happened later than now. */
export function assertNotInFuture(at: Date, now: Date, field: string, what: string): void {
  if (at.getTime() > now.getTime() + CLOCK_GRACE_MS) {
    const message = `${what} cannot be in the future. Enter when it actually happened.`;
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { [field]: [message] } });
  }
}
