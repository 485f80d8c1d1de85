import "server-only";
// What the HTTP server (scripts/serve.ts) records of every request: one log line as its response
// finishes (request id, method, route pattern, status, duration, the acting user's id once known,
// the server action it called)
// and its duration in the http_request_duration_seconds histogram. The request id comes back in
// the X-Request-Id header and is on every line logged while the request is handled. A proxy's
// X-Request-Id is kept only when TRUSTED_PROXY_HOPS says proxies are in front, and only when it is
// short and plain; otherwise, and for every other request, the id is a fresh UUID. The raw path
// and the query string are never written down: only the route pattern the path matched.
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { forgetLogContext, log, REQUEST_ID_HEADER, runWithLogContext, type LogContext } from "../core/log";
import { metrics } from "../core/metrics";
import { appRoutePatterns, routeMatcher } from "./route-patterns";

const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The request's id: a trusted proxy's, when it is safe to repeat, or a new one. */
export function requestIdFor(headers: IncomingHttpHeaders, trustedProxyHops: number): string {
  const given = headers[REQUEST_ID_HEADER];
  if (trustedProxyHops > 0 && typeof given === "string" && SAFE_REQUEST_ID.test(given)) return given;
  return randomUUID();
}

export interface RequestObserverOptions {
  trustedProxyHops: number;
  appDir: string;
  publicDir: string;
}

export type RequestObserver = (req: IncomingMessage, res: ServerResponse, handle: () => void) => void;

/** Wraps the server's request handler: id, log context, and the line and the histogram at the end. */
export function requestObserver(options: RequestObserverOptions): RequestObserver {
  const routeOf = routeMatcher(appRoutePatterns(options.appDir), options.publicDir);
  return (req, res, handle) => {
    const started = process.hrtime.bigint();
    const context: LogContext = { requestId: requestIdFor(req.headers, options.trustedProxyHops) };
    req.headers[REQUEST_ID_HEADER] = context.requestId;
    res.setHeader("X-Request-Id", context.requestId);
    let written = false;
    const done = () => {
      if (written) return;
      written = true;
      forgetLogContext(context);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = METHODS.has(req.method ?? "") ? req.method! : "OTHER";
      const route = routeOf(pathOf(req.url));
      const status = res.statusCode;
      metrics().requestDuration.observe({ route, method, status: String(status) }, seconds);
      const line = {
        requestId: context.requestId,
        ...(context.actorId ? { actorId: context.actorId } : {}),
        ...(context.action ? { action: context.action } : {}),
        method,
        route,
        status,
      };
      log().info({ ...line, durationMs: Math.round(seconds * 1e4) / 10, ...(res.writableFinished ? {} : { aborted: true }) }, "request");
    };
    res.once("finish", done);
    res.once("close", done);
    runWithLogContext(context, handle);
  };
}

function pathOf(url: string | undefined): string {
  const raw = (url ?? "/").split(/[?#]/, 1)[0] ?? "";
  return raw.startsWith("/") ? raw : "/";
}
