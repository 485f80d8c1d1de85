import "server-only";
// The dean's dashboard, rendered once and served again to the same session until something in
// the school changes (lib/server/live/rendered-pages.ts) or a few seconds pass. Rendering 300
// applicants' rows costs the server tens of milliseconds; serving the kept page costs one read of
// the session and a copy.
//
// A page is kept only when nothing about the request could make Next.js render it differently:
// a full page load (not a client navigation's data request) by a session that is only to be read
// (not expired, not due to be extended), whose person has the page's role; the same session, the
// same person exactly as the session reads now, and the same address. Only a 200 answer without
// cookies is kept. It is kept compressed with a hole where the script nonce goes, and every
// answer, the first included, carries its own request's nonce.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Db } from "../core/db";
import type { ActorRole } from "../core/actor";
import { loadSessionActor } from "../auth/load-actor";
import { sessionNeedsAuthJs } from "../auth/session-cookie";
import { recordActorForLog, REQUEST_ID_HEADER } from "../core/log";
import type { KeptPage, RenderedPages } from "../live/rendered-pages";
import { gzipWith, spliceGzip, type SplicedGzip } from "./spliced-gzip";

/** The pages served again, and the role each is for. */
export const REUSED_PAGES: ReadonlyMap<string, ActorRole> = new Map([["/dean", "DEAN"]]);

/** A client navigation's request for page data, whose answer depends on these headers. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];

/** What a kept page's answer repeats of the first one's headers: the ones Next.js set. */
const NOT_REPEATED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie"]);

export interface PageBody {
  status: number;
  headers: [string, number | string | string[]][];
  gzip: SplicedGzip;
}

export interface PageReuseOptions {
  db: Db;
  pages: RenderedPages<PageBody>;
  /** The session cookie's name (it follows AUTH_URL's protocol). */
  sessionCookie: string;
  now?: () => number;
}

/** The role of a page that may be kept, for this request, or null. */
export function reusedPageRole(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): ActorRole | null {
  if (method !== "GET" || !url) return null;
  const role = REUSED_PAGES.get(url.split("?", 1)[0]!);
  if (!role) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // A kept page is gzip: a client that cannot take it is served by Next.js as before.
  return acceptsGzip(headers["accept-encoding"]) ? role : null;
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return coding === "gzip" && (q === undefined || Number(q) > 0);
  });
}

/** A cookie's value from the request's Cookie header. */
export function cookieFrom(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

/**
 * Serves the request from a kept page, or has Next.js (`pass`) render it and keeps the result
 * when it may. Anything it cannot vouch for goes to `pass` untouched.
 */
export async function servePage(
  req: IncomingMessage,
  res: ServerResponse,
  nonce: string,
  options: PageReuseOptions,
  pass: (req: IncomingMessage) => void,
): Promise<void> {
  const role = reusedPageRole(req.method, req.url, req.headers);
  const token = role ? cookieFrom(req.headers.cookie, options.sessionCookie) : null;
  if (!role || !token) return pass(req);
  const found = await loadSessionActor(options.db, token).catch(() => null);
  const now = (options.now ?? Date.now)();
  // Anything else (signed out, an expired or due session, another role, a database error) is
  // Next.js's to answer, as it would without this.
  if (!found || sessionNeedsAuthJs(found.expires, now) || found.actor.role !== role) return pass(req);
  const { actor } = found;
  const requestId = req.headers[REQUEST_ID_HEADER];
  recordActorForLog(actor.userId, typeof requestId === "string" ? requestId : null);
  const key = `${createHash("sha256").update(token).digest("base64url")} ${req.url}`;
  const fingerprint = JSON.stringify(actor);
  const kept = options.pages.find(key, actor.schoolId, fingerprint);
  if (kept) return sendKept(res, kept.body, nonce);
  // The same page already being rendered for this session: its result, not a second render.
  const rendering = options.pages.rendering(key, actor.schoolId, fingerprint);
  if (rendering) {
    const page = await rendering;
    return page ? sendKept(res, page.body, nonce) : pass(req);
  }

  const generation = options.pages.generation(actor.schoolId);
  const finish = options.pages.startRendering(key, fingerprint, generation);
  // A render whose answer never ends (the client went away) is not waited for.
  res.once("close", () => finish(null));
  const setBefore = new Set(res.getHeaderNames());
  // Next.js answers uncompressed, so that the page can be kept; it is compressed here.
  delete req.headers["accept-encoding"];
  captureAnswer(res, (status, body) => {
    const headers = Object.entries(res.getHeaders()).filter(
      (entry): entry is [string, number | string | string[]] => entry[1] !== undefined && !setBefore.has(entry[0]) && !NOT_REPEATED.has(entry[0]),
    );
    const keepable = status === 200 && !res.hasHeader("set-cookie") && /^text\/html\b/.test(String(res.getHeader("content-type") ?? ""));
    if (!keepable) {
      finish(null);
      return res.end(body);
    }
    const page: KeptPage<PageBody> = {
      schoolId: actor.schoolId,
      fingerprint,
      generation,
      at: now,
      body: { status, headers, gzip: spliceGzip(body, nonce) },
    };
    options.pages.keep(key, page);
    finish(page);
    sendKept(res, page.body, nonce);
  });
  pass(req);
}

function sendKept(res: ServerResponse, page: PageBody, nonce: string): void {
  const body = gzipWith(page.gzip, nonce);
  res.statusCode = page.status;
  for (const [name, value] of page.headers) res.setHeader(name, value);
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  res.setHeader("Content-Encoding", "gzip");
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

type Callback = (error?: Error | null) => void;

/**
 * Holds back what Next.js writes to the response and hands it over whole, as `compression` does
 * to compress it: the status and headers stay on the response, the body comes to `done`, and
 * `done` ends the response itself.
 */
function captureAnswer(res: ServerResponse, done: (status: number, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const toBuffer = (chunk: unknown, encoding?: BufferEncoding) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), encoding);
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((arg): arg is OutgoingHttpHeaders | string[] => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return res;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = function (chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) {
    const cb = typeof encoding === "function" ? encoding : callback;
    chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    if (cb) process.nextTick(cb);
    return true;
  } as ServerResponse["write"];
  res.end = function (chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) {
    if (typeof chunk === "function") callback = chunk as Callback;
    else if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, typeof encoding === "string" ? encoding : undefined));
    const cb = typeof encoding === "function" ? encoding : callback;
    Object.assign(res, original);
    if (cb) res.once("finish", () => cb());
    done(res.statusCode, Buffer.concat(chunks));
    return res;
  } as ServerResponse["end"];
}
