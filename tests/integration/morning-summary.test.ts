// The advocates' morning summary, through the real job queue and a real SMTP server: a school in
// Chicago whose SOAP window runs from Sunday morning to Tuesday evening. At 7:00 Chicago time on
// each SOAP day an advocate with something to do or something new gets one email listing their
// next actions (the workspace's own) and what changed overnight; an advocate with neither gets
// none; a run again sends nothing twice; each run schedules the next SOAP day's, and none comes
// after the window. Saving the season schedules the next one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { ManualClock } from "@/lib/server/core/clock";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { assignAdvocate, recordInterview } from "@/tests/support/commands";
import { updateSeason } from "@/lib/server/settings/school-settings";
import { ensureMorningSummaries, sendMorningSummaries } from "@/lib/server/notifications/morning-summary";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { testJobs, type TestJobs } from "./support/jobs";

const ORIGIN = "https://soap-desk.school.test";
const CHICAGO = "America/Chicago";
/** A wall-clock time in Chicago in March 2026 (CDT, after the change of 8 March). */
const chicago = (day: number, hour: number, minute = 0) => new Date(new TZDate(2026, 2, day, hour, minute, CHICAGO).getTime());

let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let jobs: TestJobs;
const clock = new ManualClock(chicago(15, 9, 30));
const ctx = () => contextFor(t.db, clock);
let people: Awaited<ReturnType<typeof setUp>>;
let programs: string[];

/** Moves the app's clock, and the queue's waiting jobs with it, to a moment. */
async function travelTo(at: Date) {
  await jobs.travel((at.getTime() - clock.now().getTime()) / 60_000);
}

/** The pending summary jobs, with when each is due in the app's time. */
async function pendingSummaries() {
  const machineNow = Date.now();
  return (await jobs.pending("morning-summary")).map((job) => ({
    payload: job.payload,
    dueAt: new Date(clock.now().getTime() + (job.runAt.getTime() - machineNow)),
  }));
}

function expectAbout(actual: Date | undefined, expected: Date) {
  expect(Math.abs((actual?.getTime() ?? 0) - expected.getTime())).toBeLessThan(60_000);
}

