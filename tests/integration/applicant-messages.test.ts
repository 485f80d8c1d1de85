// The applicant's messages and "a program reached out", through the real server actions where
// the screen calls them: an inbound email from a catalog program that is not on the list is
// logged (urgent task, warning); the dialog's catalog search; the emails logged to each program,
// newest first, in the school's zone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { runInScope } from "@/lib/server/entry/scope";
import { getMessagesView } from "@/lib/server/outreach/messages-view";
import { logEmailSentAction, logProgramCalledAction, searchProgramsToLogAction } from "@/app/applicant/actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
let other: SchoolFixture;
// 10:00 AM in New York (EDT).
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));

beforeAll(async () => {
  t = await createTestDatabase("applicant_messages");
  school = await createSchool(t.db, { now: clock.now(), programs: 4 });
  other = await createSchool(t.db, { now: clock.now(), programs: 2 });
});
afterAll(async () => t?.drop());

/** Runs an entry point as `actor` would from the browser, against this test's database and clock. */
function as<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
  const scope = {
    db: t.db,
    clock,
    actor: async () => actor,
    revalidate: () => {},
    outbox: () => ({ mailer: null, origin: "http://localhost" }),
  };
  return runInScope(scope, work);
}

describe("a program reached out, from anywhere in the catalog", () => {
  it("logs an inbound email from a program not on the list: urgent task, with the not-on-list warning", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [listed, offList] = school.programIds as [string, string];
    await applyTo(ctx(a), a.applicantId, [listed]);

    const answer = await as(a, () => logProgramCalledAction({ programId: offList, channel: "EMAIL", outcome: "SPOKE" }));
    expect(answer).toMatchObject({ ok: true, warnings: [expect.objectContaining({ code: "NOT_ON_LIST" })], data: { taskTitle: expect.any(String) } });

    const contact = await t.db.contact.findFirstOrThrow({ where: { applicantId: a.applicantId, programId: offList } });
    expect(contact).toMatchObject({ direction: "INBOUND", channel: "EMAIL", outcome: "SPOKE", actorRole: "APPLICANT" });
    const task = await t.db.task.findFirstOrThrow({ where: { applicantId: a.applicantId, programId: offList } });
    expect(task).toMatchObject({ kind: "URGENT_RESPONSE", status: "OPEN", sourceContactId: contact.id });
    expect(task.title).toMatch(/reached out: reply to their email now$/);
    expect(task.dueAt.getTime() - clock.now().getTime()).toBe(30 * 60_000);
    // Still off the list: logging a contact does not add a target.
    expect(await t.db.target.count({ where: { applicantId: a.applicantId, programId: offList } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { applicantId: a.applicantId, action: "contact.log" } })).toBe(1);
  });

  it("logs an interview offered by email as such, and refuses a channel or outcome the dialog never sends", async () => {
    const a = await school.addApplicant();
    const programId = school.programIds[2]!;
    const answer = await as(a, () => logProgramCalledAction({ programId, channel: "EMAIL", outcome: "INTERVIEW_OFFERED" }));
    expect(answer).toMatchObject({ ok: true, data: { taskTitle: expect.stringMatching(/^Confirm the interview with /) } });
    expect(await t.db.contact.findFirstOrThrow({ where: { applicantId: a.applicantId, programId } })).toMatchObject({
      channel: "EMAIL",
      outcome: "INTERVIEW_OFFERED",
    });

    for (const input of [
      { programId, channel: "VIDEO", outcome: "SPOKE" },
      { programId, channel: "PHONE", outcome: "DECLINED" },
    ]) {
      expect(await as(a, () => logProgramCalledAction(input))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    expect(await t.db.contact.count({ where: { applicantId: a.applicantId } })).toBe(1);
  });

  it("does not log a program of another school", async () => {
    const a = await school.addApplicant();
    const answer = await as(a, () => logProgramCalledAction({ programId: other.programIds[0], channel: "PHONE", outcome: "SPOKE" }));
    expect(answer.ok).toBe(false);
    expect(await t.db.contact.count({ where: { applicantId: a.applicantId } })).toBe(0);
  });

  it("searches the school's catalog by a few words, marking the programs already on the list", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2] = school.programIds as [string, string];
    await applyTo(ctx(a), a.applicantId, [p1]);
    const program2 = await t.db.program.update({ where: { id: p2 }, data: { name: "Harbor View Medical Center Internal Medicine" } });

    const byName = await as(a, () => searchProgramsToLogAction({ q: "harbor  VIEW" }));
    expect(byName).toMatchObject({ ok: true, data: { total: 1, programs: [{ id: p2, onList: false, nrmpCode: program2.nrmpCode }] } });
    const byWords = await as(a, () => searchProgramsToLogAction({ q: "springfield internal il" }));
    expect(byWords.ok && byWords.data?.total).toBe(4);
    expect(byWords.ok && byWords.data?.programs.filter((p) => p.onList).map((p) => p.id)).toEqual([p1]);
    const byCode = await as(a, () => searchProgramsToLogAction({ q: program2.nrmpCode }));
    expect(byCode.ok && byCode.data?.programs.map((p) => p.id)).toEqual([p2]);
    // Another school's catalog is never searched; an empty query finds nothing.
    const foreign = await t.db.program.findUniqueOrThrow({ where: { id: other.programIds[0] } });
    expect(await as(a, () => searchProgramsToLogAction({ q: foreign.name }))).toMatchObject({ ok: true, data: { total: 0, programs: [] } });
    expect(await as(a, () => searchProgramsToLogAction({ q: "  " }))).toMatchObject({ ok: true, data: { total: 0, programs: [] } });
    // Only applicants use it.
    expect(await as(school.dean, () => searchProgramsToLogAction({ q: "Program" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("emails logged to each program", () => {
  it("lists the applicant's own emails per program, newest first, with the time in the school's zone", async () => {
    clock.set(new Date("2026-04-08T14:00:00Z"));
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2] = school.programIds as [string, string];
    await applyTo(ctx(a), a.applicantId, [p1, p2]);

    expect(await as(a, () => logEmailSentAction({ programId: p1, summary: "Emailed: first" }))).toMatchObject({ ok: true });
    clock.advanceMinutes(2);
    await emailProgram(ctx(a), a.applicantId, p2);
    clock.advanceMinutes(5);
    expect(await as(a, () => logEmailSentAction({ programId: p1, summary: "Emailed: second" }))).toMatchObject({ ok: true });
    // An advocate's email to the program is theirs, not one the applicant logged.
    const advocate = await school.addAdvocate({ connectedTo: [p1] });
    await assignAndClaim(ctx(school.dean), ctx(advocate), a.applicantId, [p1]);
    await advocateCall(ctx(advocate), a.applicantId, p1, "EMAIL");

    const view = await getMessagesView(t.db, a, clock.now());
    expect(view.timeZone).toBe("America/New_York");
    expect(view.now).toBe(clock.now().toISOString());
    const sent1 = view.programs.find((p) => p.programId === p1)!.sent;
    expect(sent1.map((s) => s.summary)).toEqual(["Emailed: second", "Emailed: first"]);
    expect(sent1[0]).toMatchObject({ at: "2026-04-08T14:07:00.000Z", atLabel: "Wed, Apr 8, 10:07 AM EDT", timeLabel: "10:07 AM EDT" });
    expect(sent1[1]).toMatchObject({ at: "2026-04-08T14:00:00.000Z", timeLabel: "10:00 AM EDT" });
    expect(view.programs.find((p) => p.programId === p2)!.sent.map((s) => s.summary)).toEqual(["Short introduction email"]);
    // Another applicant sees none of them.
    const b = await school.addApplicant();
    await applyTo(ctx(b), b.applicantId, [p1]);
    expect((await getMessagesView(t.db, b, clock.now())).programs.find((p) => p.programId === p1)!.sent).toEqual([]);
  });
});
