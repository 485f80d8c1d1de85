import "server-only";
// The request's id as the HTTP server (scripts/serve.ts) set it on the request, for pages and
// server actions to step back into the request's log context (lib/server/core/log.ts): Next.js
// runs them in a clean async context of their own.
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "../core/log";

/** The request id header, or null outside a request (a script, a test calling the code directly). */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    return null;
  }
}
