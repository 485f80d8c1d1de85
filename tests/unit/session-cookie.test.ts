// Sessions created outside Auth.js (demo, invitations) must carry Auth.js's cookie name for the
// protocol in use, or Auth.js would not find them.
import { describe, expect, it } from "vitest";
import { sessionCookie, sessionCookieName, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";

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

  it("is Secure exactly when the public origin is https, whatever the request says", () => {
    expect(shouldUseSecureCookies(new URL("https://soap.school.edu"))).toBe(true);
    expect(shouldUseSecureCookies(new URL("http://localhost:3000"))).toBe(false);
  });
});
