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
