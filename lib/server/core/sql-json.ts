import "server-only";
// Pieces of the hand-written statements that answer as JSON (see sqlRows in db.ts): an instant as
// epoch milliseconds, so no process's time zone can shift it, and a list that is [] when empty.

/** A timestamp column as epoch milliseconds (a JSON number, or null). */
export const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::bigint`;

/** A `json_agg` subquery, or [] when it found no rows. */
export const jsonList = (select: string) => `COALESCE((${select}), '[]'::json)`;

/**
 * JavaScript's own Date constructor. Next.js replaces the global one with a wrapper that checks
 * each call (for prerendering, which SOAP Desk does not use) and costs several times a plain
 * `new Date(ms)`; a command's snapshot makes hundreds. The HTTP server keeps the original here
 * before it loads Next.js (keepNativeDate); the app's bundle, a separate module instance, finds it.
 */
const holder = globalThis as typeof globalThis & { soapDeskNativeDate?: DateConstructor };

/** Called before Next.js loads: keeps the process's own Date constructor for fromMs. */
export function keepNativeDate(): void {
  holder.soapDeskNativeDate ??= Date;
}

const NativeDate: DateConstructor = holder.soapDeskNativeDate ?? Date;

/** An instant read as epoch milliseconds. */
export const fromMs = (ms: number) => new NativeDate(ms);

/** An instant read as epoch milliseconds, or null. */
export const fromMsOrNull = (ms: number | null) => (ms === null ? null : new NativeDate(ms));
