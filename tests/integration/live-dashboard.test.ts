// The dashboard stays live across app instances: two production servers on one database; a dean's
// event stream opened on the first hears, within 2 seconds, a change made through the second, a
// change made by any other process, and it survives the database dropping its LISTEN connection.
// A stream ends with its session: within the check interval of the dean signing out, the session
// expiring, or the dean's role, school or account going, and nothing is sent after.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { SESSION_CHECK_MS } from "@/lib/server/live/session-check";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { openEventStream, type EventStreamReader } from "../support/event-stream";
import { submitForm, textOf } from "../support/http-form";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

const SECRET = { AUTH_SECRET: "live-dashboard-test-secret-0123456789abcdef" };
let t: TestDatabase;
let school: SchoolFixture;
let first: AppServer;
let second: AppServer;
let stream: EventStreamReader;
const clock = new ManualClock(new Date());

async function cookieFor(userId: string): Promise<string> {
  const { sessionToken } = await createDatabaseSession(t.db, userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("live");
  school = await createSchool(t.db, { now: clock.now(), programs: 3 });
  const start = async () => {
    const port = await freePort();
    return startAppServer(port, { DATABASE_URL: t.url, AUTH_URL: `http://localhost:${port}`, ...SECRET });
  };
  [first, second] = await Promise.all([start(), start()]);
  stream = await openEventStream(`${first.address}/api/dean/live`, { cookie: await cookieFor(school.dean.userId) });
  await stream.next((e) => e.event === "status", 0);
}, 240_000);

afterAll(async () => {
  stream?.close();
  await Promise.all([first?.stop(), second?.stop()]);
  await t?.drop();
});

describe("the live dashboard feed", () => {
  it("is the dean's office's alone", async () => {
    expect(stream.status).toBe(200);
    const applicant = await school.addApplicant();
    const refused = await openEventStream(`${first.address}/api/dean/live`, { cookie: await cookieFor(applicant.userId) });
    expect(refused.status).toBe(404);
    refused.close();
    const anonymous = await openEventStream(`${first.address}/api/dean/live`, {});
    expect(anonymous.status).toBe(401);
    anonymous.close();
  });

  it("hears within 2 s a change made through the second app instance", async () => {
    const before = Date.now();
    const sent = await submitForm(second.address, {
      page: "/dean/invitations",
      containing: "input[name=aamcId]",
      cookie: await cookieFor(school.dean.userId),
      values: {
        role: "APPLICANT",
        name: "Live Person",
        email: "live.person@school.test",
        aamcId: "71000001",
        degreeType: "US_MD",
        specialty: "Internal Medicine",
      },
      headers: { origin: second.address },
    });
    expect(textOf(await sent.text())).toContain("live.person@school.test");
    const change = await stream.next((e) => e.event === "change", before);
    expect(change.at - before).toBeLessThan(2_000);
  });

  it("hears a change made by any other process writing to the database", async () => {
    const applicant = await school.addApplicant();
    const before = Date.now();
    await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, [school.programIds[0]!]);
    const change = await stream.next((e) => e.event === "change", before);
    expect(change.at - before).toBeLessThan(2_000);
  });

  it("says it is reconnecting when the database drops its connection, then catches up and stays live", async () => {
    const before = Date.now();
    await t.db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`;
    await stream.next((e) => e.event === "status" && e.data === "reconnecting", before);
    const back = await stream.next((e) => e.event === "status" && e.data === "live", before, 10_000);
    await stream.next((e) => e.event === "change", back.at - 1);

    const applicant = await school.addApplicant();
    const later = Date.now();
    await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, [school.programIds[1]!]);
    const change = await stream.next((e) => e.event === "change", later);
    expect(change.at - later).toBeLessThan(2_000);
  });
});

describe("a live stream and its session", () => {
  // The check interval, plus the time a check and the closing take on a busy machine.
  const WITHIN = SESSION_CHECK_MS + 1_500;

  /** Another dean of the school, signed in on a session of their own, watching the feed. */
  async function deanWatching() {
    const user = await t.db.user.create({ data: { schoolId: school.schoolId, name: "Second Dean", email: `dean-${randomUUID()}@school.test`, role: "DEAN" } });
    const { sessionToken } = await createDatabaseSession(t.db, user.id, new Date());
    const cookie = `${sessionCookieName(false)}=${sessionToken}`;
    const live = await openEventStream(`${first.address}/api/dean/live`, { cookie });
    expect(live.status).toBe(200);
    await live.next((e) => e.event === "status", 0);
    return { userId: user.id, sessionToken, cookie, live };
  }

  /** The stream says "ended" and closes within the interval of `since`, having sent no change after it. */
  async function expectClosedWithin(live: EventStreamReader, since: number) {
    const at = await Promise.race([live.closed, sleep(WITHIN + 2_000).then(() => null)]);
    expect(at, `the stream was still open ${WITHIN + 2_000} ms after the session ended`).not.toBeNull();
    expect(at! - since).toBeLessThanOrEqual(WITHIN);
    const after = live.events.filter((e) => e.at >= since);
    expect(after.map((e) => e.event)).toEqual(["ended"]);
  }

  it("closes within the check interval when the dean signs out, and sends no change after", async () => {
    const { cookie, sessionToken, live } = await deanWatching();
    const signOut = await callActionOverHttp(first.address, findBuiltAction("app/(auth)/sign-out-action.ts", "signOutAction"), {}, cookie);
    const signedOut = Date.now();
    expect(signOut.status).toBeLessThan(400);
    expect(await t.db.session.count({ where: { sessionToken } })).toBe(0);
    // A change at once: the check before sending it finds the session gone.
    const applicant = await school.addApplicant();
    await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, [school.programIds[2]!]);
    await expectClosedWithin(live, signedOut);
    const again = await openEventStream(`${first.address}/api/dean/live`, { cookie });
    expect(again.status).toBe(401);
    again.close();
  });

  const endings: [string, (dean: { userId: string; sessionToken: string }) => Promise<unknown>][] = [
    ["the session expires", ({ sessionToken }) => t.db.session.update({ where: { sessionToken }, data: { expires: new Date(Date.now() - 1_000) } })],
    ["the dean's role is taken away (now an advocate)", ({ userId }) => t.db.user.update({ where: { id: userId }, data: { role: "ADVOCATE" } })],
    [
      "the dean moves to another school",
      async ({ userId }) => {
        const other = await createSchool(t.db, { now: clock.now(), programs: 1 });
        return t.db.user.update({ where: { id: userId }, data: { schoolId: other.schoolId } });
      },
    ],
    ["the dean's account is removed", ({ userId }) => t.db.user.delete({ where: { id: userId } })],
  ];

  it.each(endings)("closes within the check interval when %s", async (_label, end) => {
    const dean = await deanWatching();
    await end(dean);
    await expectClosedWithin(dean.live, Date.now());
  });

  it("stays open while its session holds", () => {
    expect(stream.closedAt()).toBeNull();
    expect(stream.events.filter((e) => e.event === "ended")).toEqual([]);
  });
});
