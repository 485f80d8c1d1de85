// Resetting the demo school against real PostgreSQL: whatever visitors changed is replaced by a
// fresh seed with times relative to the new now, in one transaction, and no other school is
// touched. Refused, with nothing changed, when demo mode is off: by the use case, the home
// page's server action and `npm run demo:reset`.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionResult } from "@/lib/domain/action-result";
import { ManualClock } from "@/lib/server/core/clock";
import { runInScope } from "@/lib/server/entry/scope";
import { DEMO_SCHOOL } from "@/prisma/seed-data/demo-school";
import { seedDemo } from "@/prisma/seed";
import { DEMO_MODE_OFF, DEMO_RESET_ORDER, DemoResetRefused, resetDemo } from "@/prisma/reset-demo";
import { resetDemoAction } from "@/app/demo-actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { failure } from "./support/failure";
import { runScript } from "./support/run-script";

let t: TestDatabase;
let other: SchoolFixture;
const quiet = () => {};
const T0 = new Date("2026-03-18T14:00:00Z");
const HOUR = 3_600_000;

/** Every school-scoped table's rows for one school, and its people's sessions. */
const COUNTED = [...DEMO_RESET_ORDER, "auditLog", "user"] as const;
type Counted = (typeof COUNTED)[number];
type Countable = { count(args: { where: { schoolId: string } }): Promise<number> };

async function countsFor(schoolId: string): Promise<Record<Counted | "session", number>> {
  const counts = {} as Record<Counted | "session", number>;
  for (const model of COUNTED) counts[model] = await (t.db[model] as unknown as Countable).count({ where: { schoolId } });
  counts.session = await t.db.session.count({ where: { user: { schoolId } } });
  return counts;
}

async function demoSchoolId(): Promise<string> {
  return (await t.db.school.findUniqueOrThrow({ where: { slug: DEMO_SCHOOL.slug } })).id;
}

/** When each of the demo school's tasks and offers falls due, in order, relative to `now`. */
async function timesFrom(schoolId: string, now: Date): Promise<number[]> {
  const tasks = await t.db.task.findMany({ where: { schoolId }, select: { dueAt: true } });
  const offers = await t.db.offer.findMany({ where: { schoolId }, select: { offeredAt: true } });
  return [...tasks.map((x) => x.dueAt), ...offers.map((x) => x.offeredAt)].map((date) => date.getTime() - now.getTime()).sort((a, b) => a - b);
}

async function visitorsChangeTheDemo(schoolId: string): Promise<void> {
  const dean = await t.db.user.findFirstOrThrow({ where: { schoolId, role: "DEAN" } });
  // Someone invited into the demo school and signed in, a removed target, an edited profile.
  const invited = await t.db.user.create({ data: { schoolId, name: "Visitor Invitee", email: "visitor@elsewhere.test", role: "ADVOCATE" } });
  await t.db.session.create({ data: { userId: invited.id, sessionToken: "visitor-session", expires: new Date(T0.getTime() + HOUR) } });
  await t.db.session.create({ data: { userId: dean.id, sessionToken: "dean-session", expires: new Date(T0.getTime() + HOUR) } });
  await t.db.invitation.create({
    data: {
      schoolId,
      email: "pending@elsewhere.test",
      name: "Pending Visitor",
      role: "APPLICANT",
      aamcId: "77777777",
      degreeType: "US_MD",
      specialty: "Surgery",
      tokenHash: "f".repeat(64),
      expiresAt: new Date(T0.getTime() + 24 * HOUR),
      invitedById: dean.id,
    },
  });
  // Rows the seed itself never writes: an override (used by a claim), a notification and its email.
  const claim = await t.db.claim.findFirstOrThrow({ where: { schoolId } });
  const override = await t.db.override.create({
    data: { schoolId, applicantId: claim.applicantId, programId: claim.programId, ruleCode: "NO_CONNECTION", reason: "Visitor", createdById: dean.id },
  });
  await t.db.claim.update({ where: { id: claim.id }, data: { overrideId: override.id } });
  const task = await t.db.task.findFirstOrThrow({ where: { schoolId } });
  const notification = await t.db.notification.create({
    data: { schoolId, userId: dean.id, kind: "URGENT_TASK", title: "Visitor", body: "Visitor", linkPath: "/dean", taskId: task.id },
  });
  await t.db.outboxEmail.create({
    data: {
      schoolId,
      notificationId: notification.id,
      toAddress: dean.email,
      subject: "Visitor",
      text: "Visitor",
      linkPath: "/dean",
      linkLabel: "Open",
      nextAttemptAt: T0,
    },
  });
  const target = await t.db.target.findFirstOrThrow({ where: { schoolId } });
  await t.db.target.delete({ where: { id: target.id } });
  await t.db.applicantProfile.updateMany({ where: { schoolId }, data: { phone: "555-0199" } });
  await t.db.auditLog.create({ data: { schoolId, actorUserId: dean.id, action: "visitor.change", entityType: "School", entityId: schoolId } });
}

