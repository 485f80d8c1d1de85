// What a school's IT reads of a running production server: its log and its metrics. The log is
// one JSON line per request (its id also in the X-Request-Id header, the route pattern, status,
// duration, the actor's user id), one per job run and one per email sent or failed, and no line
// holds an email address, a person's name, a narrative or a red flag of the school's data. The
// metrics are on their own port: the named series count the traffic; the public port has none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { submitForm } from "../support/http-form";
import { openEventStream, type EventStreamReader } from "../support/event-stream";
import { startPushService, type PushService } from "../support/push-service";
import webpush from "web-push";
import { scheduleJob } from "@/lib/server/jobs/queue";

const NARRATIVE = "Rescued the night shift when the pager system failed";
const RED_FLAG = "Failed Step 1 after a family illness in second year";
const APPLICANT_NAME = "Quentin Observable";
const INVITEE = { name: "Imogen Loggable", email: "imogen.loggable@school.test" };
const DEVICE_LABEL = "Quentin's own phone";
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:it@school.test" };

let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let push: PushService;
let server: AppServer;
let metricsPort: number;
let applicant: Awaited<ReturnType<SchoolFixture["addApplicant"]>>;
let deanEmail: string;
let stream: EventStreamReader | null = null;

type LogLine = Record<string, unknown> & { msg?: string };

/** The server's JSON log lines (its stdout and stderr, the start-up line aside). */
function logLines(): LogLine[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

async function waitForLine(match: (line: LogLine) => boolean, what: string): Promise<LogLine> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = logLines().find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No log line ${what}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function deanCookie(): Promise<string> {
  const { sessionToken } = await createDatabaseSession(t.db, school.dean.userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("observability");
  school = await createSchool(t.db, { now: new Date(), programs: 2 });
  applicant = await school.addApplicant({ name: APPLICANT_NAME, redFlags: ["STEP_FAILURE"] });
  await t.db.redFlag.updateMany({ where: { applicantId: applicant.applicantId }, data: { context: RED_FLAG } });
  await t.db.narrative.create({
    data: {
      schoolId: school.schoolId,
      applicantId: applicant.applicantId,
      version: 1,
      strengths: [NARRATIVE],
      weaknessContext: [],
      reliability: NARRATIVE,
      authorUserId: applicant.userId,
    },
  });
  deanEmail = (await t.db.user.findUniqueOrThrow({ where: { id: school.dean.userId } })).email!;
  smtp = await startSmtpCapture();
  push = await startPushService();
  const port = await freePort();
  metricsPort = await freePort();
  server = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: "observability-test-secret-0123456789abcdef",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    EMAIL_FROM: "soap@school.test",
    SOAP_DESK_DEMO: "1",
    METRICS_PORT: String(metricsPort),
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: vapid.subject,
    PUSH_ALLOW_LOOPBACK_ENDPOINTS: "1",
  });
}, 180_000);

afterAll(async () => {
  stream?.close();
  await server?.stop();
  await smtp?.close();
  await push?.close();
  await t?.drop();
});

