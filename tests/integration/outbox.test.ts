// Notifications and the outbox, with a real SMTP server that can refuse and the real job queue:
// the task, its in-app notification, its email and the email's job are written in one
// transaction; a refused send leaves the email pending (the task stands), the job's retry
// delivers it, and two workers at once send it once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { DEFAULT_MAX_ATTEMPTS } from "@/lib/server/jobs/queue";
import { countUnread, listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { listUndeliveredEmails } from "@/lib/server/dashboard/undelivered-emails";
import { runInScope } from "@/lib/server/entry/scope";
import { logAdvocateContactAction, nudgeApplicantAction } from "@/app/advocate/actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { testJobs, type TestJobs } from "./support/jobs";

const ORIGIN = "https://soap-desk.school.test";
let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let outbox: { mailer: ReturnType<typeof createSmtpMailer>; origin: string };
const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
let jobs: TestJobs;

beforeAll(async () => {
  t = await createTestDatabase("outbox");
  school = await createSchool(t.db, { now: clock.now(), programs: 3 });
  smtp = await startSmtpCapture();
  outbox = {
    mailer: createSmtpMailer({ host: "127.0.0.1", port: smtp.port, secure: false, user: undefined, password: undefined, from: "soap@school.test" }),
    origin: ORIGIN,
  };
  jobs = testJobs(t, clock, () => outbox);
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});
beforeEach(() => smtp.refuse(false));

/** An applicant whose advocate has just called a program: one follow-up task for the applicant. */
async function afterFacultyCall() {
  const ctx = contextFor(t.db, clock);
  const applicant = await school.addApplicant();
  const programId = school.programIds[0]!;
  const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Eleanor Hargrove" });
  await applyTo(ctx(applicant), applicant.applicantId, [programId]);
  await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
  await emailProgram(ctx(applicant), applicant.applicantId, programId);
  const { result } = await advocateCall(ctx(advocate), applicant.applicantId, programId);
  const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
  return { applicant, advocate, programId, task: result.tasks[0]!, email: user.email };
}

describe("notifications through the outbox", () => {
  it("writes the task, its notification and its email together; the email names what to do and by when", async () => {
    const { task, applicant, email } = await afterFacultyCall();
    const notification = await t.db.notification.findFirstOrThrow({ where: { taskId: task.id } });
    expect(notification).toMatchObject({ userId: applicant.userId, kind: "FOLLOW_UP_TASK", readAt: null, linkPath: "/applicant#tasks" });
    expect(notification.title).toMatch(/^Follow up with .+ by (Mon|Tue|Wed|Thu|Fri|Sat|Sun), Apr 8, 2:00 PM EDT$/);
    const queued = await t.db.outboxEmail.findFirstOrThrow({ where: { notificationId: notification.id } });
    expect(queued).toMatchObject({ toAddress: email, status: "PENDING", attempts: 0 });
    expect(await jobs.pending("send-email")).toEqual([expect.objectContaining({ payload: { emailId: queued.id }, attempts: 0 })]);

    await jobs.runDue();
    expect(await jobs.pending("send-email")).toEqual([]);
    const [mail] = smtp.to(email);
    expect(mail?.subject).toBe(notification.title);
    expect(mail?.body).toContain("Dr. Eleanor Hargrove just contacted");
    expect(mail?.links).toContain(`${ORIGIN}/applicant#tasks`);
    expect(await t.db.outboxEmail.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "SENT", sentAt: clock.now() });
  });

  it("keeps the task and the pending email when the mail server refuses, and delivers on a later run", async () => {
    smtp.refuse(true);
    const { task, email } = await afterFacultyCall();
    await jobs.runDue();
    expect(await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "OPEN" });
    const pending = await t.db.outboxEmail.findFirstOrThrow({ where: { toAddress: email } });
    expect(pending).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(pending.lastError).toMatch(/did not accept the message/);
    expect(smtp.to(email)).toHaveLength(0);

    // Not due again yet: a run a moment later leaves it alone; the queue holds the retry.
    await jobs.runDue();
    expect(await t.db.outboxEmail.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ attempts: 1 });
    expect(await jobs.pending("send-email")).toEqual([expect.objectContaining({ payload: { emailId: pending.id }, attempts: 1 })]);
    smtp.refuse(false);
    await jobs.travel(2);
    await jobs.runDue();
    expect(smtp.to(email)).toHaveLength(1);
    expect(await t.db.outboxEmail.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it(`marks an email FAILED after ${DEFAULT_MAX_ATTEMPTS} refused attempts, where the dean's office can see it`, async () => {
    smtp.refuse(true);
    const { email, task } = await afterFacultyCall();
    // The task's own email (hours on, its overdue reminder writes another).
    const { id } = await t.db.outboxEmail.findFirstOrThrow({ where: { notification: { taskId: task.id, kind: "FOLLOW_UP_TASK" } } });
    for (let attempt = 1; attempt <= DEFAULT_MAX_ATTEMPTS; attempt++) {
      await jobs.runDue();
      expect((await t.db.outboxEmail.findUniqueOrThrow({ where: { id } })).attempts).toBe(attempt);
      // The queue waits exp(attempt) seconds before the next try: at most about 6 hours.
      await jobs.travel(7 * 60);
    }
    expect(await t.db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: DEFAULT_MAX_ATTEMPTS });
    // Nothing is tried again after the last attempt.
    await jobs.runDue();
    expect(smtp.to(email)).toHaveLength(0);
    const seen = await listUndeliveredEmails(t.db, school.dean);
    expect(seen.map((e) => e.toAddress)).toContain(email);
    expect(seen.find((e) => e.toAddress === email)?.lastError).toMatch(/did not accept the message/);
  });

  it("sends an email once when two workers race for it", async () => {
    const { email } = await afterFacultyCall();
    await Promise.all([jobs.runDue(), jobs.runDue()]);
    expect(smtp.to(email)).toHaveLength(1);
  });

  it("does not notify the applicant of a task they made themselves", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[1]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    const { result } = await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    expect(result.tasks).toHaveLength(1);
    expect(await t.db.notification.count({ where: { userId: applicant.userId } })).toBe(0);
  });
});

