// Sessions created outside Auth.js (demo, invitations) must carry Auth.js's cookie name for the
// protocol in use, or Auth.js would not find them.
import { describe, expect, it } from "vitest";
import { sessionCookie, sessionCookieName, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";
import { clientIp, publicOrigin } from "@/lib/server/auth/request-info";

describe("session cookie", () => {
  it("has Auth.js's names: __Secure- prefix over https only", () => {
    expect(sessionCookieName(false)).toBe("authjs.session-token");
    expect(sessionCookieName(true)).toBe("__Secure-authjs.session-token");
  });

  it("is HttpOnly, SameSite=Lax, for the whole site, Secure when https", () => {
    const expires = new Date("2026-03-20T12:00:00Z");
    expect(sessionCookie("tok", expires, true)).toEqual({
      name: "__Secure-authjs.session-token",
      value: "tok",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, expires },
    });
  });

  it("follows AUTH_URL first, then X-Forwarded-Proto, then the request URL", () => {
    const https = new Headers({ "x-forwarded-proto": "https" });
    const http = new Headers({ "x-forwarded-proto": "http" });
    expect(shouldUseSecureCookies(new URL("https://soap.school.edu"), http)).toBe(true);
    expect(shouldUseSecureCookies(new URL("http://localhost:3000"), https)).toBe(false);
    expect(shouldUseSecureCookies(undefined, https, "http://localhost:3000/x")).toBe(true);
    expect(shouldUseSecureCookies(undefined, http, "https://soap.school.edu/x")).toBe(false);
    expect(shouldUseSecureCookies(undefined, new Headers({ "x-forwarded-proto": "https,http" }))).toBe(true);
    expect(shouldUseSecureCookies(undefined, new Headers(), "http://localhost:3000/x")).toBe(false);
    // As Auth.js does when nothing tells it the protocol.
    expect(shouldUseSecureCookies(undefined, new Headers())).toBe(true);
  });
});

describe("request info", () => {
  it("takes the client address from the first X-Forwarded-For entry", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("builds links from AUTH_URL, else from the host the browser used", () => {
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), new URL("https://soap.school.edu/app"))).toBe("https://soap.school.edu");
    expect(publicOrigin(new Headers({ host: "localhost:3000", "x-forwarded-proto": "http" }), undefined)).toBe("http://localhost:3000");
    expect(publicOrigin(new Headers({ host: "internal:3000", "x-forwarded-host": "soap.school.edu", "x-forwarded-proto": "https" }), undefined)).toBe(
      "https://soap.school.edu",
    );
  });
});
