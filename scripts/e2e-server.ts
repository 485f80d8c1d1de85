// The server the end-to-end tests drive: a fresh database cloned from the migrated template and
// seeded with the demo school, a production build, and `next start` on E2E_PORT. It also runs a
// real SMTP server that captures the app's email, and shows it to the tests as JSON on
// E2E_MAIL_PORT (127.0.0.1 only; this exists in the test server, never in the app), where a test
// can also ask for a starting state of its own (POST /fixtures/...), move the app's clock
// forward (POST /clock/advance?minutes=N), read the first-run setup code the app printed in
// its log (GET /setup-code), as the person who runs the server reads it there, and have an urgent
// notification pushed to a person's devices (POST /push/notify?email=...&path=...). The app gets
// a Web Push key pair of its own and accepts push services on loopback (the tests' stand-in).
import { createServer } from "node:http";
import webpush from "web-push";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appServer, NEXT_BUILD_ARGS, nextSync } from "./next-bin";
import { ensureDatabase } from "./db/embedded";
import { cloneFromTemplate, prepareTemplate } from "./db/test-template";
import { startSettings } from "./start-settings";
import { createPrismaClient } from "../lib/server/core/db";
import { moveJobsForward } from "../lib/server/jobs/queue";
import { seedDemo } from "../prisma/seed";
import { startSmtpCapture } from "../tests/support/smtp-capture";
import { createAdvocateTeam, createApplicantNowFirst, createApplicantWithList, createUndeliveredUrgent } from "../tests/support/e2e-fixtures";
import { createAuditOfEveryKind } from "../tests/support/audit-every-kind";
import { pushUrgentNotification } from "../tests/support/e2e-push";
import { webPushSender } from "../lib/server/push/deliver-push";

const port = process.env.E2E_PORT ?? "3100";
const mailPort = Number(process.env.E2E_MAIL_PORT ?? Number(port) + 1);

const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:soap-desk-e2e@example.com" };
const pushSettings = {
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  VAPID_SUBJECT: vapid.subject,
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: "1",
};

async function main() {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const database = given ? { url: given, stop: async () => {} } : await ensureDatabase();
  await prepareTemplate(database.url);
  // A database of its own per port, so that two runs on one PostgreSQL (say, two checkouts) do
  // not drop each other's.
  const url = await cloneFromTemplate(database.url, port === "3100" ? "soap_desk_e2e" : `soap_desk_e2e_${port}`);
  // Kept open: the helper below also writes the starting state some tests ask for.
  const prisma = createPrismaClient(url);
  await seedDemo(prisma, { now: new Date() });

  const smtp = await startSmtpCapture();
  let fixtures = 0;
  let setupCode: string | null = null;
  const clockFile = path.join(mkdtempSync(path.join(tmpdir(), "soap-desk-e2e-")), "clock-offset-ms");
  let clockOffsetMs = 0;
  writeFileSync(clockFile, "0");
  const mailbox = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    const clockMatch = /^\/clock\/advance\?minutes=(\d+)$/.exec(request.url ?? "");
    if (request.method === "POST" && clockMatch) {
      // Moves the app's clock, and the jobs waiting for their time with it (an escalation due in
      // 30 minutes is due at once after 31), and tells every open dashboard, as any other change would.
      const movedMs = Number(clockMatch[1]) * 60_000;
      clockOffsetMs += movedMs;
      writeFileSync(clockFile, String(clockOffsetMs));
      moveJobsForward(prisma, movedMs)
        .then(() => prisma.$executeRaw`SELECT pg_notify('soap_desk_changes', id) FROM schools`)
        .then(
          () => response.end(JSON.stringify({ offsetMs: clockOffsetMs })),
          (error: unknown) => {
            response.statusCode = 500;
            response.end(JSON.stringify({ error: String(error) }));
          },
        );
      return;
    }
    const fixture = {
      "/fixtures/advocate-team": createAdvocateTeam,
      "/fixtures/applicant-with-list": createApplicantWithList,
      "/fixtures/applicant-now-first": createApplicantNowFirst,
      "/fixtures/audit-every-kind": createAuditOfEveryKind,
      "/fixtures/undelivered-urgent": createUndeliveredUrgent,
    }[request.url ?? ""];
    if (request.method === "POST" && fixture) {
      // Made at the app's own time, which a test may have moved forward.
      fixture(prisma, Date.now() * 10 + (fixtures++ % 10), new Date(Date.now() + clockOffsetMs)).then(
        (team) => response.end(JSON.stringify(team)),
        (error: unknown) => {
          response.statusCode = 500;
          response.end(JSON.stringify({ error: String(error) }));
        },
      );
      return;
    }
    const push = new URL(request.url ?? "/", "http://helper");
    if (request.method === "POST" && push.pathname === "/push/notify") {
      const origin = `http://localhost:${port}`;
      const target = { email: push.searchParams.get("email") ?? "", linkPath: push.searchParams.get("path") ?? "/notifications" };
      pushUrgentNotification(prisma, webPushSender(vapid, { allowLoopback: true }), origin, target).then(
        (pushed) => response.end(JSON.stringify(pushed)),
        (error: unknown) => {
          response.statusCode = 500;
          response.end(JSON.stringify({ error: String(error) }));
        },
      );
      return;
    }
    if (request.url === "/setup-code") {
      response.end(JSON.stringify({ code: setupCode }));
      return;
    }
    response.end(JSON.stringify(smtp.messages));
  });
  await new Promise<void>((resolve) => mailbox.listen(mailPort, "127.0.0.1", resolve));

  const env = {
    ...process.env,
    ...startSettings({ ...process.env, ...pushSettings, SOAP_DESK_DEMO: "1", AUTH_URL: `http://localhost:${port}` }, { embeddedDatabase: false, port }),
    ...pushSettings,
    PORT: port,
    DATABASE_URL: url,
    SOAP_DESK_TEST_CLOCK_FILE: clockFile,
    JOB_POLL_MS: "250",
    // The server's output is echoed into the test run's: its warnings, not a line per request.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    EMAIL_FROM: "SOAP Desk <soap-desk@northfield.test>",
  };
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const status = nextSync(NEXT_BUILD_ARGS, env);
    if (status !== 0) process.exit(status);
  }
  const server = appServer(env, { stdio: ["ignore", "pipe", "inherit"] });
  // The app's log goes on to this process's, and the setup code is picked out of it.
  server.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    setupCode = /setup code ([A-Z0-9-]+)/.exec(chunk.toString("utf8"))?.[1] ?? setupCode;
  });
  const stop = async () => {
    server.kill("SIGTERM");
    mailbox.close();
    await prisma.$disconnect();
    await smtp.close();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
