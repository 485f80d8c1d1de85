import "server-only";
// The security headers on every response SOAP Desk sends (pages, route handlers, static files,
// error pages), set by the HTTP server before Next.js handles the request. Scripts run only with
// this request's nonce: Next.js reads it from the request's Content-Security-Policy header and
// puts it on every script it renders, so no inline script of anyone else's can run.
import { randomBytesPooled } from "../core/random-bytes";

export interface SecurityHeaderOptions {
  /** A fresh random value per request. */
  nonce: string;
  /** The public origin is https: browsers are told to use nothing else. */
  https: boolean;
  /** `next dev` evaluates code and talks to its own websocket. */
  dev: boolean;
  /** Origins a form may post to besides our own (the school's single sign-on). */
  formTargets?: string[];
}

export function createNonce(): string {
  return randomBytesPooled(18).toString("base64");
}

export function contentSecurityPolicy({ nonce, https, dev, formTargets = [] }: SecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React writes style attributes; styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(dev ? ["ws:", "wss:"] : [])],
    // The push service worker (public/sw.js). Said outright: under 'strict-dynamic' the
    // script-src fallback would ignore 'self' and refuse to register it.
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...formTargets],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** Two years, the preload list's minimum; only ever sent when the public origin is https. */
const HSTS = "max-age=63072000; includeSubDomains";

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
