// The advocate's workspace against a real PostgreSQL, through the use cases and page loaders:
// - Privacy: an advocate searches only the programs on the lists of applicants they are actively
//   assigned to, plus their own connections; unassigning takes a list's programs away again.
// - Connections: a program the advocate may not see, or another advocate's connection, answers
//   "not found" and nothing is written; duplicates are refused on `kind`; edits and removals audit.
// - The applicant and program pages open only for an assigned applicant and a listed program; the
//   program page carries the faculty script from the shared narrative and the timeline.
// - Each row follows the playbook's order, the advocate's connected programs first.
// - Nudges: one per program per interval, none once the applicant has emailed; refusals write nothing.
// - Contacts logged after the fact count by the day they happened, in the school's time zone.
// - A program's call taken by the advocate tells the applicant at once (task, notification, email).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import type { AppError } from "@/lib/server/core/errors";
import { APPLICANT_NOT_FOUND } from "@/lib/server/auth/policy";
import { getMyConnections } from "@/lib/server/advocacy/my-connections";
import { addConnection, editConnection, removeConnection } from "@/lib/server/advocacy/connections";
import { getAdvocateApplicant } from "@/lib/server/advocacy/advocate-applicant";
import { getAdvocateProgram } from "@/lib/server/advocacy/advocate-program";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { nudgeApplicant, assignAdvocate, unassignAdvocate, claimProgram, logContact, saveNarrative, addTarget, markApplied } from "@/tests/support/commands";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";
import { failure } from "./support/failure";

type Applicant = Awaited<ReturnType<SchoolFixture["addApplicant"]>>;
type Advocate = Awaited<ReturnType<SchoolFixture["addAdvocate"]>>;

const HOUR_MINUTES = 60;
// 14:00 in New York (EDT, UTC-4) on Wednesday 8 April 2026: the school's default time zone. The
// tests run with TZ=Asia/Tokyo, where it is already 03:00 on the 9th.
const NOW = new Date("2026-04-08T18:00:00Z");

let t: TestDatabase;
let school: SchoolFixture;
let other: SchoolFixture;
const clock = new ManualClock(NOW);
const ctx = (actor: Parameters<ReturnType<typeof contextFor>>[0]) => contextFor(t.db, clock)(actor);

beforeAll(async () => {
  t = await createTestDatabase("advocate_ws");
  // Season "open": the window opened 30 days before NOW and is over, so the playbook order applies.
  school = await createSchool(t.db, { now: NOW, programs: 12 });
  other = await createSchool(t.db, { now: NOW, programs: 2 });
});
afterAll(async () => t?.drop());
beforeEach(() => clock.set(NOW));

/** Every row a refused call could have written, counted over the whole database. */
async function writes() {
  return {
    connections: await t.db.connection.count(),
    contacts: await t.db.contact.count(),
    tasks: await t.db.task.count(),
    notifications: await t.db.notification.count(),
    outboxEmails: await t.db.outboxEmail.count(),
    auditRows: await t.db.auditLog.count(),
  };
}

/** The ids of the programs the advocate's catalog search returns, in a stable order. */
async function searchIds(advocate: Advocate, q?: string) {
  const { programs } = await getMyConnections(t.db, advocate, q === undefined ? {} : { q });
  return programs.map((p) => p.id).sort();
}

async function rowOf(advocate: Advocate, applicant: Applicant, programId: string) {
  const { programs } = await getAdvocateApplicant(t.db, advocate, applicant.applicantId, clock.now());
  const row = programs.find((r) => r.programId === programId);
  expect(row, "the program is on the applicant's list").toBeDefined();
  return row!;
}

async function expectNotFound(promise: Promise<unknown>) {
  const error = await failure(promise);
  expect(error.code).toBe("NOT_FOUND");
  return error;
}

/** A business rule's refusal: its stable code, plain words and a next step. */
async function expectRefusal(promise: Promise<unknown>, ruleCode: string): Promise<AppError> {
  const error = await failure(promise);
  expect(error.code).toBe("RULE_REFUSED");
  expect(error.refusal).toMatchObject({ ruleCode, overridable: false });
  expect(error.refusal?.reason.length).toBeGreaterThan(10);
  expect(error.refusal?.next.length).toBeGreaterThan(5);
  return error;
}

