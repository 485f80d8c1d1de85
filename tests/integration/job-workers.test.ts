// The job queue across real app servers on one database: two instances run each scheduled job
// exactly once; an instance stopped between a job's scheduling and its time runs it once after it
// starts again; a change rolled back leaves no job. Escalations make the jobs (one per inbound
// call, then one email per person told), a real SMTP server counts what went out.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "@/lib/server/core/clock";
import { moveJobsForward, pendingJobs, scheduleJob } from "@/lib/server/jobs/queue";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, assignAndClaim, contextFor, programOffersInterview } from "./support/flows";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";

let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
const clockFile = path.join(mkdtempSync(path.join(tmpdir(), "soap-desk-jobs-")), "clock-offset-ms");
let offsetMs = 0;
/** The servers' clock (they read the same file) as the test sees it. */
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const servers: AppServer[] = [];

beforeAll(async () => {
  ensureProductionBuild();
  writeFileSync(clockFile, "0");
  t = await createTestDatabase("job_workers");
  school = await createSchool(t.db, { now: clock.now(), programs: 12, season: "in-window" });
  smtp = await startSmtpCapture();
}, 120_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await smtp?.close();
  await t?.drop();
});

async function startServer(): Promise<AppServer> {
  const port = await freePort();
  const server = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: "job-workers-test-secret-0123456789abcdef",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    EMAIL_FROM: "soap@school.test",
    SOAP_DESK_TEST_CLOCK_FILE: clockFile,
  });
  servers.push(server);
  return server;
}

/** Time passes for the servers: their clock and the waiting jobs move together. */
async function travel(minutes: number) {
  offsetMs += minutes * 60_000;
  writeFileSync(clockFile, String(offsetMs));
  await moveJobsForward(t.db, minutes * 60_000);
}

/** Inbound calls nobody answers, each for its own applicant with one advocate. */
async function unansweredCalls(count: number, programIndex: number) {
  const ctx = contextFor(t.db, clock);
  const applicants = [];
  for (let i = 0; i < count; i++) {
    const applicant = await school.addApplicant();
    const programId = school.programIds[programIndex]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    applicants.push(applicant.applicantId);
  }
  return applicants;
}

/** Jobs still to run but the schedules (each school's next morning summary, its season's retention notice). */
const jobsLeft = async () => (await pendingJobs(t.db)).filter((job) => job.name !== "morning-summary" && job.name !== "retention-notice").length;

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.\n${servers.map((s) => s.output()).join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const escalationEmails = (applicantIds: string[]) =>
  t.db.outboxEmail.findMany({
    where: { notification: { kind: "CALL_UNANSWERED", applicantId: { in: applicantIds } } },
    select: { toAddress: true, subject: true, status: true },
  });

describe("job workers in app instances", () => {
  it("two instances on one database run each scheduled job exactly once", async () => {
    await Promise.all([startServer(), startServer()]);
    const applicants = await unansweredCalls(8, 0);
    expect(await pendingJobs(t.db, "escalate-call")).toHaveLength(8);
    const sentBefore = smtp.messages.length;
    await travel(31);
    // Each call tells its advocate and the dean: 16 emails, each sent once.
    await waitUntil(async () => (await escalationEmails(applicants)).filter((e) => e.status === "SENT").length === 16, "16 escalation emails were sent");
    await waitUntil(async () => (await jobsLeft()) === 0, "no job is left");
    const sent = smtp.messages.slice(sentBefore).filter((m) => m.subject.startsWith("Unanswered"));
    expect(sent).toHaveLength(16);
    expect(new Set(sent.map((m) => `${m.to.join()}|${m.subject}`)).size).toBe(16);
    expect(await t.db.notification.count({ where: { kind: "CALL_UNANSWERED", applicantId: { in: applicants } } })).toBe(16);
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  }, 180_000);

  it("a job scheduled before the app stopped runs once after it starts again, past its time", async () => {
    const server = await startServer();
    const [applicantId] = await unansweredCalls(1, 1);
    await server.stop();
    servers.splice(servers.indexOf(server), 1);
    await travel(45);
    expect(await pendingJobs(t.db, "escalate-call")).toEqual([expect.objectContaining({ payload: { taskId: expect.any(String) } })]);
    const sentBefore = smtp.messages.length;
    await startServer();
    await waitUntil(
      async () => (await escalationEmails([applicantId!])).filter((e) => e.status === "SENT").length === 2,
      "the escalation's two emails were sent",
    );
    await waitUntil(async () => (await jobsLeft()) === 0, "no job is left");
    expect(smtp.messages.slice(sentBefore).filter((m) => m.subject.startsWith("Unanswered"))).toHaveLength(2);
    await Promise.all(servers.splice(0).map((running) => running.stop()));
  }, 180_000);
});

describe("jobs and transactions", () => {
  const tomorrow = () => new Date(clock.now().getTime() + 24 * 60 * 60_000);

  it("a change rolled back leaves no job; a committed one has its job", async () => {
    const before = (await pendingJobs(t.db)).length;
    await expect(
      t.db.$transaction(async (tx) => {
        await scheduleJob(tx, "escalate-call", { taskId: "rolled-back" }, { runAt: tomorrow(), now: clock.now() });
        throw new Error("the change is refused after its job was added");
      }),
    ).rejects.toThrow("refused after its job");
    expect((await pendingJobs(t.db)).length).toBe(before);

    await t.db.$transaction(async (tx) => {
      await scheduleJob(tx, "escalate-call", { taskId: "committed" }, { runAt: tomorrow(), now: clock.now() });
    });
    expect(await pendingJobs(t.db, "escalate-call")).toEqual([expect.objectContaining({ payload: { taskId: "committed" } })]);
  });
});
