// A school starts on its own: `npm start` with DATABASE_URL on an empty database adds no demo
// school; `npm run school:create` (a child process, as a school's IT runs it) creates the school
// and invites its first dean's office person; the dean follows the link (emailed through a real
// SMTP server, or printed when email is not set up) as a browser would and lands signed in on the
// school's empty dashboard. Refusals write nothing. Two schools made this way each see only their own.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SCHOOL } from "@/prisma/seed-data/demo-school";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { ensureProductionBuild, freePort, INHERITED_SETTINGS, startAppServer, THROUGH_NPM_START, type AppServer } from "../support/app-server";
import { submitForm, textOf } from "../support/http-form";

let t: TestDatabase;
let smtp: SmtpCapture;
let origin: string;
let server: AppServer;
let mail: Record<string, string>;

const inherited = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.test(name)));

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `npm run school:create -- <args>`, asynchronous: the SMTP capture in this process must keep answering. */
async function schoolCreate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn("npm", ["run", "--silent", "school:create", "--", ...args], {
    env: { ...inherited(), DATABASE_URL: t.url, AUTH_URL: origin, ...env } as Record<string, string | undefined> as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { status: await exitOf(child), stdout, stderr };
}

/** Everything a school's creation writes, counted. */
async function written() {
  const [schools, invitations, auditLogs, seasons, policies, users] = await Promise.all([
    t.db.school.count(),
    t.db.invitation.count(),
    t.db.auditLog.count(),
    t.db.season.count(),
    t.db.schoolPolicy.count(),
    t.db.user.count(),
  ]);
  return { schools, invitations, auditLogs, seasons, policies, users };
}

const LINK = /One-time invitation link for .+ \(valid 7 days\): (http:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})$/m;

/** Opens the invitation as a browser would, accepts it, and returns the new session's cookie. */
async function accept(link: string, expectText: string[]): Promise<string> {
  const path = new URL(link).pathname;
  const page = await fetch(`${origin}${path}`);
  expect(page.status).toBe(200);
  const text = textOf(await page.text());
  for (const expected of expectText) expect(text).toContain(expected);
  const answer = await submitForm(origin, { page: path, containing: "input[name=token]", values: {} });
  expect(answer.status).toBe(303);
  expect(answer.headers.get("location")).toMatch(/\/dean$/);
  const cookie = answer.headers.getSetCookie().find((value) => value.startsWith(`${sessionCookieName(false)}=`));
  expect(cookie).toBeDefined();
  return cookie!.split(";")[0]!;
}

async function page(path: string, cookie: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, text: textOf(await response.text()) };
}

const LAKESIDE = ["--name", "Lakeside School of Medicine", "--time-zone", "America/Chicago", "--dean", "Dana Reyes <dana.reyes@lakeside.test>"];
const HARBOR = [
  "--name",
  "Harbor College of Medicine",
  "--time-zone",
  "America/Los_Angeles",
  "--dean",
  "Hal Ortiz <hal.ortiz@harbor.test>",
  "--slug",
  "harbor",
];
let lakesideCookie: string;
let harborCookie: string;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("school_create");
  smtp = await startSmtpCapture();
  mail = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_SECURE: "false", EMAIL_FROM: "SOAP Desk <soap-desk@school.test>" };
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // As a school's server starts: DATABASE_URL and AUTH_URL, no SOAP_DESK_DEMO.
  server = await startAppServer(
    port,
    { DATABASE_URL: t.url, AUTH_URL: origin, AUTH_SECRET: "school-create-test-secret-0123456789abcdef", ...mail },
    THROUGH_NPM_START,
  );
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
  await t?.drop();
});

describe("a school's own server on an empty database", () => {
  it("holds no demo school", async () => {
    expect(server.output()).toContain("▶ Migrations");
    expect(server.output()).not.toContain("Demo data");
    expect(await t.db.school.count()).toBe(0);
    expect(await t.db.school.findUnique({ where: { slug: DEMO_SCHOOL.slug } })).toBeNull();
    const home = await fetch(`${origin}/`);
    expect(textOf(await home.text())).not.toContain(DEMO_SCHOOL.name);
  });
});