async function emailOf(applicant: Applicant) {
  return (await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } })).email;
}

const sorted = (ids: string[]) => [...ids].sort();

describe("the programs an advocate may search", () => {
  it("are their assigned applicants' lists and their own connections; a query narrows them; unassigning takes a list away", async () => {
    const [connected, listed, listedToo, notTheirApplicants, unrelated] = school.programIds as [string, string, string, string, string];
    // Several programs share a word, so that a query would find any of them a filter let through.
    const rename = (id: string, name: string) => t.db.program.update({ where: { id }, data: { name } });
    await rename(connected, "Lakeside Community Hospital");
    await rename(listed, "Lakeside University Medical Center");
    await rename(notTheirApplicants, "Lakeside Regional Medical Center");
    await rename(unrelated, "Lakeside Catalog Only");
    await rename(other.programIds[0]!, "Lakeside Elsewhere (another school)");

    const advocate = await school.addAdvocate({ connectedTo: [connected] });
    const colleague = await school.addAdvocate();
    const assigned = await school.addApplicant({ name: "Avery Assigned" });
    const notAssigned = await school.addApplicant({ name: "Nico Notmine" });
    for (const programId of [listed, listedToo]) await addTarget(ctx(assigned), assigned.applicantId, { programId });
    for (const programId of [listed, notTheirApplicants]) await addTarget(ctx(notAssigned), notAssigned.applicantId, { programId });
    await assignAdvocate(ctx(school.dean), { applicantId: assigned.applicantId, advocateId: advocate.advocateId });
    await assignAdvocate(ctx(school.dean), { applicantId: notAssigned.applicantId, advocateId: colleague.advocateId });

    expect(await searchIds(advocate)).toEqual(sorted([connected, listed, listedToo]));
    const found = await getMyConnections(t.db, advocate, { q: "  lAkEsIdE " });
    expect(found.q).toBe("lAkEsIdE");
    expect(found.programs.map((p) => p.name)).toEqual(["Lakeside Community Hospital", "Lakeside University Medical Center"]);
    expect(found.more).toBe(false);
    expect(found.connections.map((c) => c.program.id)).toEqual([connected]);
    expect(await searchIds(advocate, "UNIVERSITY")).toEqual([listed]);
    expect(await searchIds(advocate, "no such program")).toEqual([]);
    // The colleague's applicant's list is theirs to search, not this advocate's.
    expect(await searchIds(colleague)).toEqual(sorted([listed, notTheirApplicants]));
    expect((await getAdvocateHome(t.db, advocate, clock.now())).applicants.map((a) => a.applicantId)).toEqual([assigned.applicantId]);

    await unassignAdvocate(ctx(school.dean), { applicantId: assigned.applicantId, advocateId: advocate.advocateId });
    expect(await searchIds(advocate)).toEqual([connected]);
    expect(await searchIds(advocate, "lakeside")).toEqual([connected]);
    expect((await getMyConnections(t.db, advocate, {})).connections.map((c) => c.program.id)).toEqual([connected]);
    expect((await getAdvocateHome(t.db, advocate, clock.now())).applicants).toEqual([]);
  });
});

