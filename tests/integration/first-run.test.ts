// First run against real PostgreSQL: a database with no school but the demo opens the first run;
// the setup code each instance prints is stored only as a hash; a wrong code changes nothing; the
// right one creates the school and its first dean, signed in, and closes the first run for good.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { schoolSetupInput } from "@/lib/domain/school-setup";
import { issueSetupCode, needsFirstRun, SETUP_ALREADY_DONE, setUpFirstSchool, WRONG_SETUP_CODE } from "@/lib/server/schools/first-run";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
const now = new Date("2026-12-07T12:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase("first_run");
});
afterAll(async () => {
  await t?.drop();
});

const form = (code: string, fields: Record<string, string> = {}) =>
  schoolSetupInput.parse({
    code,
    name: "Lakeshore College of Medicine",
    timeZone: "America/Chicago",
    deanName: "Lee Dean",
    deanEmail: "lee@lakeshore.test",
    ...fields,
  });

/** Every table's row count: what a refusal must leave as it was. */
async function counts() {
  return { schools: await t.db.school.count(), users: await t.db.user.count(), sessions: await t.db.session.count(), audit: await t.db.auditLog.count() };
}

describe("first run", () => {
  it("is open on an empty database and beside the demo school, and its code is kept only as a hash", async () => {
    expect(await needsFirstRun(t.db)).toBe(true);
    await seedDemo(t.db, { now, log: () => {} });
    expect(await needsFirstRun(t.db)).toBe(true);
    const code = await issueSetupCode(t.db);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const stored = await t.db.setupCode.findMany();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(code!.replaceAll("-", ""));
  });

  it("refuses a wrong code and changes nothing; limits the tries from one network", async () => {
    const before = await counts();
    const refused = await failure(setUpFirstSchool(t.db, form("ABCD-EFGH-JKMN"), "198.51.100.7", now));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: WRONG_SETUP_CODE });
    expect(await counts()).toEqual(before);
    for (let i = 0; i < 9; i++) await failure(setUpFirstSchool(t.db, form("ABCD-EFGH-JKMN"), "198.51.100.7", now));
    const limited = await failure(setUpFirstSchool(t.db, form("ABCD-EFGH-JKMN"), "198.51.100.7", now));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(await counts()).toEqual(before);
  });

  it("creates the school and its first dean with the right code, signed in, and closes the first run", async () => {
    const code = (await issueSetupCode(t.db))!;
    // Typed in lower case with spaces: the characters that count are the same.
    const done = await setUpFirstSchool(t.db, form(code.toLowerCase().replaceAll("-", " ")), "198.51.100.8", now);
    const school = await t.db.school.findUniqueOrThrow({ where: { id: done.schoolId }, include: { policy: true, seasons: true } });
    expect(school).toMatchObject({ name: "Lakeshore College of Medicine", slug: "lakeshore-college-of-medicine", timeZone: "America/Chicago" });
    expect(school.policy).not.toBeNull();
    expect(school.seasons.filter((season) => season.active)).toHaveLength(1);
    expect(done.actor).toMatchObject({ role: "DEAN", schoolId: done.schoolId, name: "Lee Dean" });
    expect(await t.db.session.count({ where: { sessionToken: done.session.sessionToken, userId: done.actor.userId } })).toBe(1);
    expect(await t.db.auditLog.findMany({ where: { schoolId: done.schoolId }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { action: "school.create" },
      { action: "school.firstDean" },
    ]);

    // Every code is gone, no new one is printed, and the page's action refuses from now on.
    expect(await t.db.setupCode.count()).toBe(0);
    expect(await needsFirstRun(t.db)).toBe(false);
    expect(await issueSetupCode(t.db)).toBeNull();
    const before = await counts();
    const again = await failure(setUpFirstSchool(t.db, form(code, { name: "Second School", deanEmail: "second@lakeshore.test" }), "198.51.100.9", now));
    expect(again).toMatchObject({ code: "NOT_FOUND", message: SETUP_ALREADY_DONE });
    expect(await counts()).toEqual(before);
  });
});
