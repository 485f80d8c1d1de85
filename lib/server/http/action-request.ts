import "server-only";
// Server action requests that Next.js would end with a server error (an HTTP 500 and an unhandled
// error in the log), answered by the HTTP front (scripts/serve.ts) in words before Next.js sees
// them: a post from another site, and a body React cannot decode into the action's arguments
// (not JSON, a list over React's size limit, a reference to nothing). The body is decoded here by
// the same React decoder Next.js runs on it, so what passes here decodes there too.
import { createRequire } from "node:module";
import { IncomingMessage, type IncomingHttpHeaders } from "node:http";
import type { BodyRefusal } from "./body-limit";

/** Next.js refuses a call with more arguments than this (with a server error). */
const ARGUMENTS_LIMIT = 1000;
/** A body decodes at once or never: no part of a reply waits for anything but the body itself. */
const DECODE_TIMEOUT_MS = 5_000;

const CROSS_SITE: BodyRefusal = {
  status: 403,
  title: "Nothing was saved",
  message: "This request came from another website, so SOAP Desk did not act on it. Nothing was saved.",
};

const MALFORMED: BodyRefusal = {
  status: 400,
  title: "Nothing was saved",
  message: "SOAP Desk could not read what was sent, so nothing was saved. Reload the page and try again.",
};

type Headers = IncomingHttpHeaders;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A call from a page's script: a POST with the action's id in the Next-Action header. */
export function isActionCall(method: string | undefined, headers: Headers): boolean {
  return method === "POST" && typeof headers["next-action"] === "string";
}

/**
 * A server action called from a page is answered uncompressed: its answer is a few hundred bytes,
 * and Next.js would gzip every streamed answer whatever its size (a twentieth of a write's CPU).
 * A page or a form posted without JavaScript, whose answer is the whole page, keeps compression.
 */
export function answerActionUncompressed(method: string | undefined, headers: Headers): void {
  if (isActionCall(method, headers)) delete headers["accept-encoding"];
}

/**
 * A request Next.js treats as a possible server action (a call, or a form posted without
 * JavaScript): the front reads its body before Next.js does. Route handlers under /api/ are not.
 */
export function mayBeAction(method: string | undefined, url: string | undefined, headers: Headers): boolean {
  if (method !== "POST" || (url ?? "/").startsWith("/api/")) return false;
  return isActionCall(method, headers) || (one(headers["content-type"])?.startsWith("multipart/form-data") ?? false);
}

/**
 * A possible server action whose Origin is not this server's host, as Next.js compares them (the
 * Origin's host against X-Forwarded-Host, kept only from trusted proxies, or Host). Next.js
 * refuses the same requests, but with a server error, or a crash on an Origin that is not a URL.
 */
export function refuseCrossSiteAction(method: string | undefined, url: string | undefined, headers: Headers): BodyRefusal | null {
  if (!mayBeAction(method, url, headers)) return null;
  const origin = one(headers.origin);
  // No Origin: not a browser's request, so no one else's cookies ride along (Next.js lets it through).
  if (origin === undefined) return null;
  if (origin === "null") return CROSS_SITE;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return CROSS_SITE;
  }
  const host = one(headers["x-forwarded-host"])?.split(",")[0]?.trim() || one(headers.host);
  return host && originHost === host ? null : CROSS_SITE;
}

/** What the front uses of React's server for actions: the reply decoder, and the Flight encoder. */
export interface ReactServer {
  decodeReply(body: string | FormData, serverModules: Record<string, never>, options: { temporaryReferences: unknown }): Promise<unknown>;
  createTemporaryReferenceSet(): unknown;
  renderToPipeableStream(
    model: unknown,
    clientModules: Record<string, never>,
    options: { onError(error: unknown): void },
  ): { pipe<W extends NodeJS.WritableStream>(destination: W): W };
}

let decoder: ReactServer | undefined;

/**
 * React's server for actions, from the copy Next.js ships (the Turbopack build's), loaded with the
 * server builds of React it is written for: outside Next.js, `react` resolves to the client build.
 */
