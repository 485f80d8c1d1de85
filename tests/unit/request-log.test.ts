// The request log's two judgements made without a server: which route pattern a path counts as
// (the app directory's own routes, read as the server reads them), and which request id a request
// gets (a proxy's only when proxies are trusted and it is short and plain).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appRoutePatterns, routeMatcher } from "@/lib/server/http/route-patterns";
import { requestIdFor } from "@/lib/server/http/request-log";

const root = path.resolve(import.meta.dirname, "../..");
const routeOf = routeMatcher(appRoutePatterns(path.join(root, "app")), path.join(root, "public"));

describe("route patterns", () => {
  it.each([
    ["/", "/"],
    ["/dean", "/dean"],
    ["/dean/applicants/cm9abc123", "/dean/applicants/[applicantId]"],
    ["/dean/applicants/cm9abc123/record/json", "/dean/applicants/[applicantId]/record/[format]"],
    ["/advocate/applicants/a1/programs/p2", "/advocate/applicants/[applicantId]/programs/[programId]"],
    ["/invite/secret-token-value", "/invite/[token]"],
    ["/sign-in", "/sign-in"],
    ["/sign-in/check-email", "/sign-in/check-email"],
    ["/api/auth/callback/email", "/api/auth/[...nextauth]"],
    ["/api/health/ready", "/api/health/ready"],
    ["/dean/programs/import", "/dean/programs/import"],
    ["/manifest.webmanifest", "/manifest.webmanifest"],
    ["/_next/static/chunks/app.js", "/_next/*"],
    ["/sw.js", "/sw.js"],
    ["/icons/icon-192.png", "/icons/*"],
    ["/wp-admin/../etc/passwd", "(unmatched)"],
    ["/dean/applicants/a/b/c", "(unmatched)"],
  ])("%s counts as %s", (pathname, pattern) => {
    expect(routeOf(pathname)).toBe(pattern);
  });
});

describe("request ids", () => {
  it("keeps a trusted proxy's plain id, and makes a new one otherwise", () => {
    expect(requestIdFor({ "x-request-id": "lb-7f3a_01" }, 1)).toBe("lb-7f3a_01");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(requestIdFor({ "x-request-id": "lb-7f3a_01" }, 0)).toMatch(uuid);
    for (const hostile of ["a".repeat(65), "", "id with spaces", "id\nforged-line", "<script>", "x@y.test"]) {
      expect(requestIdFor({ "x-request-id": hostile }, 1)).toMatch(uuid);
    }
    expect(requestIdFor({}, 1)).toMatch(uuid);
  });
});
