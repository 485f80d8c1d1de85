// The dashboard stays live across app instances: two production servers on one database; a dean's
// event stream opened on the first hears, within 2 seconds, a change made through the second, a
// change made by any other process, and it survives the database dropping its LISTEN connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { openEventStream, type EventStreamReader } from "../support/event-stream";
import { submitForm, textOf } from "../support/http-form";

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