export function reactServer(): ReactServer {
  if (decoder) return decoder;
  const require = createRequire(import.meta.url);
  const loader = require("node:module") as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const react = "next/dist/compiled/react/react.react-server.js";
  const serverBuilds: Record<string, string> = {
    react,
    "next/dist/compiled/react": react,
    "react-dom": "next/dist/compiled/react-dom/react-dom.react-server.js",
  };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return resolve.call(this, serverBuilds[request] ?? request, ...rest);
  };
  try {
    decoder = require("next/dist/compiled/react-server-dom-turbopack/server.node") as ReactServer;
  } finally {
    loader._resolveFilename = resolve;
  }
  return decoder;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("the body did not decode")), DECODE_TIMEOUT_MS)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Whether a decoded value holds nothing an action would fail on before its schema could refuse it:
 * a function (React's stand-in for a value the page kept, which throws when its schema looks
 * inside) anywhere in it.
 */
function holdsFunction(value: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "function") return true;
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    if (item instanceof Date || item instanceof FormData || item instanceof Blob) continue;
    if (item instanceof Map) pending.push(...item.keys(), ...item.values());
    else if (item instanceof Set) pending.push(...item.values());
    else pending.push(...Object.values(item));
  }
  return false;
}

/** A form's own fields (a no-JavaScript post) under the prefix React gives a bound action's description. */
function boundDescriptions(form: FormData): FormData[] {
  const refs = [...form.keys()].filter((key) => key.startsWith("$ACTION_REF_"));
  return refs.map((ref) => {
    const prefix = `$ACTION_${ref.slice("$ACTION_REF_".length)}:`;
    const own = new FormData();
    for (const [key, value] of form.entries()) if (key.startsWith(prefix)) own.append(key.slice(prefix.length), value);
    return own;
  });
}

async function decodes(body: string | FormData): Promise<unknown> {
  const { decodeReply, createTemporaryReferenceSet } = reactServer();
  return withTimeout(decodeReply(body, {}, { temporaryReferences: createTemporaryReferenceSet() }));
}

/** A server action's body as the front read it: refused, or passed with the call's arguments. */
export type ActionBody = { refusal: BodyRefusal } | { refusal: null; args: unknown[] | null };

/**
 * A server action's body that React cannot decode, or that decodes to something no action takes:
 * refused with 400. A call's body (text or multipart) must decode to a list of arguments; a form
 * posted without JavaScript must be a readable form, and the description of a bound action in it
 * must decode too. A call posted as text passes with its arguments (the front may answer it
 * itself: direct-action.ts); anything else passes without them.
 */
export async function readActionBody(method: string | undefined, headers: Headers, body: Buffer): Promise<ActionBody> {
  const contentType = one(headers["content-type"]) ?? "";
  try {
    const multipart = contentType.startsWith("multipart/form-data");
    const form = multipart ? await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData() : null;
    if (!isActionCall(method, headers)) {
      for (const description of form ? boundDescriptions(form) : []) {
        const decoded = await decodes(description);
        if (decoded === null || typeof decoded !== "object" || typeof (decoded as { id?: unknown }).id !== "string") return { refusal: MALFORMED };
      }
      return { refusal: null, args: null };
    }
    const args = await decodes(form ?? body.toString("utf8"));
    if (!Array.isArray(args) || args.length > ARGUMENTS_LIMIT || holdsFunction(args)) return { refusal: MALFORMED };
    return { refusal: null, args: form ? null : args };
  } catch {
    return { refusal: MALFORMED };
  }
}

/** The refusal readActionBody makes, or null when the body passes. */
export async function refuseActionBody(method: string | undefined, headers: Headers, body: Buffer): Promise<BodyRefusal | null> {
  return (await readActionBody(method, headers, body)).refusal;
}

/** The request again, its body read by the front, for Next.js to read as it would have. */
export function replayRequest(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    // Read in full: without this, Node.js takes the copy's end for an aborted upload and closes the connection.
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}