beforeAll(async () => {
  t = await createTestDatabase("demo_reset");
  other = await createSchool(t.db, { now: T0, programs: 3 });
  const applicant = await other.addApplicant();
  await other.addAdvocate({ connectedTo: [other.programIds[0]!] });
  await t.db.session.create({ data: { userId: applicant.userId, sessionToken: "other-school-session", expires: new Date(T0.getTime() + HOUR) } });
  await t.db.auditLog.create({
    data: { schoolId: other.schoolId, actorUserId: other.dean.userId, action: "other.change", entityType: "School", entityId: other.schoolId },
  });
});
afterAll(async () => t?.drop());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("resetting the demo school", () => {
  it("covers every table that belongs to a school", () => {
    const scoped = Object.entries(Prisma)
      .filter(([name, value]) => name.endsWith("ScalarFieldEnum") && typeof value === "object" && value !== null && "schoolId" in value)
      .map(([name]) => name.replace(/ScalarFieldEnum$/, ""))
      .map((model) => model.charAt(0).toLowerCase() + model.slice(1))
      .sort();
    expect(scoped.length).toBeGreaterThan(15);
    expect(scoped).toEqual([...COUNTED].sort());
  });

  it("replaces every change with a fresh seed, with times relative to the new now, and leaves another school untouched", async () => {
    const otherBefore = await countsFor(other.schoolId);
    await seedDemo(t.db, { now: T0, log: quiet });
    const firstId = await demoSchoolId();
    const fresh = await countsFor(firstId);
    const freshTimes = await timesFrom(firstId, T0);
    expect(fresh.target).toBeGreaterThan(0);
    expect(fresh.task).toBeGreaterThan(0);

    await visitorsChangeTheDemo(firstId);
    expect(await countsFor(firstId)).not.toEqual(fresh);

    const later = new Date(T0.getTime() + 3 * 24 * HOUR);
    const result = await resetDemo(t.db, { now: later, demoMode: true, log: quiet });
    expect(result).toMatchObject({
      reset: true,
      removed: { target: fresh.target - 1, invitation: 1, override: 1, notification: 1, outboxEmail: 1, user: fresh.user + 1, auditLog: fresh.auditLog + 1 },
    });

    const resetId = await demoSchoolId();
    expect(resetId).not.toBe(firstId);
    expect(await t.db.school.count({ where: { id: firstId } })).toBe(0);
    // A fresh seed, plus one audit row saying the school was reset; nobody is signed in any more.
    expect(await countsFor(resetId)).toEqual({ ...fresh, auditLog: fresh.auditLog + 1, session: 0 });
    expect(await t.db.user.count({ where: { email: { in: ["visitor@elsewhere.test"] } } })).toBe(0);
    expect(await t.db.applicantProfile.count({ where: { schoolId: resetId, phone: "555-0199" } })).toBe(0);
    expect(await t.db.auditLog.findFirst({ where: { schoolId: resetId, action: "demo.reset" } })).toMatchObject({ actorUserId: null, createdAt: later });
    // Deadlines sit where a fresh seed puts them, counted from the reset's now.
    expect(await timesFrom(resetId, later)).toEqual(freshTimes);

    expect(await countsFor(other.schoolId)).toEqual(otherBefore);
    // The audit log is append-only again.
    await expect(t.db.auditLog.deleteMany({ where: { schoolId: other.schoolId } })).rejects.toThrow(/append-only/);
  });

  it("changes nothing when any part fails, and the audit log stays append-only", async () => {
    const before = await demoSchoolId();
    const demoPerson = await t.db.user.findFirstOrThrow({ where: { schoolId: before } });
    // A row of another school naming a demo person: deleting that person fails, so the whole reset rolls back.
    const stray = await t.db.invitation.create({
      data: {
        schoolId: other.schoolId,
        email: "stray@elsewhere.test",
        name: "Stray Reference",
        role: "ADVOCATE",
        advocateKind: "PROGRAM_DIRECTOR",
        title: "Program Director",
        specialty: "Surgery",
        tokenHash: "e".repeat(64),
        expiresAt: new Date(T0.getTime() + 24 * HOUR),
        invitedById: demoPerson.id,
      },
    });
    const counts = await countsFor(before);
    const otherCounts = await countsFor(other.schoolId);
    await expect(resetDemo(t.db, { now: new Date(T0.getTime() + 4 * 24 * HOUR), demoMode: true, log: quiet })).rejects.toThrow(/invited_by/);
    expect(await demoSchoolId()).toBe(before);
    expect(await countsFor(before)).toEqual(counts);
    expect(await countsFor(other.schoolId)).toEqual(otherCounts);
    // The trigger the reset turned off for its own DELETE is on again after the rollback.
    await expect(t.db.auditLog.deleteMany({ where: { schoolId: before } })).rejects.toThrow(/append-only/);
    await t.db.invitation.delete({ where: { id: stray.id } });
  });

  it("is refused when demo mode is off, and changes nothing", async () => {
    const before = await demoSchoolId();
    const counts = await countsFor(before);
    const refused = await failure(resetDemo(t.db, { now: new Date(), demoMode: false, log: quiet }));
    expect(refused).toBeInstanceOf(DemoResetRefused);
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe(DEMO_MODE_OFF);
    expect(await demoSchoolId()).toBe(before);
    expect(await countsFor(before)).toEqual(counts);
  });
});

