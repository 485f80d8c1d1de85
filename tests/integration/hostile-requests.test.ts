// Requests no browser of SOAP Desk's sends, answered in words by the production build, never
// with a server error. Text far beyond what a form allows, posted to a server action as the
// browser posts it: refused with the field's own message while the body fits the framework's
// limit, and by the HTTP front when it is over it (nothing is saved). Addresses with broken
// %-escapes, and Auth.js endpoints called with a callback address that is not one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_TOO_LARGE_MESSAGE } from "@/lib/domain/action-result";
import { NARRATIVE_LINE_MAX } from "@/lib/domain/schemas";
import { BAD_SIGN_IN_REQUEST, signInErrorMessage } from "@/lib/domain/sign-in-messages";
import { BODY_LIMIT_BYTES } from "@/lib/server/http/body-limit";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

let t: TestDatabase;
let app: AppServer;
let cookie: string;
let applicantId: string;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("oversized");
  const school = await createSchool(t.db, { now: new Date(), programs: 1 });
  const applicant = await school.addApplicant();
  applicantId = applicant.applicantId;
  const { sessionToken } = await createDatabaseSession(t.db, applicant.userId, new Date());
  cookie = `${sessionCookieName(false)}=${sessionToken}`;
  const port = await freePort();
  app = await startAppServer(port, { DATABASE_URL: t.url, AUTH_URL: `http://localhost:${port}`, AUTH_SECRET: "oversized-input-test-secret-0123456789abcdef" });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

describe("text far over a field's limit", () => {
  it("refuses 100 thousand characters in a narrative line with the field's own message", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const answer = await callActionOverHttp(
      app.address,
      save,
      { strengths: ["x".repeat(100_000), "Reliable"], weaknessContext: [], reliability: "Never late." },
      cookie,
    );
    expect(answer.status).toBe(200);
    expect(answer.result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: `A strength: keep it to one line (under ${NARRATIVE_LINE_MAX} characters).`,
    });
    expect(await t.db.narrative.count({ where: { applicantId } })).toBe(0);
  });

  it("refuses a save over the framework's body limit in words, before the app reads it", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const huge = JSON.stringify([{ strengths: ["x".repeat(BODY_LIMIT_BYTES + 1), "Reliable"], weaknessContext: [], reliability: "Never late." }]);
    const response = await fetch(`${app.address}${save.page}`, {
      method: "POST",
      headers: { "next-action": save.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: app.address, cookie },
      body: huge,
    });
    // Exactly what Next.js's client throws as the action's error, and useServerAction shows.
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(REQUEST_TOO_LARGE_MESSAGE);
    expect(await t.db.narrative.count({ where: { applicantId } })).toBe(0);
    // The server goes on serving.
    expect((await fetch(`${app.address}/api/health`)).status).toBe(200);
  });

  it("answers a form posted without JavaScript over the limit with a page that says nothing was saved", async () => {
    const body = new FormData();
    body.set("reliability", "y".repeat(BODY_LIMIT_BYTES + 10));
    const response = await fetch(`${app.address}/applicant/narrative`, { method: "POST", headers: { accept: "text/html", origin: app.address, cookie }, body });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("Nothing was saved");
    expect(html).toContain(REQUEST_TOO_LARGE_MESSAGE);
  });
});

describe("hostile addresses", () => {
  it("answers a path with a broken %-escape with 400 and a page that says so", async () => {
    for (const route of ["/api/auth/%F0%9F%9", "/dean/%ZZ"]) {
      const response = await fetch(`${app.address}${route}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("That address is not valid");
    }
  });

  it("sends a sign-in request whose callback address is not one back to the sign-in page, which explains", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await fetch(`${app.address}/api/auth/signout?callbackUrl=+`, { method, redirect: "manual", headers: { origin: app.address } });
      expect(response.status, method).toBeLessThan(500);
    }
    const post = await fetch(`${app.address}/api/auth/signout?callbackUrl=+`, { method: "POST", redirect: "manual", headers: { origin: app.address } });
    const landing = new URL(post.headers.get("location") ?? "", app.address);
    expect(`${landing.pathname}${landing.search}`).toBe(`/sign-in?error=${BAD_SIGN_IN_REQUEST}`);
    const page = await fetch(landing);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(signInErrorMessage(BAD_SIGN_IN_REQUEST)!);
  });
});
