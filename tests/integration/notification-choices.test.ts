// "How you're told", through the real use case and the real server action over HTTP: each role
// sees its own kinds with their defaults; a saved choice is kept, audited, and touches nobody
// else's; an urgent kind left with neither email nor push, and a kind the role never gets, are
// refused with a clear message and change nothing at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { URGENT_NEEDS_A_CHANNEL } from "@/lib/domain/notification-channels";
import { ManualClock } from "@/lib/server/core/clock";
import type { Actor } from "@/lib/server/core/actor";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { listChannelChoices, saveChannelChoice } from "@/lib/server/notifications/notification-preferences";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { failure } from "./support/failure";
import { databaseFingerprint } from "./support/database-fingerprint";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

const clock = new ManualClock(new Date("2026-03-19T13:30:00Z"));
let t: TestDatabase;
let school: SchoolFixture;
let app: AppServer;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("choices");
  school = await createSchool(t.db, { now: clock.now(), programs: 1 });
  const port = await freePort();
  app = await startAppServer(port, { DATABASE_URL: t.url, AUTH_URL: `http://127.0.0.1:${port}`, AUTH_SECRET: "notification-choices-secret-0123456789abcdef" });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const ctx = (actor: Actor) => contextFor(t.db, clock)(actor);
const shown = async (actor: Actor) => (await listChannelChoices(t.db, actor)).choices.map(({ kind, email, push, chosen }) => ({ kind, email, push, chosen }));

