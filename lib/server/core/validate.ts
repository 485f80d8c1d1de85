// Zod at the edge: bad input becomes one INVALID_INPUT error with a message per field.
import type { z } from "zod";
import { AppError } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
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
