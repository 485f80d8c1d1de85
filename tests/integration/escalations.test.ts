// Escalations when nobody is looking, with the real job queue, a real SMTP server and the app's
// clock moved: an inbound call unanswered past its window, an offer's reminders and expiry, an
// overdue follow-up. Each is checked again when it fires and tells each person once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { logContact, recordOffer, respondToOffer } from "@/tests/support/commands";
import type { Outbox } from "@/lib/server/mail/outbox-settings";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { testJobs, type TestJobs } from "./support/jobs";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

const ORIGIN = "https://soap-desk.school.test";
let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let outbox: Outbox;
let jobs: TestJobs;
const clock = new ManualClock(new Date("2026-03-18T14:00:00Z"));
let deanEmail: string;

beforeAll(async () => {
  t = await createTestDatabase("escalations");
  school = await createSchool(t.db, { now: clock.now(), programs: 12, season: "in-window" });
  smtp = await startSmtpCapture();
  outbox = {
    mailer: createSmtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
    origin: ORIGIN,
  };
  jobs = testJobs(t, clock, () => outbox);
  deanEmail = (await t.db.user.findUniqueOrThrow({ where: { id: school.dean.userId } })).email;
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});
beforeEach(() => smtp.messages.splice(0));

const emailOf = async (userId: string) => (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email;

/** An applicant with two advocates (one of whom is connected to the program) and the program on the list. */
async function team(programIndex: number) {
  const ctx = contextFor(t.db, clock);
  const applicant = await school.addApplicant({ name: `Casey Caller ${programIndex}` });
  const programId = school.programIds[programIndex]!;
  const first = await school.addAdvocate({ connectedTo: [programId], name: `Dr. First ${programIndex}` });
  const second = await school.addAdvocate({ name: `Dr. Second ${programIndex}` });
  await applyTo(ctx(applicant), applicant.applicantId, [programId]);
  await assignAndClaim(ctx(school.dean), ctx(first), applicant.applicantId, [programId]);
  await assignAndClaim(ctx(school.dean), ctx(second), applicant.applicantId, []);
  return { ctx, applicant, programId, first, second };
}

describe("an inbound program call nobody answered", () => {
  it("after 31 minutes tells each advocate and the dean's office once, by email, with the applicant's phone", async () => {
    const { ctx, applicant, programId, first, second } = await team(0);
    await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    expect(await jobs.pending("escalate-call")).toHaveLength(1);

    await jobs.travel(29);
    await jobs.runDue();
    expect(smtp.messages.filter((m) => m.subject.startsWith("Unanswered"))).toEqual([]);

    await jobs.travel(2);
    await jobs.runDue();
    await jobs.runDue();
    const escalations = smtp.messages.filter((m) => m.subject.startsWith("Unanswered"));
    const [firstEmail, secondEmail] = [await emailOf(first.userId), await emailOf(second.userId)];
    expect(escalations.map((m) => m.to[0]).sort()).toEqual([firstEmail, secondEmail, deanEmail].sort());
    for (const mail of escalations) {
      expect(mail.subject).toMatch(/^Unanswered: Program 1 .+ reached Casey Caller 0 31 minutes ago$/);
      expect(mail.body).toContain("555-0100");
    }
    const advocateMail = escalations.find((m) => m.to[0] === firstEmail)!;
    expect(advocateMail.body).toContain("Call Casey Caller 0 now (555-0100)");
    expect(advocateMail.links).toContain(`${ORIGIN}/advocate/applicants/${applicant.applicantId}`);
    expect(escalations.find((m) => m.to[0] === deanEmail)!.links).toContain(`${ORIGIN}/dean/applicants/${applicant.applicantId}`);
    const notes = await t.db.notification.findMany({ where: { kind: "CALL_UNANSWERED", applicantId: applicant.applicantId } });
    expect(notes).toHaveLength(3);
    expect(notes.every((n) => n.urgent)).toBe(true);

    // The job run again (a crash after its commit) tells nobody twice.
    const { escalateUnansweredCall } = await import("@/lib/server/notifications/escalations");
    const task = await t.db.task.findFirstOrThrow({ where: { applicantId: applicant.applicantId, kind: "URGENT_RESPONSE" } });
    await escalateUnansweredCall(t.db, clock, task.id);
    expect(await t.db.notification.count({ where: { kind: "CALL_UNANSWERED", applicantId: applicant.applicantId } })).toBe(3);
  });

  it("sends nothing when the applicant answered at minute 20", async () => {
    const { ctx, applicant, programId } = await team(1);
    await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    await jobs.travel(20);
    await logContact(ctx(applicant), applicant.applicantId, { programId, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: clock.now() });
    await jobs.travel(11);
    await jobs.runDue();
    await jobs.runDue();
    expect(smtp.messages.filter((m) => m.subject.startsWith("Unanswered"))).toEqual([]);
    expect(await t.db.notification.count({ where: { kind: "CALL_UNANSWERED", applicantId: applicant.applicantId } })).toBe(0);
    expect(await jobs.pending("escalate-call")).toEqual([]);
  });
});

describe("an offer's deadline", () => {
  async function offerDueIn(programIndex: number, minutes: number) {
    const setup = await team(programIndex);
    const season = await t.db.season.findFirstOrThrow({ where: { schoolId: school.schoolId } });
    // Rounds are numbered 1 to 4: each test takes its own.
    const round = programIndex - 1;
    await t.db.offerRound.create({
      data: {
        schoolId: school.schoolId,
        seasonId: season.id,
        number: round,
        offersAt: new Date(clock.now().getTime() - 60_000),
        respondBy: new Date(clock.now().getTime() + minutes * 60_000),
      },
    });
    const { result: offer } = await recordOffer(setup.ctx(setup.applicant), setup.applicant.applicantId, {
      programId: setup.programId,
      round,
      offeredAt: clock.now(),
    });
    return { ...setup, offer };
  }

  it("reminds the applicant and the advocates at 60 and 15 minutes, and tells the dean's office when it expires", async () => {
    const { applicant, offer, first, second } = await offerDueIn(2, 120);
    expect((await jobs.pending("offer-deadline")).filter((j) => (j.payload as { offerId: string }).offerId === offer.id)).toHaveLength(3);
    const reminders = () => smtp.messages.filter((m) => m.subject.includes("offer"));
    await jobs.travel(59);
    await jobs.runDue();
    expect(reminders()).toEqual([]);

    await jobs.travel(2); // 59 minutes left
    await jobs.runDue();
    await jobs.runDue();
    const people = [await emailOf(applicant.userId), await emailOf(first.userId), await emailOf(second.userId)].sort();
    expect(
      reminders()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(people);
    const mine = reminders().find((m) => m.links.some((l) => l.endsWith("/applicant/offers")));
    expect(mine?.to).toEqual([await emailOf(applicant.userId)]);
    expect(mine?.subject).toMatch(/^59 minutes left: answer Program 3 .+'s offer by /);

    smtp.messages.splice(0);
    await jobs.travel(45); // 14 minutes left
    await jobs.runDue();
    await jobs.runDue();
    expect(
      reminders()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(people);
    expect(reminders().find((m) => m.links.some((l) => l.endsWith("/applicant/offers")))?.subject).toMatch(/^14 minutes left/);

    smtp.messages.splice(0);
    await jobs.travel(15); // past the deadline
    await jobs.runDue();
    await jobs.runDue();
    expect(smtp.messages.map((m) => [m.to[0], m.subject])).toEqual([
      [deanEmail, expect.stringMatching(/^Expired unanswered: Casey Caller 2's offer from Program 3 /)],
    ]);
  });

  for (const response of ["ACCEPT", "REJECT"] as const) {
    it(`sends nothing more once the offer is ${response === "ACCEPT" ? "accepted" : "declined"}`, async () => {
      const { ctx, applicant, offer } = await offerDueIn(response === "ACCEPT" ? 3 : 4, 120);
      await jobs.travel(30);
      await respondToOffer(ctx(applicant), applicant.applicantId, { offerId: offer.id, response });
      for (const minutes of [31, 45, 15]) {
        await jobs.travel(minutes);
        await jobs.runDue();
      }
      await jobs.runDue();
      expect(smtp.messages.filter((m) => m.subject.includes("offer") || m.subject.startsWith("Expired"))).toEqual([]);
      expect(await t.db.notification.count({ where: { applicantId: applicant.applicantId, kind: { in: ["OFFER_REMINDER", "OFFER_EXPIRED"] } } })).toBe(0);
    });
  }
});

describe("a follow-up after a faculty call", () => {
  it("tells the applicant once it is overdue, unless they sent it", async () => {
    // In SOAP the program reaches out first; the applicant writes, the faculty call, then the applicant's follow-up.
    const late = await team(5);
    await programOffersInterview(late.ctx(late.applicant), late.applicant.applicantId, late.programId);
    await emailProgram(late.ctx(late.applicant), late.applicant.applicantId, late.programId);
    await advocateCall(late.ctx(late.first), late.applicant.applicantId, late.programId);
    const done = await team(6);
    await programOffersInterview(done.ctx(done.applicant), done.applicant.applicantId, done.programId);
    await emailProgram(done.ctx(done.applicant), done.applicant.applicantId, done.programId);
    await advocateCall(done.ctx(done.first), done.applicant.applicantId, done.programId);
    await jobs.travel(60);
    await logContact(done.ctx(done.applicant), done.applicant.applicantId, {
      programId: done.programId,
      direction: "OUTBOUND",
      channel: "EMAIL",
      outcome: "SENT",
      occurredAt: clock.now(),
    });
    await jobs.runDue();
    smtp.messages.splice(0);
    await jobs.travel(4 * 60);
    await jobs.runDue();
    await jobs.runDue();
    const overdue = smtp.messages.filter((m) => m.subject.startsWith("Overdue"));
    expect(overdue.map((m) => m.to[0])).toEqual([await emailOf(late.applicant.userId)]);
    expect(overdue[0]!.subject).toMatch(/^Overdue: your follow-up email to Program 6 /);
    expect(overdue[0]!.links).toContain(`${ORIGIN}/applicant#tasks`);
  });
});