describe("the request log", () => {
  it("writes one line per request, with the id the response carries, and no person's data in any line", async () => {
    const cookie = await deanCookie();
    const page = await fetch(`${server.address}/dean/applicants/${applicant.applicantId}?tab=flags`, { headers: { cookie } });
    expect(page.status).toBe(200);
    // The page shows the applicant's name and red flags: none of it may reach the log.
    expect((await page.text()).includes(APPLICANT_NAME)).toBe(true);
    const write = await submitForm(server.address, {
      page: "/dean/invitations",
      containing: "input[name=aamcId]",
      cookie,
      values: { role: "APPLICANT", name: INVITEE.name, email: INVITEE.email, aamcId: "71000099", degreeType: "US_MD", specialty: "Internal Medicine" },
      headers: { origin: server.address },
    });
    const refused = await fetch(`${server.address}/api/dean/live`);
    expect(refused.status).toBe(401);
    // A client's own request id is not believed: no trusted proxy is in front.
    const forged = await fetch(`${server.address}/api/health`, { headers: { "x-request-id": "chosen-by-the-client" } });
    // A sign-in link asked for: its email is a job, a moment later.
    const signIn = await submitForm(server.address, {
      page: "/sign-in",
      containing: "input[name=email]",
      values: { email: deanEmail },
      headers: { origin: server.address },
    });
    expect(signIn.status).toBeLessThan(500);

    const expected = [
      { response: page, method: "GET", route: "/dean/applicants/[applicantId]", actorId: school.dean.userId },
      { response: write, method: "POST", route: "/dean/invitations", actorId: school.dean.userId },
      { response: refused, method: "GET", route: "/api/dean/live", actorId: undefined },
      { response: forged, method: "GET", route: "/api/health", actorId: undefined },
      { response: signIn, method: "POST", route: "/sign-in", actorId: undefined },
    ];
    for (const { response, method, route, actorId } of expected) {
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await waitForLine((line) => line.msg === "request" && line.requestId === id, `for request ${id}`);
      const lines = logLines().filter((line) => line.msg === "request" && line.requestId === id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: "info", method, route, status: response.status, durationMs: expect.any(Number) });
      if (lines[0]!.actorId !== actorId)
        console.log(
          "DEBUG",
          JSON.stringify(
            logLines()
              .filter((l) => l.msg !== "request")
              .slice(0, 20),
          ),
        );
      expect(lines[0]!.actorId).toBe(actorId);
    }
    expect(forged.headers.get("x-request-id")).not.toBe("chosen-by-the-client");
    // The write's own lines (the invitation's email, sent in the request) carry its id and actor too.
    const writeId = write.headers.get("x-request-id");
    expect(logLines().find((line) => line.msg === "email sent" && line.kind === "INVITATION")).toMatchObject({
      requestId: writeId,
      actorId: school.dean.userId,
    });

    const job = await waitForLine((line) => line.msg === "job" && line.job === "send-email" && line.outcome === "done", "for the sign-in email's job");
    expect(job).toMatchObject({ jobId: expect.any(String), attempt: 1, durationMs: expect.any(Number) });
    await waitForLine((line) => line.msg === "email sent" && line.kind === "SIGN_IN_LINK", "for the sign-in email");
    expect(smtp.to(deanEmail.toLowerCase()).length).toBeGreaterThanOrEqual(1);

    // A mail server refusing: the email's failure is a line (and a count), never its address.
    smtp.refuse(true);
    await submitForm(server.address, { page: "/sign-in", containing: "input[name=email]", values: { email: deanEmail }, headers: { origin: server.address } });
    await waitForLine((line) => line.msg === "email failed", "for the refused email");
    await waitForLine((line) => line.msg === "job" && line.outcome === "failed", "for the failed job run");
    smtp.refuse(false);

    const output = server.output();
    const people = await t.db.user.findMany({ select: { name: true, email: true } });
    const secrets = [NARRATIVE, RED_FLAG, INVITEE.name, INVITEE.email, ...people.flatMap((p) => [p.name, p.email ?? ""]).filter(Boolean)];
    for (const secret of secrets) expect(output.toLowerCase()).not.toContain(secret.toLowerCase());
    for (const line of logLines()) expect(JSON.stringify(line)).not.toMatch(/[^\s"@]+@[^\s"@]+\.[a-z]+/i);
    // Query strings are never written down.
    expect(output).not.toContain("tab=flags");
  }, 120_000);
});

describe("the metrics endpoint", () => {
  const scrape = async () => (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const value = (text: string, series: string) => {
    const line = text.split("\n").find((candidate) => candidate.startsWith(series));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
  };

  it("counts the traffic on its own port, and the public port has no /metrics", async () => {
    stream = await openEventStream(`${server.address}/api/dean/live`, { cookie: await deanCookie() });
    await stream.next((e) => e.event === "status", 0);
    const refused = await fetch(`${server.address}/api/demo/sign-in`, { method: "POST", headers: { origin: "https://elsewhere.test" }, body: new FormData() });
    expect(refused.status).toBe(403);
    await fetch(`${server.address}/dean/applicants/${applicant.applicantId}`, { headers: { cookie: await deanCookie() } });
    // A push message whose one device's push service fails: a line and a count, never the device's label.
    const device = push.subscribe();
    push.answer(device.endpoint, 500);
    await t.db.pushSubscription.create({ data: { schoolId: school.schoolId, userId: applicant.userId, ...device, label: DEVICE_LABEL } });
    const notification = await t.db.notification.create({
      data: {
        schoolId: school.schoolId,
        userId: applicant.userId,
        kind: "CALL_UNANSWERED",
        urgent: true,
        pushStatus: "QUEUED",
        title: NARRATIVE,
        body: RED_FLAG,
        linkPath: "/applicant",
      },
    });
    await scheduleJob(t.db, "send-push", { notificationId: notification.id }, { runAt: new Date(), now: new Date() });
    await waitForLine((line) => line.msg === "push failed" && line.notificationId === notification.id, "for the failed push");

    const text = await scrape();
    expect(value(text, 'http_request_duration_seconds_count{route="/dean/applicants/[applicantId]",method="GET",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/http_request_duration_seconds_count\{route="\/dean\/invitations",method="POST",status="\d+"\} [1-9]/);
    expect(value(text, "live_stream_connections")).toBe(1);
    expect(value(text, 'sign_in_refusals_total{reason="cross_site"}')).toBe(1);
    expect(value(text, "emails_failed_total")).toBeGreaterThanOrEqual(1);
    expect(value(text, "push_failed_total")).toBeGreaterThanOrEqual(1);
    expect(value(text, 'db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, "job_queue_ready_jobs")).toBeGreaterThanOrEqual(0);
    expect(value(text, "job_queue_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(value(text, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    // No applicant's id is a label: paths are counted by their route pattern.
    expect(text).not.toContain(applicant.applicantId);
    // Nor did the push's words or the device's label reach the log.
    for (const secret of [DEVICE_LABEL, NARRATIVE, RED_FLAG]) expect(server.output()).not.toContain(secret);

    stream.close();
    await expect.poll(async () => value(await scrape(), "live_stream_connections"), { timeout: 10_000 }).toBe(0);
    expect((await fetch(`${server.address}/metrics`)).status).toBe(404);
  }, 60_000);
});