describe("recording connections", () => {
  it("answers a program the advocate may not see as not found, and writes nothing", async () => {
    const [listed, unrelated] = [school.programIds[5]!, school.programIds[6]!];
    const advocate = await school.addAdvocate();
    const applicant = await school.addApplicant();
    await addTarget(ctx(applicant), applicant.applicantId, { programId: listed });
    await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocate.advocateId });

    const before = await writes();
    for (const programId of [unrelated, other.programIds[1]!]) {
      const error = await expectNotFound(addConnection(t.db, advocate, { programId, kind: "ALUMNI" }));
      expect(error.message).toBe("That program was not found.");
    }
    expect(await writes()).toEqual(before);

    const { connection, programName } = await addConnection(t.db, advocate, { programId: listed, kind: "ALUMNI", note: "  Did my residency there  " });
    expect(connection).toMatchObject({ advocateId: advocate.advocateId, programId: listed, kind: "ALUMNI", note: "Did my residency there" });
    expect(programName).toBe((await t.db.program.findUniqueOrThrow({ where: { id: listed } })).name);
    expect(await t.db.auditLog.count({ where: { action: "connection.create", entityId: connection.id, actorUserId: advocate.userId } })).toBe(1);
  });

  it("refuses the same program and kind twice with an error on kind; another kind is a new connection", async () => {
    const programId = school.programIds[5]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] }); // TRAINED_WITH_PD
    const before = await writes();
    const error = await failure(addConnection(t.db, advocate, { programId, kind: "TRAINED_WITH_PD", note: "Again" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.kind?.[0]).toMatch(/already recorded this connection/);
    expect(await writes()).toEqual(before);

    await addConnection(t.db, advocate, { programId, kind: "WORKED_THERE" });
    expect(await t.db.connection.count({ where: { advocateId: advocate.advocateId, programId } })).toBe(2);

    // A double submission: one is recorded, the other hears the same clear answer.
    const twice = await Promise.allSettled([0, 1].map(() => addConnection(t.db, advocate, { programId, kind: "ALUMNI" })));
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [lost] = twice.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(lost?.reason).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { kind: [expect.stringMatching(/already recorded/)] } });
  });

  it("answers another advocate's connection as not found and leaves it alone; the owner's edit and removal each write one audit row", async () => {
    const programId = school.programIds[0]!;
    const owner = await school.addAdvocate({ connectedTo: [programId] });
    const intruder = await school.addAdvocate({ connectedTo: [programId] });
    const mine = await t.db.connection.findFirstOrThrow({ where: { advocateId: owner.advocateId } });

    const before = await writes();
    await expectNotFound(editConnection(t.db, intruder, { connectionId: mine.id, kind: "ALUMNI", note: "Taken over" }));
    await expectNotFound(removeConnection(t.db, intruder, { connectionId: mine.id }));
    expect(await t.db.connection.findUniqueOrThrow({ where: { id: mine.id } })).toEqual(mine);
    expect(await writes()).toEqual(before);

    const edited = await editConnection(t.db, owner, { connectionId: mine.id, kind: "WORKED_THERE", note: "Chief resident 2015-2018" });
    expect(edited).toMatchObject({ id: mine.id, kind: "WORKED_THERE", note: "Chief resident 2015-2018" });
    const updates = await t.db.auditLog.findMany({ where: { action: "connection.update", entityId: mine.id } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ actorUserId: owner.userId, before: { kind: "TRAINED_WITH_PD" }, after: { kind: "WORKED_THERE" } });

    await removeConnection(t.db, owner, { connectionId: mine.id });
    expect(await t.db.connection.findUnique({ where: { id: mine.id } })).toBeNull();
    expect(await t.db.auditLog.count({ where: { action: "connection.delete", entityId: mine.id, actorUserId: owner.userId } })).toBe(1);
    expect(await t.db.connection.count({ where: { advocateId: intruder.advocateId } })).toBe(1);
  });
});

