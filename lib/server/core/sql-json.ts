import "server-only";
// Pieces of the hand-written statements that answer as JSON (see sqlRows in db.ts): an instant as
// epoch milliseconds, so no process's time zone can shift it, and a list that is [] when empty.

/** A timestamp column as epoch milliseconds (a JSON number, or null). */
export const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint`;

/** A `json_agg` subquery, or [] when it found no rows. */
export const jsonList = (select: string) => `COALESCE((${select}), '[]'::json)`;

/** An instant read as epoch milliseconds. */
export const fromMs = (ms: number) => new Date(ms);

/** An instant read as epoch milliseconds, or null. */
export const fromMsOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));