describe("npm run school:create", () => {
  it("creates the school, emails the dean's invitation and prints its link; the emailed link signs the dean in on an empty dashboard", async () => {
    const run = await schoolCreate(LAKESIDE, mail);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Created Lakeside School of Medicine.");
    expect(run.stdout).toContain("Slug: lakeside-school-of-medicine (single sign-on names the school by it: OIDC_SCHOOL=lakeside-school-of-medicine");
    expect(run.stdout).toContain("Invitation emailed to dana.reyes@lakeside.test.");

    const school = await t.db.school.findUniqueOrThrow({
      where: { slug: "lakeside-school-of-medicine" },
      include: { policy: true, seasons: { include: { offerRounds: true } } },
    });
    expect(school).toMatchObject({ name: "Lakeside School of Medicine", timeZone: "America/Chicago" });
    expect(school.policy).not.toBeNull();
    expect(school.seasons).toHaveLength(1);
    expect(school.seasons[0]).toMatchObject({ name: "Match Week 2026", active: true });
    expect(school.seasons[0]!.offerRounds).toHaveLength(4);
    const audit = await t.db.auditLog.findMany({ where: { schoolId: school.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorUserId])).toEqual([
      ["school.create", null],
      ["invitation.create", null],
      ["invitation.email_sent", null],
    ]);

    const [email] = smtp.to("dana.reyes@lakeside.test");
    expect(email?.subject).toBe("Lakeside School of Medicine invited you to SOAP Desk");
    const emailed = email!.links.find((href) => href.startsWith(`${origin}/invite/`));
    const printed = LINK.exec(run.stdout)?.[1];
    expect(emailed).toBeDefined();
    expect(printed).toBe(emailed);

    lakesideCookie = await accept(emailed!, ["The SOAP Desk administrator of Lakeside School of Medicine invited you", "as a member of the dean's office"]);
    const dean = await t.db.user.findFirstOrThrow({ where: { email: "dana.reyes@lakeside.test" } });
    expect(dean).toMatchObject({ schoolId: school.id, role: "DEAN", name: "Dana Reyes", isDemo: false });

    const dashboard = await page("/dean", lakesideCookie);
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain("Lakeside School of Medicine");
    expect(dashboard.text).toContain("0 SOAP applicants, 0 with an urgent alert.");
    expect(dashboard.text).toContain("Applicants (0)");
    expect(dashboard.text).toContain("No applicants yet: invite them under Invitations, one by one or from the unmatched-applicants report.");
    // The link worked once.
    expect(textOf(await (await fetch(emailed!)).text())).toContain("This invitation has already been accepted.");
  });

  it("prints the link when email is not set up, and the printed link signs the second school's dean in", async () => {
    const sentBefore = smtp.messages.length;
    const run = await schoolCreate(HARBOR);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Slug: harbor ");
    expect(run.stdout).toContain("Email is not set up (SMTP_HOST and EMAIL_FROM), so no invitation was emailed: pass the link to hal.ortiz@harbor.test.");
    expect(smtp.messages.length).toBe(sentBefore);
    const printed = LINK.exec(run.stdout)?.[1];
    expect(printed).toBeDefined();

    harborCookie = await accept(printed!, ["Harbor College of Medicine"]);
    const dashboard = await page("/dean", harborCookie);
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain("Harbor College of Medicine");
    expect(dashboard.text).toContain("0 SOAP applicants");
  });

  it.each([
    [
      "a name already taken, whatever its case",
      [...LAKESIDE.slice(0, 1), "LAKESIDE school of MEDICINE", ...LAKESIDE.slice(2, 4), "--dean", "Other Dean <other@lakeside.test>", "--slug", "lakeside-two"],
      'A school named "Lakeside School of Medicine" already exists',
    ],
    [
      "a slug already taken",
      ["--name", "Harbor Two", "--time-zone", "America/Chicago", "--dean", "Other Dean <other@harbor.test>", "--slug", "harbor"],
      'A school with the slug "harbor" already exists',
    ],
    [
      "an unknown time zone",
      ["--name", "Summit School of Medicine", "--time-zone", "America/Springfield", "--dean", "Sam Lee <sam.lee@summit.test>"],
      '--time-zone "America/Springfield" is not an IANA time zone',
    ],
    [
      "a malformed dean",
      ["--name", "Summit School of Medicine", "--time-zone", "America/Denver", "--dean", "sam.lee@summit.test"],
      '--dean "sam.lee@summit.test": write it as Full Name <email@school.edu>.',
    ],
    [
      "a dean's address already in use",
      ["--name", "Summit School of Medicine", "--time-zone", "America/Denver", "--dean", "Dana R <DANA.REYES@lakeside.test>"],
      "dana.reyes@lakeside.test is already in use on SOAP Desk",
    ],
  ])("refuses %s with the reason, writing nothing", async (_what, args, reason) => {
    const before = await written();
    const sentBefore = smtp.messages.length;
    const run = await schoolCreate(args, mail);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("No school was created.");
    expect(run.stderr).toContain(reason);
    expect(run.stdout).not.toContain("invite/");
    expect(await written()).toEqual(before);
    expect(smtp.messages.length).toBe(sentBefore);
  });
});

