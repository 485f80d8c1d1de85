import "server-only";
// Auth.js catches every error while it looks a session up (it logs SessionTokenError and answers
// "no session"), so a database that cannot be reached would read as "signed out". The adapter
// notes such a failure here, for the request that asked, and currentActor() raises it instead.
import { AsyncLocalStorage } from "node:async_hooks";
import { isDatabaseUnavailable } from "../core/errors";

interface Watch {
  failure?: unknown;
}

const watches = new AsyncLocalStorage<Watch>();

/** Runs a session lookup; answers what it returned and the database failure it hid, if any. */
export async function watchSessionLookup<T>(lookup: () => Promise<T>): Promise<{ value: T; failure: unknown }> {
  const watch: Watch = {};
  const value = await watches.run(watch, lookup);
  return { value, failure: watch.failure };
}

/** Called by the adapter when a session lookup failed: remembered when the database was unreachable. */
export function noteSessionLookupFailure(error: unknown): void {
  const watch = watches.getStore();
  if (watch && watch.failure === undefined && isDatabaseUnavailable(error)) watch.failure = error;
}