describe("the applicant and program pages", () => {
  it("answer not found for an applicant not assigned to the advocate, no longer assigned, or of another school", async () => {
    const programId = school.programIds[1]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] });
    const stranger = await school.addApplicant();
    const former = await school.addApplicant();
    const elsewhere = await other.addApplicant();
    for (const a of [stranger, former]) await addTarget(ctx(a), a.applicantId, { programId });
    await addTarget(ctx(elsewhere), elsewhere.applicantId, { programId: other.programIds[0]! });
    await assignAdvocate(ctx(school.dean), { applicantId: former.applicantId, advocateId: advocate.advocateId });
    await expect(getAdvocateApplicant(t.db, advocate, former.applicantId, clock.now())).resolves.toMatchObject({ applicantId: former.applicantId });
    await unassignAdvocate(ctx(school.dean), { applicantId: former.applicantId, advocateId: advocate.advocateId });

    for (const a of [stranger, former, elsewhere]) {
      const error = await expectNotFound(getAdvocateApplicant(t.db, advocate, a.applicantId, clock.now()));
      expect(error.message).toBe(APPLICANT_NOT_FOUND);
    }
    for (const a of [stranger, former]) await expectNotFound(getAdvocateProgram(t.db, advocate, { applicantId: a.applicantId, programId }, clock.now()));
    await expectNotFound(getAdvocateProgram(t.db, advocate, { applicantId: elsewhere.applicantId, programId: other.programIds[0]! }, clock.now()));
  });

  it("open only a program on the applicant's list, even when another is the advocate's own connection", async () => {
    const [listed, ownConnection] = [school.programIds[1]!, school.programIds[7]!];
    const advocate = await school.addAdvocate({ connectedTo: [listed, ownConnection] });
    const applicant = await school.addApplicant();
    await addTarget(ctx(applicant), applicant.applicantId, { programId: listed });
    await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocate.advocateId });

    expect(await searchIds(advocate)).toContain(ownConnection);
    const error = await expectNotFound(getAdvocateProgram(t.db, advocate, { applicantId: applicant.applicantId, programId: ownConnection }, clock.now()));
    expect(error.message).toBe("That program on this applicant's list was not found.");
    const page = await getAdvocateProgram(t.db, advocate, { applicantId: applicant.applicantId, programId: listed }, clock.now());
    expect(page.program.id).toBe(listed);
    expect(page.connections.map((c) => c.kind)).toEqual(["TRAINED_WITH_PD"]);
  });

  it("carries the faculty script from the shared narrative, and the timeline names the applicant's own email", async () => {
    const programId = school.programIds[1]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Priya Raman" });
    const applicant = await school.addApplicant({ name: "Maya Okafor" });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    const open = () => getAdvocateProgram(t.db, advocate, { applicantId: applicant.applicantId, programId }, clock.now());
    expect((await open()).scripts).toBeNull();

    const context = "She took a leave of absence in third year for a family illness, now fully resolved";
    await saveNarrative(ctx(applicant), applicant.applicantId, {
      strengths: ["Sharp clinical reasoning on the wards", "Trusted by the nursing staff", "Calm under pressure"],
      weaknessContext: [context],
      reliability: "Never missed a shift",
    });
    await emailProgram(ctx(applicant), applicant.applicantId, programId);

    const page = await open();
    const { aamcId } = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: applicant.applicantId } });
    expect(page.narrative).toMatchObject({ version: 1, weaknessContext: [context] });
    expect(page.scripts?.PHONE.body).toContain("Dr. Priya Raman");
    expect(page.scripts?.PHONE.body).toContain("Maya Okafor");
    expect(page.scripts?.PHONE.body).toContain(context);
    expect(page.scripts?.EMAIL.subject).toContain(aamcId);
    expect(page.scripts?.EMAIL.subject).toContain("Maya Okafor");
    expect(page.row.status).toBe("ready");

    const ownEmail = page.events.find((e) => e.kind === "contact" && e.actorRole === "APPLICANT");
    expect(ownEmail).toMatchObject({ who: "Maya Okafor", direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT" });
    expect(page.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["target", "contact"]));
  });
});

describe("the applicant's list, row by row", () => {
  it("puts the advocate's connected programs first, and follows apply → applicant's email → faculty call", async () => {
    const [first, second, worked] = [school.programIds[3]!, school.programIds[4]!, school.programIds[2]!];
    const advocate = await school.addAdvocate({ connectedTo: [worked] });
    const applicant = await school.addApplicant();
    // Ranked last on the applicant's list, the connected program still comes first for the advocate.
    for (const programId of [first, second, worked]) await addTarget(ctx(applicant), applicant.applicantId, { programId });
    await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocate.advocateId });
    await claimProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: worked });

    const { programs: rows } = await getAdvocateApplicant(t.db, advocate, applicant.applicantId, clock.now());
    expect(rows.map((r) => r.programId)).toEqual([worked, first, second]);
    expect(rows.map((r) => r.connections)).toEqual([["TRAINED_WITH_PD"], [], []]);
    expect(rows[1]).toMatchObject({ status: "unclaimed", preview: { action: "claim", refusal: { code: "NO_CONNECTION" } } });
    expect(rows[0]).toMatchObject({ status: "waiting-for-application", applied: false, preview: { action: null } });

    await markApplied(ctx(applicant), applicant.applicantId, { programId: worked });
    expect(await rowOf(advocate, applicant, worked)).toMatchObject({
      status: "waiting-for-applicant-email",
      applied: true,
      preview: { action: "nudge", refusal: null },
    });

    await emailProgram(ctx(applicant), applicant.applicantId, worked);
    expect(await rowOf(advocate, applicant, worked)).toMatchObject({ status: "ready", preview: { action: "contact", refusal: null } });

    await advocateCall(ctx(advocate), applicant.applicantId, worked);
    expect(await rowOf(advocate, applicant, worked)).toMatchObject({ status: "done", preview: { action: "contact" } });
  });
});