describe("the home page's reset button (demo.reset)", () => {
  const clock = new ManualClock(new Date(T0.getTime() + 10 * 24 * HOUR));
  const press = () =>
    runInScope(
      {
        db: t.db,
        clock,
        actor: async () => null,
        revalidate: () => {},
        outbox: () => ({ mailer: null, origin: "http://localhost" }),
      },
      () => resetDemoAction({}) as Promise<ActionResult>,
    );

  it("is refused with a clear message unless demo mode is on", async () => {
    vi.stubEnv("SOAP_DESK_DEMO", "");
    const before = await demoSchoolId();
    expect(await press()).toMatchObject({ ok: false, code: "FORBIDDEN", message: DEMO_MODE_OFF });
    vi.stubEnv("SOAP_DESK_DEMO", "0");
    expect(await press()).toMatchObject({ ok: false, code: "FORBIDDEN", message: DEMO_MODE_OFF });
    expect(await demoSchoolId()).toBe(before);
  });

  it("resets the demo for anyone in demo mode, once for two presses close together", async () => {
    vi.stubEnv("SOAP_DESK_DEMO", "1");
    const before = await demoSchoolId();
    expect(await press()).toMatchObject({ ok: true, message: "The demo school is reset: everything is as it was seeded, with times relative to now." });
    const after = await demoSchoolId();
    expect(after).not.toBe(before);
    clock.advanceMinutes(0.1);
    expect(await press()).toMatchObject({ ok: true, message: "The demo school was reset a moment ago, so it is already at its starting point." });
    expect(await demoSchoolId()).toBe(after);
    clock.advanceMinutes(1);
    expect(await press()).toMatchObject({ ok: true, message: "The demo school is reset: everything is as it was seeded, with times relative to now." });
    expect(await demoSchoolId()).not.toBe(after);
  });
});

describe("npm run demo:reset", () => {
  const run = (env: Record<string, string>) => runScript("scripts/demo-reset.ts", env);

  it("refuses a database named by DATABASE_URL without SOAP_DESK_DEMO=1, before touching it", async () => {
    const before = await demoSchoolId();
    const { status, output } = run({ DATABASE_URL: t.url });
    expect(output).toContain(DEMO_MODE_OFF);
    expect(output).toContain("DATABASE_URL is set and SOAP_DESK_DEMO=1 is not.");
    expect(status).toBe(1);
    expect(await demoSchoolId()).toBe(before);
  });

  it("resets the demo school of DATABASE_URL with SOAP_DESK_DEMO=1", async () => {
    const before = await demoSchoolId();
    const { status, output } = run({ DATABASE_URL: t.url, SOAP_DESK_DEMO: "1" });
    expect(output).toContain(`Reset ${DEMO_SCHOOL.name}`);
    expect(status).toBe(0);
    expect(await demoSchoolId()).not.toBe(before);
  });
});

describe("npm run demo:remove", () => {
  const run = (args: string[] = []) => runScript("scripts/demo-remove.ts", { DATABASE_URL: t.url }, args);

  it("refuses a school that is not the demo school, with the reason, removing nothing", async () => {
    const otherBefore = await countsFor(other.schoolId);
    const slug = (await t.db.school.findUniqueOrThrow({ where: { id: other.schoolId } })).slug;
    const { status, stderr } = run(["--school", slug]);
    expect(stderr).toContain(`The school "${slug}" (Test School`);
    expect(stderr).toContain("is not the demo school");
    expect(status).toBe(1);
    expect(await countsFor(other.schoolId)).toEqual(otherBefore);
    expect(await t.db.school.count({ where: { slug: DEMO_SCHOOL.slug } })).toBe(1);
  });

  it("removes the demo school and everything of it, and nothing else, without demo mode", async () => {
    const otherBefore = await countsFor(other.schoolId);
    const demoId = await demoSchoolId();
    const { status, output } = run();
    expect(output).toContain(`Removed ${DEMO_SCHOOL.name}`);
    expect(status).toBe(0);
    expect(await t.db.school.count({ where: { id: demoId } })).toBe(0);
    const left = await countsFor(demoId);
    expect(Object.values(left).every((n) => n === 0)).toBe(true);
    expect(await countsFor(other.schoolId)).toEqual(otherBefore);
    await expect(t.db.auditLog.deleteMany({ where: { schoolId: other.schoolId } })).rejects.toThrow(/append-only/);

    const again = run();
    expect(again.output).toContain(`There is no school "${DEMO_SCHOOL.slug}" in this database`);
    expect(again.status).toBe(0);
  });

  it("refuses a real school that took the demo's slug after the demo was removed", async () => {
    const school = await t.db.school.create({ data: { name: "Northfield College of Medicine", slug: DEMO_SCHOOL.slug } });
    const { status, stderr } = run();
    expect(stderr).toContain("is not the demo school");
    expect(status).toBe(1);
    expect(await t.db.school.count({ where: { id: school.id } })).toBe(1);
  });
});