async function cookieFor(actor: Actor): Promise<string> {
  const { sessionToken } = await createDatabaseSession(t.db, actor.userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

const saveOverHttp = (cookie: string | undefined, input: unknown) =>
  callActionOverHttp(app.address, findBuiltAction("app/notifications/settings/actions.ts", "saveChannelChoiceAction"), input, cookie);

describe("how each person is told", () => {
  it("lists each role's own kinds with their defaults until a choice is saved", async () => {
    const applicant = await school.addApplicant();
    const advocate = await school.addAdvocate();
    expect(await shown(applicant)).toEqual([
      { kind: "URGENT_TASK", email: true, push: true, chosen: false },
      { kind: "OFFER_REMINDER", email: true, push: true, chosen: false },
      { kind: "NUDGE", email: true, push: false, chosen: false },
      { kind: "FOLLOW_UP_TASK", email: true, push: false, chosen: false },
      { kind: "FOLLOW_UP_OVERDUE", email: true, push: false, chosen: false },
    ]);
    expect((await shown(advocate)).map((c) => c.kind)).toEqual(["CALL_UNANSWERED", "OFFER_REMINDER", "MORNING_SUMMARY"]);
    expect((await shown(school.dean)).map((c) => c.kind)).toEqual(["CALL_UNANSWERED", "OFFER_EXPIRED", "DATA_RETENTION"]);
    // The words use the school's own response window.
    await t.db.schoolPolicy.update({ where: { schoolId: school.schoolId }, data: { urgentResponseMinutes: 20 } });
    const dean = await listChannelChoices(t.db, school.dean);
    expect(dean.choices[0]?.description).toBe("A program called and nobody answered in 20 minutes.");
    expect(dean.pushDevices).toBe(0);
  });

  it("keeps a saved choice, audits it with before and after, and touches nobody else's", async () => {
    const applicant = await school.addApplicant();
    const other = await school.addApplicant();
    const saved = await saveChannelChoice(ctx(applicant), { kind: "NUDGE", email: false, push: false });
    expect(saved).toMatchObject({ choice: { email: false, push: false }, changed: true });
    expect((await shown(applicant)).find((c) => c.kind === "NUDGE")).toEqual({ kind: "NUDGE", email: false, push: false, chosen: true });
    expect((await shown(other)).find((c) => c.kind === "NUDGE")).toEqual({ kind: "NUDGE", email: true, push: false, chosen: false });
    const entry = await t.db.auditLog.findFirstOrThrow({ where: { action: "notification.channels", actorUserId: applicant.userId } });
    expect(entry).toMatchObject({
      schoolId: school.schoolId,
      entityType: "NotificationPreference",
      before: { kind: "NUDGE", email: true, push: false },
      after: { kind: "NUDGE", email: false, push: false },
    });

    // Saving the same choice again changes nothing and writes no second entry.
    expect(await saveChannelChoice(ctx(applicant), { kind: "NUDGE", email: false, push: false })).toMatchObject({ changed: false });
    expect(await t.db.auditLog.count({ where: { action: "notification.channels", actorUserId: applicant.userId } })).toBe(1);
  });

  it("refuses an urgent kind with neither email nor push, field by field, and changes nothing", async () => {
    const advocate = await school.addAdvocate();
    await saveChannelChoice(ctx(advocate), { kind: "CALL_UNANSWERED", email: false, push: true });
    const before = await databaseFingerprint(t.db);
    const refused = await failure(saveChannelChoice(ctx(advocate), { kind: "CALL_UNANSWERED", email: false, push: false }));
    expect(refused).toMatchObject({ code: "INVALID_INPUT", message: URGENT_NEEDS_A_CHANNEL });
    expect(refused.fieldErrors).toEqual({ email: [URGENT_NEEDS_A_CHANNEL], push: [URGENT_NEEDS_A_CHANNEL] });
    expect(await databaseFingerprint(t.db)).toEqual(before);
    expect((await shown(advocate)).find((c) => c.kind === "CALL_UNANSWERED")).toMatchObject({ email: false, push: true });
  });

  it("refuses a kind the role never gets, saying so, and changes nothing", async () => {
    const before = await databaseFingerprint(t.db);
    const refused = await failure(saveChannelChoice(ctx(school.dean), { kind: "MORNING_SUMMARY", email: false, push: false }));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.message).toBe(
      `The dean's office does not get "Morning to-do" messages, so there is nothing to choose for it. Choose among the kinds listed on this page.`,
    );
    expect(refused.fieldErrors).toEqual({ kind: [refused.message] });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it("says, when saved, that push alone reaches nobody until a device is set up", async () => {
    const applicant = await school.addApplicant();
    const alone = await saveChannelChoice(ctx(applicant), { kind: "URGENT_TASK", email: false, push: true });
    expect(alone.notice).toMatch(/no device set up for push/);
    await t.db.pushSubscription.create({
      data: { schoolId: school.schoolId, userId: applicant.userId, endpoint: `https://push.example/${applicant.userId}`, p256dh: "k", auth: "a" },
    });
    const withDevice = await saveChannelChoice(ctx(applicant), { kind: "OFFER_REMINDER", email: false, push: true });
    expect(withDevice.notice).toBeUndefined();
    expect((await listChannelChoices(t.db, applicant)).pushDevices).toBe(1);
  });
});

describe("the server action, over HTTP", () => {
  it("saves the signed-in person's own choice and answers in words", async () => {
    const applicant = await school.addApplicant();
    const { status, result } = await saveOverHttp(await cookieFor(applicant), { kind: "FOLLOW_UP_TASK", email: false, push: true });
    expect(status).toBe(200);
    expect(result).toMatchObject({
      ok: true,
      message: `Saved: "Follow-up after a faculty call" comes in the app and by push.`,
      data: { email: false, push: true },
    });
    expect(await t.db.notificationPreference.findUnique({ where: { userId_kind: { userId: applicant.userId, kind: "FOLLOW_UP_TASK" } } })).toMatchObject({
      email: false,
      push: true,
      schoolId: school.schoolId,
    });
  });

  it("answers the urgent refusal field by field and writes nothing", async () => {
    const cookie = await cookieFor(await school.addApplicant());
    const before = await databaseFingerprint(t.db);
    const { result } = await saveOverHttp(cookie, { kind: "URGENT_TASK", email: false, push: false });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: URGENT_NEEDS_A_CHANNEL,
      fieldErrors: { email: [URGENT_NEEDS_A_CHANNEL], push: [URGENT_NEEDS_A_CHANNEL] },
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it("refuses hostile input and anyone not signed in, writing nothing", async () => {
    const cookie = await cookieFor(await school.addApplicant());
    const before = await databaseFingerprint(t.db);
    const bad = await saveOverHttp(cookie, { kind: "NUDGE", email: "no", push: false, userId: school.dean.userId });
    expect(bad.result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    const unknown = await saveOverHttp(cookie, { kind: "EVERYTHING", email: true, push: true });
    expect(unknown.result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { kind: [`The field "kind" is not one of the choices.`] } });
    const anonymous = await saveOverHttp(undefined, { kind: "NUDGE", email: false, push: false });
    expect(anonymous.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