describe("the advocate's next actions", () => {
  it("come from the database's state through the rules: a nudge, then the call once the applicant emailed, then nothing after the call", async () => {
    const programId = school.programIds[11]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Next Step" });
    const applicant = await school.addApplicant();
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    const actions = async () => (await getAdvocateHome(t.db, advocate, clock.now())).nextActions.filter((a) => a.applicantId === applicant.applicantId);

    expect((await actions()).map((a) => [a.kind, a.programId])).toEqual([["nudge", programId]]);
    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    const [call] = await actions();
    expect(call).toMatchObject({ kind: "contact", programId, href: `/advocate/applicants/${applicant.applicantId}/programs/${programId}` });
    expect(call?.title).toMatch(/^(Call|Write to) /);
    expect(call?.why).toContain("applied and emailed it, and you hold it; your connection: Trained with the program director.");
    await advocateCall(ctx(advocate), applicant.applicantId, programId);
    // The applicant's follow-up after the call is theirs until it is due; it is the one thing left.
    expect((await actions()).map((a) => a.kind)).toEqual(["follow-up"]);
  });
});

describe("nudging the applicant", () => {
  it("writes the task, its notification and its email; not again within 12 hours; not at all once the applicant has emailed", async () => {
    const programId = school.programIds[8]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Nadia Nudge" });
    const applicant = await school.addApplicant();
    const nudge = () => nudgeApplicant(ctx(advocate), { applicantId: applicant.applicantId, programId });
    await addTarget(ctx(applicant), applicant.applicantId, { programId });
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);

    // Not applied yet: the program is not waiting for the applicant's email.
    let before = await writes();
    await expectRefusal(nudge(), "NOT_APPLIED");
    expect(await writes()).toEqual(before);

    await markApplied(ctx(applicant), applicant.applicantId, { programId });
    expect((await rowOf(advocate, applicant, programId)).status).toBe("waiting-for-applicant-email");
    const first = (await nudge()).result;
    expect(first).toMatchObject({ kind: "NUDGE", status: "OPEN", programId, createdById: advocate.userId, createdAt: NOW });
    const notification = await t.db.notification.findFirstOrThrow({ where: { taskId: first.id } });
    expect(notification).toMatchObject({ kind: "NUDGE", userId: applicant.userId, readAt: null });
    expect(await t.db.outboxEmail.findFirstOrThrow({ where: { notificationId: notification.id } })).toMatchObject({
      toAddress: await emailOf(applicant),
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: NOW,
    });
    expect(await t.db.auditLog.count({ where: { action: "nudge.create", entityId: first.id, actorUserId: advocate.userId } })).toBe(1);

    clock.advanceMinutes(11 * HOUR_MINUTES);
    before = await writes();
    const tooSoon = await expectRefusal(nudge(), "NUDGE_TOO_SOON");
    expect(tooSoon.refusal?.reason).toContain("12 hours");
    expect(await writes()).toEqual(before);

    clock.advanceMinutes(HOUR_MINUTES);
    const second = (await nudge()).result;
    expect(second.createdAt).toEqual(new Date(NOW.getTime() + 12 * HOUR_MINUTES * 60_000));
    expect(await t.db.task.count({ where: { applicantId: applicant.applicantId, kind: "NUDGE", status: "OPEN" } })).toBe(2);

    clock.advanceMinutes(30);
    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    const nudges = await t.db.task.findMany({ where: { applicantId: applicant.applicantId, kind: "NUDGE" } });
    expect(nudges.map((task) => ({ status: task.status, completedAt: task.completedAt }))).toEqual([
      { status: "DONE", completedAt: clock.now() },
      { status: "DONE", completedAt: clock.now() },
    ]);

    clock.advanceMinutes(13 * HOUR_MINUTES);
    before = await writes();
    await expectRefusal(nudge(), "NUDGE_NOT_NEEDED");
    expect(await writes()).toEqual(before);
  });
});