async function emailOf(userId: string) {
  return (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email;
}

async function setUp() {
  const hargrove = await school.addAdvocate({ connectedTo: [programs[0]!], name: "Dr. Eleanor Hargrove" });
  const quiet = await school.addAdvocate({ name: "Dr. Quinn Quiet" });
  const maya = await school.addApplicant({ name: "Maya Patel" });
  const noah = await school.addApplicant({ name: "Noah Lindqvist" });
  const c = ctx();
  // Sunday 9:30: Maya applies to three programs and Dr. Hargrove takes the one she has a tie to.
  await applyTo(c(maya), maya.applicantId, programs.slice(0, 3));
  await assignAndClaim(c(school.dean), c(hargrove), maya.applicantId, [programs[0]!]);
  // Noah's advocate has nothing to do: he has no list yet.
  await assignAdvocate(c(school.dean), { applicantId: noah.applicantId, advocateId: quiet.advocateId });
  return { hargrove, quiet, maya, noah };
}

beforeAll(async () => {
  t = await createTestDatabase("morning_summary");
  school = await createSchool(t.db, { now: clock.now(), programs: 4, season: "none" });
  programs = school.programIds;
  await t.db.school.update({ where: { id: school.schoolId }, data: { timeZone: CHICAGO } });
  await t.db.season.create({
    data: {
      schoolId: school.schoolId,
      name: "SOAP week",
      resultsAt: chicago(15, 8),
      erasOpensAt: chicago(15, 9),
      windowStartsAt: chicago(15, 9),
      windowEndsAt: chicago(17, 18),
      communicationMode: "OPEN",
    },
  });
  smtp = await startSmtpCapture();
  const outbox = {
    mailer: createSmtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
    origin: ORIGIN,
  };
  jobs = testJobs(t, clock, () => outbox);
  people = await setUp();
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});

// Only the summaries: the escalations of the same night (an inbound call nobody answered) send their own.
const summaryMails = () => smtp.messages.filter((m) => m.subject.startsWith("Morning summary"));
const summaryMailsTo = (address: string) => smtp.to(address).filter((m) => m.subject.startsWith("Morning summary"));

describe("the morning summary", () => {
  it("is scheduled for 7:00 Chicago time on the first SOAP day once the workers start", async () => {
    await ensureMorningSummaries(t.db, clock);
    // A second instance starting keeps the one schedule.
    await ensureMorningSummaries(t.db, clock);
    const [job, ...others] = await pendingSummaries();
    expect(others).toEqual([]);
    expect(job?.payload).toEqual({ schoolId: school.schoolId, day: "2026-03-16" });
    expectAbout(job?.dueAt, chicago(16, 7));
  });

  it("is not sent before 7:00", async () => {
    const { maya } = people;
    // Sunday evening: Maya emails the program Dr. Hargrove holds; another program calls her.
    await travelTo(chicago(15, 20));
    await emailProgram(ctx()(maya), maya.applicantId, programs[0]!);
    await travelTo(chicago(15, 22));
    await programOffersInterview(ctx()(maya), maya.applicantId, programs[1]!);

    await travelTo(chicago(16, 6, 59));
    await jobs.runDue();
    expect(summaryMails()).toEqual([]);
    expect(await t.db.notification.count({ where: { kind: "MORNING_SUMMARY" } })).toBe(0);
    expect((await pendingSummaries()).map((j) => j.payload)).toEqual([{ schoolId: school.schoolId, day: "2026-03-16" }]);
  });

  it("sends one email at 7:00 to the advocate with something to do, listing the next actions and the night's changes", async () => {
    const { hargrove, quiet } = people;
    await travelTo(chicago(16, 7, 1));
    // An instance starting now leaves the due job as it is: it runs for today, not tomorrow.
    await ensureMorningSummaries(t.db, clock);
    expect((await pendingSummaries()).map((j) => j.payload)).toEqual([{ schoolId: school.schoolId, day: "2026-03-16" }]);
    await jobs.runDue();

    const [mail, ...more] = summaryMailsTo(await emailOf(hargrove.userId));
    expect(more).toEqual([]);
    const p1 = await t.db.program.findUniqueOrThrow({ where: { id: programs[0]! } });
    const p2 = await t.db.program.findUniqueOrThrow({ where: { id: programs[1]! } });
    // What to do: the workspace's own next actions, the program waiting first.
    const { nextActions } = await getAdvocateHome(t.db, hargrove, clock.now());
    expect(nextActions.map((a) => a.title)).toEqual([`Make sure Maya answers ${p2.name}`, `Call ${p1.name}`]);
    expect(mail?.subject).toBe("Morning summary for Mon, Mar 16: 2 things to do, 3 updates overnight");
    expect(mail?.body).toContain(`Maya Patel: Make sure Maya answers ${p2.name}. Overdue since Sun, Mar 15, 10:30 PM CDT.`);
    expect(mail?.body).toContain(`Maya Patel: Call ${p1.name}.`);
    // What changed since Sunday 7:00: hers and the program's, not Dr. Hargrove's own claim.
    expect(mail?.body).toContain("Since Sun, Mar 15, 7:00 AM CDT:");
    expect(mail?.body).toContain(`Maya Patel: Maya emailed ${p1.name}. ${p2.name} called Maya (interview offered). Urgent task for Maya:`);
    expect(mail?.body).not.toContain("claimed");
    expect(mail?.links).toContain(`${ORIGIN}/advocate`);

    const notification = await t.db.notification.findFirstOrThrow({ where: { userId: hargrove.userId, kind: "MORNING_SUMMARY" } });
    expect(notification).toMatchObject({
      kind: "MORNING_SUMMARY",
      urgent: false,
      linkPath: "/advocate",
      title: mail?.subject,
      dedupeKey: `morning-summary:${hargrove.userId}:2026-03-16`,
    });
    // Nothing to do and nothing new: no email, no notification.
    expect(summaryMailsTo(await emailOf(quiet.userId))).toEqual([]);
    expect(await t.db.notification.count({ where: { userId: quiet.userId } })).toBe(0);
    expect(summaryMails()).toHaveLength(1);
  });

  it("sends nothing twice when the day's job runs again", async () => {
    await sendMorningSummaries(t.db, clock, school.schoolId, "2026-03-16");
    await jobs.runDue();
    expect(summaryMails()).toHaveLength(1);
    expect(await t.db.notification.count({ where: { kind: "MORNING_SUMMARY" } })).toBe(1);
  });

  it("schedules the next SOAP day's at 7:00 the next day", async () => {
    const [job, ...others] = await pendingSummaries();
    expect(others).toEqual([]);
    expect(job?.payload).toEqual({ schoolId: school.schoolId, day: "2026-03-17" });
    expectAbout(job?.dueAt, chicago(17, 7));
  });

  it("tells the next morning only what changed since the last one, and schedules none after the window", async () => {
    const { hargrove, maya, quiet } = people;
    const p2 = programs[1]!;
    // Monday 9:00: Maya books the interview the program offered.
    await travelTo(chicago(16, 9));
    await recordInterview(ctx()(maya), maya.applicantId, { programId: p2, startsAt: chicago(17, 13), durationMinutes: 30, format: "VIDEO" });
    await travelTo(chicago(17, 7, 1));
    await jobs.runDue();

    const mails = summaryMailsTo(await emailOf(hargrove.userId));
    expect(mails).toHaveLength(2);
    const tuesday = mails[1]!;
    const { name } = await t.db.program.findUniqueOrThrow({ where: { id: p2 } });
    expect(tuesday.subject).toBe("Morning summary for Tue, Mar 17: 1 thing to do, 2 updates overnight");
    expect(tuesday.body).toContain(`Maya Patel: Interview with ${name} recorded for Tue, Mar 17, 1:00 PM CDT. Maya finished a task:`);
    expect(tuesday.body).not.toContain("Maya emailed");
    expect(summaryMailsTo(await emailOf(quiet.userId))).toEqual([]);
    // Wednesday is past the window: no job waits.
    expect(await pendingSummaries()).toEqual([]);
  });

  it("sends none on a day outside the SOAP window, nor for a day gone by", async () => {
    await travelTo(chicago(18, 7, 1));
    await sendMorningSummaries(t.db, clock, school.schoolId, "2026-03-18");
    await sendMorningSummaries(t.db, clock, school.schoolId, "2026-03-17");
    await ensureMorningSummaries(t.db, clock);
    await jobs.runDue();
    expect(await t.db.notification.count({ where: { kind: "MORNING_SUMMARY" } })).toBe(2);
    expect(summaryMails()).toHaveLength(2);
    expect(await pendingSummaries()).toEqual([]);
  });

  it("is scheduled again when the dean saves a season with SOAP days ahead; a run before its time only waits", async () => {
    // Wednesday 7:01: a window from Wednesday 9:00 to Thursday 18:00 has Thursday's summary ahead.
    await updateSeason(ctx()(school.dean), {
      name: "SOAP week, extended",
      resultsAt: chicago(15, 8),
      erasOpensAt: chicago(15, 9),
      windowStartsAt: chicago(18, 9),
      windowEndsAt: chicago(19, 18),
      communicationMode: "OPEN",
      offerRounds: [],
    });
    let [job] = await pendingSummaries();
    expect(job?.payload).toEqual({ schoolId: school.schoolId, day: "2026-03-19" });
    expectAbout(job?.dueAt, chicago(19, 7));

    // The job for Thursday run on Wednesday sends nothing and is put back at its time.
    await sendMorningSummaries(t.db, clock, school.schoolId, "2026-03-19");
    expect(await t.db.notification.count({ where: { kind: "MORNING_SUMMARY" } })).toBe(2);
    [job] = await pendingSummaries();
    expectAbout(job?.dueAt, chicago(19, 7));

    await travelTo(chicago(19, 7, 1));
    await jobs.runDue();
    expect(summaryMailsTo(await emailOf(people.hargrove.userId))).toHaveLength(3);
    expect(await pendingSummaries()).toEqual([]);
  });
});