describe("two schools on one deployment", () => {
  it("each dean sees only their own school: the other's applicant and program pages answer 404", async () => {
    const lakeside = await t.db.school.findUniqueOrThrow({ where: { slug: "lakeside-school-of-medicine" } });
    const harbor = await t.db.school.findUniqueOrThrow({ where: { slug: "harbor" } });
    const add = async (schoolId: string, who: string, aamcId: string, nrmpCode: string) => {
      const user = await t.db.user.create({ data: { schoolId, name: `${who} Applicant`, email: `${who.toLowerCase()}@applicant.test`, role: "APPLICANT" } });
      const applicant = await t.db.applicantProfile.create({
        data: { schoolId, userId: user.id, aamcId, degreeType: "US_MD", specialty: "Internal Medicine", phone: "" },
      });
      const program = await t.db.program.create({
        data: {
          schoolId,
          nrmpCode,
          name: `${who} Program`,
          specialty: "Internal Medicine",
          positionType: "C",
          city: "Springfield",
          state: "IL",
          setting: "COMMUNITY",
          tier: "MID",
          openPositions: 2,
        },
      });
      // Every change in the app writes its audit row, whose notice tells the server's dashboards.
      await t.db.auditLog.create({ data: { schoolId, actorUserId: user.id, action: "invitation.accept", entityType: "User", entityId: user.id } });
      return { applicantId: applicant.id, programId: program.id };
    };
    const lakes = await add(lakeside.id, "Lakeside", "12345678", "1234140C0");
    const harb = await add(harbor.id, "Harbor", "87654321", "4321140C0");

    for (const [cookie, own, other, ownName, otherName] of [
      [lakesideCookie, lakes, harb, "Lakeside Applicant", "Harbor Applicant"],
      [harborCookie, harb, lakes, "Harbor Applicant", "Lakeside Applicant"],
    ] as const) {
      await expect.poll(async () => (await page("/dean", cookie)).text, { timeout: 10_000 }).toContain("1 SOAP applicant,");
      const dashboard = await page("/dean", cookie);
      expect(dashboard.text).toContain(ownName);
      expect(dashboard.text).not.toContain(otherName);
      expect((await page(`/dean/applicants/${own.applicantId}`, cookie)).status).toBe(200);
      expect((await page(`/dean/programs/${own.programId}`, cookie)).status).toBe(200);
      expect((await page(`/dean/applicants/${other.applicantId}`, cookie)).status).toBe(404);
      expect((await page(`/dean/programs/${other.programId}`, cookie)).status).toBe(404);
    }
  });
});