describe("contacts logged after the fact", () => {
  // Times in New York (EDT, UTC-4). The call "yesterday evening" is on 8 April in UTC and in Tokyo,
  // the same day as the 10:00 call there: only the school's time zone tells the two days apart.
  const yesterdayMorning = new Date("2026-04-07T13:00:00Z"); // 7 April, 09:00
  const yesterdayEvening = new Date("2026-04-08T01:00:00Z"); // 7 April, 21:00
  const todayEarly = new Date("2026-04-08T12:00:00Z"); //       8 April, 08:00
  const todayAtTen = new Date("2026-04-08T14:00:00Z"); //       8 April, 10:00

  it("allow one call per program per school day, by when it happened, never in the future or before the season", async () => {
    const programId = school.programIds[9]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] });
    const applicant = await school.addApplicant();
    clock.set(yesterdayMorning);
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    clock.set(NOW);
    expect((await rowOf(advocate, applicant, programId)).status).toBe("ready");

    const call = (occurredAt: Date) =>
      logContact(ctx(advocate), applicant.applicantId, { programId, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt });
    const calls = () => t.db.contact.findMany({ where: { applicantId: applicant.applicantId, actorRole: "ADVOCATE" }, orderBy: { occurredAt: "asc" } });

    const atTen = (await call(todayAtTen)).result.contact;
    expect(atTen.occurredAt).toEqual(todayAtTen);

    let before = await writes();
    await expectRefusal(call(todayEarly), "PHONE_DAILY_LIMIT");
    expect(await writes()).toEqual(before);

    const yesterday = (await call(yesterdayEvening)).result.contact;
    expect(yesterday.occurredAt).toEqual(yesterdayEvening);
    expect((await calls()).map((c) => c.occurredAt)).toEqual([yesterdayEvening, todayAtTen]);

    before = await writes();
    const future = await failure(call(new Date(NOW.getTime() + HOUR_MINUTES * 60_000)));
    expect(future.code).toBe("INVALID_INPUT");
    expect(future.fieldErrors?.occurredAt?.[0]).toMatch(/cannot be in the future/);

    const season = await t.db.season.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    await expectRefusal(call(new Date(season.windowStartsAt.getTime() - 60_000)), "CONTACT_BEFORE_SEASON");
    expect(await writes()).toEqual(before);
  });
});

describe("a program's call taken by the advocate", () => {
  it("gives the applicant an urgent task, with its notification and its email, in the same write", async () => {
    const programId = school.programIds[10]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Took The Call" });
    const applicant = await school.addApplicant();
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocate.advocateId });

    const { result } = await logContact(ctx(advocate), applicant.applicantId, {
      programId,
      direction: "INBOUND",
      channel: "PHONE",
      outcome: "INTERVIEW_OFFERED",
      occurredAt: clock.now(),
      summary: "The coordinator called my office to offer an interview",
    });
    expect(result.tasks).toHaveLength(1);
    const task = await t.db.task.findUniqueOrThrow({ where: { id: result.tasks[0]!.id } });
    expect(task).toMatchObject({ kind: "URGENT_RESPONSE", status: "OPEN", applicantId: applicant.applicantId, programId, sourceContactId: result.contact.id });
    expect(task.dueAt).toEqual(new Date(NOW.getTime() + 30 * 60_000));

    const notification = await t.db.notification.findFirstOrThrow({ where: { taskId: task.id } });
    expect(notification).toMatchObject({ kind: "URGENT_TASK", userId: applicant.userId, readAt: null });
    expect(notification.body).toContain("Dr. Took The Call");
    expect(await t.db.outboxEmail.findFirstOrThrow({ where: { notificationId: notification.id } })).toMatchObject({
      toAddress: await emailOf(applicant),
      status: "PENDING",
      nextAttemptAt: NOW,
    });
    expect((await getAdvocateApplicant(t.db, advocate, applicant.applicantId, clock.now())).summary.openUrgentTasks).toBe(1);
  });
});
