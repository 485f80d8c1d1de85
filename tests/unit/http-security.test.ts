// The HTTP front's pure parts: which client address a limit counts, which request headers
// survive, the security headers every response carries, and the same-origin check.
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, resolveClientAddress } from "@/lib/server/http/client-address";
import { trustRequestHeaders } from "@/lib/server/http/trusted-request";
import { contentSecurityPolicy, securityHeaders } from "@/lib/server/http/security-headers";
import { checkSameOrigin } from "@/lib/server/http/same-origin";

describe("client address", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("198.51.100.9", "203.0.113.1", 0)).toBe("198.51.100.9");
    expect(resolveClientAddress("::ffff:198.51.100.9", undefined, 0)).toBe("198.51.100.9");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads X-Forwarded-For from the right, as many entries as there are trusted proxies", () => {
    // client 203.0.113.5 -> proxy 10.0.0.2 -> proxy 10.0.0.1 -> SOAP Desk; the client forged 1.2.3.4.
    const chain = "1.2.3.4, 203.0.113.5, 10.0.0.2";
    expect(resolveClientAddress("10.0.0.1", chain, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.1", chain, 2)).toBe("203.0.113.5");
    expect(resolveClientAddress("10.0.0.1", ["1.2.3.4", "203.0.113.5, 10.0.0.2"], 2)).toBe("203.0.113.5");
    // A request that skipped a proxy has a shorter chain: the leftmost entry, not an index error.
    expect(resolveClientAddress("10.0.0.1", undefined, 2)).toBe("10.0.0.1");
  });

  it("is what the HTTP server recorded, or one shared 'unknown' when the server was bypassed", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": "1.2.3.4" }))).toBe("198.51.100.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });
});

describe("trustRequestHeaders", () => {
  const forged = () => ({
    host: "soap.school.edu",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-for": "1.2.3.4",
    forwarded: "for=1.2.3.4;host=evil.example",
    "x-real-ip": "1.2.3.4",
    [CLIENT_ADDRESS_HEADER]: "1.2.3.4",
    "content-security-policy": "script-src 'nonce-chosen-by-the-client'",
    "x-middleware-subrequest": "middleware",
  });

  it("drops every forwarded and server-only header a client sent when no proxy is trusted", () => {
    const headers = forged();
    trustRequestHeaders(headers, "198.51.100.9", 0);
    expect(headers).toEqual({ host: "soap.school.edu", [CLIENT_ADDRESS_HEADER]: "198.51.100.9" });
  });

  it("keeps a trusted proxy's forwarded headers but never the server-only ones", () => {
    const headers = forged();
    trustRequestHeaders(headers, "10.0.0.1", 1);
    expect(headers).toMatchObject({ "x-forwarded-host": "evil.example", "x-forwarded-for": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "1.2.3.4" });
    expect(headers).not.toHaveProperty("content-security-policy");
    expect(headers).not.toHaveProperty("x-middleware-subrequest");
  });
});

describe("security headers", () => {
  const options = { nonce: "abc123", https: false, dev: false };

  it("allow scripts only with the request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy(options);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
  });

  it("let the app register its own service worker (push), and nobody else's", () => {
    const csp = contentSecurityPolicy(options);
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/worker-src[^;]*(\*|https:|blob:|data:)/);
  });

  it("let a form reach the school's single sign-on, and next dev evaluate code", () => {
    expect(contentSecurityPolicy({ ...options, formTargets: ["https://login.school.edu"] })).toContain("form-action 'self' https://login.school.edu");
    expect(contentSecurityPolicy({ ...options, dev: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("carry the fixed headers, and HSTS only over https", () => {
    const http = securityHeaders(options);
    expect(http).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(http["Permissions-Policy"]).toContain("camera=()");
    expect(http).not.toHaveProperty("Strict-Transport-Security");
    const https = securityHeaders({ ...options, https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});

describe("checkSameOrigin", () => {
  const publicOrigin = new URL("https://soap.school.edu");

  it("accepts the public origin, or the host the request was sent to", () => {
    expect(checkSameOrigin(new Headers({ origin: "https://soap.school.edu", "sec-fetch-site": "same-origin" }), publicOrigin)).toEqual({ ok: true });
    expect(checkSameOrigin(new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }), publicOrigin)).toEqual({ ok: true });
  });

  it("refuses another site, a missing Origin and a cross-site fetch", () => {
    expect(checkSameOrigin(new Headers({ origin: "https://evil.example", host: "soap.school.edu" }), publicOrigin)).toEqual({
      ok: false,
      reason: "a request from https://evil.example",
    });
    expect(checkSameOrigin(new Headers({ host: "soap.school.edu" }), publicOrigin).ok).toBe(false);
    expect(checkSameOrigin(new Headers({ origin: "null", host: "soap.school.edu" }), publicOrigin).ok).toBe(false);
    expect(checkSameOrigin(new Headers({ origin: "https://soap.school.edu", "sec-fetch-site": "cross-site" }), publicOrigin)).toEqual({
      ok: false,
      reason: "a cross-site request",
    });
    expect(checkSameOrigin(new Headers({ origin: "https://soap.school.edu", "sec-fetch-site": "same-site" }), publicOrigin).ok).toBe(false);
  });
});
