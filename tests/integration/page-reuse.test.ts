// The dean's dashboard served again from what the instance kept: to the same session only, with
// each answer's own script nonce, until the school changes (a notice on the change feed, from any
// instance) or the session, its person or the request would render something else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { CHANGE_CHANNEL } from "@/lib/server/live/change-feed";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";

let t: TestDatabase;
let school: SchoolFixture;
let server: AppServer;
let applicantUserId: string;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("page_reuse");
  school = await createSchool(t.db, { now: new Date(), programs: 2 });
  applicantUserId = (await school.addApplicant({ name: "Quentin Keepable" })).userId;
  const port = await freePort();
  server = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: "page-reuse-test-secret-0123456789abcdef",
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.drop();
});

async function newSession(userId = school.dean.userId): Promise<{ cookie: string; token: string }> {
  const { sessionToken } = await createDatabaseSession(t.db, userId, new Date());
  return { cookie: `${sessionCookieName(false)}=${sessionToken}`, token: sessionToken };
}

interface Page {
  status: number;
  headers: Headers;
  html: string;
  nonce: string | undefined;
}

async function dashboard(cookie: string, headers: Record<string, string> = {}, path = "/dean"): Promise<Page> {
  const response = await fetch(`${server.address}${path}`, { headers: { cookie, "accept-encoding": "gzip", ...headers }, redirect: "manual" });
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  return { status: response.status, headers: response.headers, html: await response.text(), nonce };
}

/** Renames the applicant behind the app's back: no audit entry, so no notice of a change. */
async function renameQuietly(name: string): Promise<void> {
  await t.db.$executeRaw`UPDATE users SET name = ${name} WHERE id = ${applicantUserId}`;
}

async function notice(): Promise<void> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  await client.query("SELECT pg_notify($1, $2)", [CHANGE_CHANNEL, school.schoolId]);
  await client.end();
  // The instance hears it on its LISTEN connection a moment later.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe("the kept dashboard", () => {
  it("is served again to the same session, compressed, with each answer's own nonce on every script", async () => {
    const { cookie } = await newSession();
    const first = await dashboard(cookie);
    const second = await dashboard(cookie);
    for (const page of [first, second]) {
      expect(page.status).toBe(200);
      expect(page.headers.get("content-encoding")).toBe("gzip");
      expect(page.html).toContain("Quentin Keepable");
      const nonces = [...page.html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
      expect(nonces.length).toBeGreaterThan(0);
      expect(new Set(nonces)).toEqual(new Set([page.nonce]));
    }
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.html.replaceAll(second.nonce!, "N")).toBe(first.html.replaceAll(first.nonce!, "N"));
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
  });

  it("keeps what it rendered until the school changes, and renders anew once the change feed says so", async () => {
    const { cookie } = await newSession();
    await renameQuietly("Quentin Keepable");
    expect((await dashboard(cookie)).html).toContain("Quentin Keepable");
    await renameQuietly("Quentin Renamed");
    // Nothing announced the rename: the kept page stands (which shows that it is kept).
    expect((await dashboard(cookie)).html).toContain("Quentin Keepable");
    await notice();
    const after = await dashboard(cookie);
    expect(after.html).toContain("Quentin Renamed");
    expect(after.html).not.toContain("Quentin Keepable");
    await renameQuietly("Quentin Keepable");
    await notice();
  });

  it("is not served to another session, nor for another address, nor for a client navigation's data request", async () => {
    const { cookie } = await newSession();
    await dashboard(cookie);
    await dashboard(cookie, {}, "/dean?status=ACTIVE");
    // A notification for the dean written behind the app's back: only a fresh render counts it.
    const note = await t.db.notification.create({
      data: { schoolId: school.schoolId, userId: school.dean.userId, kind: "NUDGE", title: "Quiet", body: "Quiet", linkPath: "/dean" },
    });
    const fresh = (page: Page) => page.html.includes("Notifications, 1 unread");
    try {
      expect(fresh(await dashboard(cookie))).toBe(false);
      expect(fresh(await dashboard((await newSession()).cookie))).toBe(true);
      expect(fresh(await dashboard(cookie, {}, "/dean?status=ACTIVE&page=1"))).toBe(true);
      // A client navigation's data request is Next.js's to answer (here: sent to its own address).
      const data = await dashboard(cookie, { rsc: "1" });
      expect([data.status, data.headers.get("content-encoding")]).toEqual([307, null]);
      // A client that takes no gzip is answered by Next.js, as before.
      expect(fresh(await dashboard(cookie, { "accept-encoding": "identity" }))).toBe(true);
    } finally {
      await t.db.notification.delete({ where: { id: note.id } });
      await notice();
    }
  });

  it("is not served once the session has expired, or once its person is no longer the dean's office", async () => {
    const expired = await newSession();
    expect((await dashboard(expired.cookie)).status).toBe(200);
    await t.db.session.update({ where: { sessionToken: expired.token }, data: { expires: new Date(Date.now() - 1_000) } });
    const afterExpiry = await dashboard(expired.cookie);
    expect(afterExpiry.status).toBe(307);
    expect(afterExpiry.headers.get("location")).toContain("/sign-in");

    const demoted = await newSession();
    expect((await dashboard(demoted.cookie)).status).toBe(200);
    await t.db.$executeRaw`UPDATE users SET name = ${"Dean Renamed"} WHERE id = ${school.dean.userId}`;
    try {
      // The person as the session reads them now differs from the one the page was rendered for.
      expect((await dashboard(demoted.cookie)).html).toContain("Dean Renamed");
    } finally {
      await t.db.$executeRaw`UPDATE users SET name = ${school.dean.name} WHERE id = ${school.dean.userId}`;
    }
  });

  it("is never kept for a signed-out request: the sign-in redirect stands", async () => {
    const response = await fetch(`${server.address}/dean`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/sign-in");
  });
});
