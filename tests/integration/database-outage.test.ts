// A database outage is told as what it is. A production server reaches PostgreSQL through a TCP
// proxy this test controls; with the proxy cut, a signed-in person is not sent to the sign-in page
// nor told their session ended: pages, saves and /api/health say the database is unreachable.
// Once the proxy is back, the same session cookie works again.
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/domain/action-result";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { DatabaseProxy } from "./support/database-proxy";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { textOf } from "../support/http-form";

const SECRET = { AUTH_SECRET: "database-outage-test-secret-0123456789abcdef" };
const UNREACHABLE = "cannot reach its database";

let t: TestDatabase;
let school: SchoolFixture;
let proxy: DatabaseProxy;
let app: AppServer;
let applicantCookie: string;
let deanCookie: string;

async function cookieFor(userId: string): Promise<string> {
  const { sessionToken } = await createDatabaseSession(t.db, userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("outage");
  school = await createSchool(t.db, { now: new Date(), programs: 2 });
  const applicant = await school.addApplicant();
  applicantCookie = await cookieFor(applicant.userId);
  deanCookie = await cookieFor(school.dean.userId);
  const target = new URL(t.url);
  proxy = new DatabaseProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
  await proxy.open();
  const port = await freePort();
  app = await startAppServer(port, { DATABASE_URL: proxy.url(t.url), AUTH_URL: `http://localhost:${port}`, ...SECRET });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.cut();
  await t?.drop();
});

describe("with the database unreachable", () => {
  it("answers pages, saves and the health check as an outage, and recovers with the same session", async () => {
    // Signed in and working before the outage; the dean's invitation form is fetched while it can be.
    const before = await fetch(`${app.address}/applicant`, { headers: { cookie: applicantCookie }, redirect: "manual" });
    expect(before.status).toBe(200);
    const invitations = await fetch(`${app.address}/dean/invitations`, { headers: { cookie: deanCookie }, redirect: "manual" });
    expect(invitations.status).toBe(200);
    const form = parse(await invitations.text())
      .querySelectorAll("form")
      .find((candidate) => candidate.querySelector("input[name=aamcId]"));
    expect(form).toBeDefined();

    await proxy.cut();

    const health = await fetch(`${app.address}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("content-type")).toContain("application/json");
    expect(await health.json()).toEqual({
      ok: false,
      database: "unreachable",
      message: "SOAP Desk cannot reach its database right now. Nothing was saved; try again in a minute.",
    });

    // A page fails at its first step, loading the signed-in person: an error page, not the sign-in
    // page. Next.js renders error boundaries in the browser and hides messages in production, but
    // keeps the error's digest, from which app/error.tsx says the database is unreachable
    // (tests/unit/error-page.test.ts renders it).
    const page = await fetch(`${app.address}/applicant`, { headers: { cookie: applicantCookie }, redirect: "manual" });
    const pageHtml = await page.text();
    expect(page.headers.get("location"), app.output()).toBeNull();
    expect(page.status).toBe(500);
    expect(pageHtml).toContain(DATABASE_UNAVAILABLE_DIGEST);
    expect(pageHtml).not.toMatch(/ECONNREFUSED|Prisma|P1001|sign-in/);

    // A save (the invitation form posted as a browser without JavaScript does) is not "session ended".
    const body = new FormData();
    for (const input of form!.querySelectorAll("input")) {
      const name = input.getAttribute("name");
      if (name && input.getAttribute("type") !== "submit") body.append(name, input.getAttribute("value") ?? "");
    }
    const values = {
      role: "APPLICANT",
      name: "Outage Person",
      email: "outage.person@school.test",
      aamcId: "71000099",
      degreeType: "US_MD",
      specialty: "Internal Medicine",
    };
    for (const [name, value] of Object.entries(values)) body.set(name, value);
    const action = form!.getAttribute("action");
    const saved = await fetch(`${app.address}${action?.startsWith("/") ? action : "/dean/invitations"}`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { cookie: deanCookie, origin: app.address },
    });
    // The action's answer travels in the page's data (its re-render fails like the page above).
    const savedBody = await saved.text();
    expect(saved.headers.get("location") ?? "").not.toContain("/sign-in");
    expect(savedBody, app.output()).toContain(UNREACHABLE);
    expect(savedBody).not.toContain("session has ended");

    // An API route answers 503 with the one error body.
    const api = await fetch(`${app.address}/api/dean/live`, { headers: { cookie: deanCookie }, redirect: "manual" });
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ ok: false, code: "UNAVAILABLE" });

    await proxy.open();

    const deadline = Date.now() + 20_000;
    let recovered = await fetch(`${app.address}/api/health`);
    while (recovered.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recovered = await fetch(`${app.address}/api/health`);
    }
    expect(recovered.status).toBe(200);
    expect(await recovered.json()).toEqual({ ok: true });

    const after = await fetch(`${app.address}/applicant`, { headers: { cookie: applicantCookie }, redirect: "manual" });
    expect(after.status).toBe(200);
    expect(textOf(await after.text())).not.toContain(UNREACHABLE);
    expect(await t.db.user.count({ where: { email: "outage.person@school.test" } })).toBe(0);
  });
});
