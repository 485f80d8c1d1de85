import "server-only";
// A server action called from a page's script, answered by the HTTP front (scripts/serve.ts)
// itself: the front has already refused a cross-site post and read the call's arguments
// (action-request.ts), so it reads the session, runs the action the bundle offered
// (entry/direct-calls.ts) and writes the answer Next.js would write for a call that refreshes no
// page: its result in React's Flight encoding, under the headers the browser's router reads.
// Anything it cannot vouch for (an action not offered, a session Auth.js must extend or delete)
// is left to Next.js, untouched.
import { Writable } from "node:stream";
import type { IncomingMessage, ServerResponse } from "node:http";
import { trace } from "@opentelemetry/api";
import type { ActionResult } from "@/lib/domain/action-result";
import type { Db } from "../core/db";
import { databaseUnavailable, isDatabaseUnavailable } from "../core/errors";
import { errorFields, log, recordActorForLog } from "../core/log";
import { loadSessionActor, type SessionActor } from "../auth/load-actor";
import { sessionNeedsAuthJs } from "../auth/session-cookie";
import { directCallFor, type DirectRequest } from "../entry/direct-calls";
import { reactServer } from "./action-request";
import { cookieFrom } from "./page-reuse";

/** The headers Next.js answers a server action call with (the security headers are the front's). */
const ANSWER_HEADERS = {
  "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
  "content-type": "text/x-component",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch",
};

export interface DirectActionOptions {
  db: Db;
  /** The session cookie's name (it follows AUTH_URL's protocol). */
  sessionCookie: string;
  /** The build's id (.next/BUILD_ID), which the browser's router compares with its own. */
  buildId: string;
  now?: () => number;
}

/**
 * Answers the call when the bundle offered its action and the session is one to read: true when
 * it answered. False leaves the request untouched for Next.js.
 */
export async function answerDirectly(req: IncomingMessage, res: ServerResponse, args: unknown[], options: DirectActionOptions): Promise<boolean> {
  const id = req.headers["next-action"];
  const action = typeof id === "string" ? directCallFor(id) : undefined;
  if (!action) return false;
  const sessionToken = cookieFrom(req.headers.cookie, options.sessionCookie);
  let found: SessionActor | null = null;
  let failure: unknown;
  if (sessionToken) {
    try {
      found = await loadSessionActor(options.db, sessionToken);
    } catch (error) {
      failure = error;
    }
  }
  // A session Auth.js would extend or delete is read through Auth.js, inside Next.js.
  if (found && sessionNeedsAuthJs(found.expires, (options.now ?? Date.now)())) return false;
  if (found) recordActorForLog(found.actor.userId);
  const request: DirectRequest = {
    sessionToken,
    actor: async () => {
      if (failure !== undefined) throw isDatabaseUnavailable(failure) ? databaseUnavailable(failure) : failure;
      return found?.actor ?? null;
    },
  };
  // Its span stands where Next.js's request span would, with the statements beneath it.
  const result = await trace.getTracer("soap-desk").startActiveSpan(`server action ${action.name}`, async (span) => {
    span.setAttribute("soap_desk.action", action.name);
    try {
      return await action.call(args, request);
    } finally {
      span.end();
    }
  });
  const body = await flight(result, options.buildId);
  if (res.headersSent || res.destroyed) return true;
  res.writeHead(200, { ...ANSWER_HEADERS, "content-length": body.length });
  res.end(body);
  return true;
}

/**
 * The answer Next.js gives a call that refreshes no page: the result, the rendered search and the
 * build, in React's Flight encoding. A result of plain JSON values (nearly every one) is written
 * here as React writes such values: its row, a string that starts with "$" escaped with one
 * more. Anything else (a Date, undefined, -0, a Map, …) goes through React's own renderer.
 */
export function flight(result: ActionResult<unknown>, buildId: string): Promise<Buffer> {
  if (isPlainJson(buildId, 0) && isPlainJson(result, 0)) {
    const root = `0:{"a":"$@1","q":"","i":false,"b":${JSON.stringify(buildId, escapeStrings)}}\n`;
    return Promise.resolve(Buffer.from(`${root}1:${JSON.stringify(result, escapeStrings)}\n`));
  }
  return reactFlight(result, buildId);
}

/** React's escape for a string in a Flight row: one that starts with "$" gets another. */
function escapeStrings(_key: string, value: unknown): unknown {
  return typeof value === "string" && value.startsWith("$") ? `$${value}` : value;
}

/** Nesting past this is left to React. */
const PLAIN_DEPTH = 32;

/** Whether JSON.stringify writes `value` as React's Flight does: only JSON's own values, nothing it would drop or change. */
export function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object" || depth > PLAIN_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  // React takes no other objects (not even one without a prototype).
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  return true;
}

/** The same answer through React's own Flight renderer (the copy Next.js ships). */
export function reactFlight(result: ActionResult<unknown>, buildId: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
        done();
      },
      final(done) {
        resolve(Buffer.concat(chunks));
        done();
      },
    });
    sink.on("error", reject);
    const model = { a: Promise.resolve(result), q: "", i: false, b: buildId };
    reactServer()
      .renderToPipeableStream(
        model,
        {},
        {
          onError(error) {
            log().error(errorFields(error), "a server action's answer could not be encoded");
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        },
      )
      .pipe(sink);
  });
}