describe("a program's call taken by the advocate", () => {
  it("gives the applicant an urgent task and tells them at once, through the real action", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[2]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Took The Call" });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    const scope = { db: t.db, clock, actor: async () => advocate, revalidate: () => {}, outbox: () => outbox };
    const answer = await runInScope(scope, () =>
      logAdvocateContactAction({ applicantId: applicant.applicantId, programId, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED" }),
    );
    expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/^Logged\. The applicant has a new task, sent by email too: /) });
    const notification = await t.db.notification.findFirstOrThrow({ where: { userId: applicant.userId } });
    expect(notification.kind).toBe("URGENT_TASK");
    expect(notification.body).toContain("Dr. Took The Call logged that");
    await jobs.runDue();
    const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    expect(smtp.to(user.email).at(-1)?.subject).toBe(notification.title);
  });
});

describe("a nudge", () => {
  it("writes the applicant's task even when the mail server refuses; a later run delivers the email", async () => {
    smtp.refuse(true);
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[1]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Nadia Nudge" });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    const scope = { db: t.db, clock, actor: async () => advocate, revalidate: () => {}, outbox: () => outbox };
    const answer = await runInScope(scope, () => nudgeApplicantAction({ applicantId: applicant.applicantId, programId }));
    expect(answer).toMatchObject({ ok: true, message: expect.stringMatching(/^Nudged\./) });
    const task = await t.db.task.findFirstOrThrow({ where: { applicantId: applicant.applicantId, kind: "NUDGE" } });
    expect(task).toMatchObject({ status: "OPEN", createdById: advocate.userId, programId });
    expect(task.title).toContain("so that Dr. Nadia Nudge can call");

    await jobs.runDue();
    const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    expect(smtp.to(user.email)).toHaveLength(0);
    expect(await t.db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } })).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ status: "OPEN" });

    smtp.refuse(false);
    await jobs.travel(2);
    await jobs.runDue();
    const [mail] = smtp.to(user.email);
    expect(mail?.subject).toMatch(/^Dr\. Nadia Nudge asks you to email .+ by /);
    expect(mail?.links).toContain(`${ORIGIN}/applicant#tasks`);
    const notification = await t.db.notification.findFirstOrThrow({ where: { userId: applicant.userId } });
    expect(notification).toMatchObject({ kind: "NUDGE", taskId: task.id });
  });
});

describe("the in-app list", () => {
  it("shows a person their own notifications and unread count; only they can mark them read", async () => {
    const ctx = contextFor(t.db, clock);
    const { applicant, advocate, task } = await afterFacultyCall();
    const mine = await listNotifications(t.db, applicant);
    expect(mine.unread).toBe(1);
    expect(mine.items.map((n) => n.kind)).toEqual(["FOLLOW_UP_TASK"]);
    expect((await t.db.notification.findFirstOrThrow({ where: { id: mine.items[0]!.id } })).taskId).toBe(task.id);
    expect((await listNotifications(t.db, advocate)).items).toEqual([]);

    // Someone else marking "all" (or this one by id) touches nothing of the applicant's.
    expect(await markNotificationsRead(ctx(advocate), { notificationId: mine.items[0]!.id })).toEqual({ marked: 0 });
    expect(await markNotificationsRead(ctx(advocate), {})).toEqual({ marked: 0 });
    expect(await countUnread(t.db, applicant)).toBe(1);

    expect(await markNotificationsRead(ctx(applicant), {})).toEqual({ marked: 1 });
    expect(await countUnread(t.db, applicant)).toBe(0);
    expect(await t.db.auditLog.count({ where: { action: "notification.read", actorUserId: applicant.userId } })).toBe(1);
  });
});
