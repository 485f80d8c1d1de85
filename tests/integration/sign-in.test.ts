// Sign-in against real PostgreSQL, a real SMTP server and Auth.js itself (@auth/core's Auth, the
// engine behind next-auth's handlers): magic links for known addresses only (with one answer for
// every address), the rate limits, and demo sessions that Auth.js accepts as its own.
import { Auth, skipCSRFCheck } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { parseServerEnv } from "@/lib/server/core/env";
import { createSmtpMailer, type Mailer } from "@/lib/server/mail/mailer";
import { buildAuthConfig } from "@/lib/server/auth/build-auth-config";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/magic-link";
import { MAGIC_LINK_LIMITS, requestMagicLink as queueMagicLink, SIGN_IN_LINK_DELAY_MS } from "@/lib/server/auth/request-magic-link";
import type { Outbox } from "@/lib/server/mail/outbox-settings";
import { consumeAttempt } from "@/lib/server/auth/rate-limit";
import { demoSignIn } from "@/lib/server/auth/demo-sign-in";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { DEMO_SCHOOL_SLUG, listDemoPeople } from "@/lib/server/auth/list-demo-people";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { testJobs, type TestJobs } from "./support/jobs";

const BASE = "http://localhost:3000";
const SECRET = "integration-test-secret-0123456789";
let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let config: Parameters<typeof Auth>[1];
let mailer: Mailer;
const clock = new ManualClock(new Date("2026-03-16T13:00:00Z"));
let jobs: TestJobs;
/** What the job queue sends with: the real mail server unless a test puts another here. */
let outbox: Outbox;

beforeAll(async () => {
  t = await createTestDatabase("sign_in");
  school = await createSchool(t.db, { now: clock.now(), programs: 1 });
  smtp = await startSmtpCapture();
  const env = parseServerEnv({
    AUTH_URL: BASE,
    AUTH_SECRET: SECRET,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    EMAIL_FROM: "soap@school.test",
  });
  mailer = createSmtpMailer(env.smtp!);
  outbox = { mailer, origin: BASE, signInSecret: SECRET };
  jobs = testJobs(t, clock, () => outbox);
  // What next-auth adds around the same configuration inside Next.
  config = { ...buildAuthConfig(t.db, env, mailer), basePath: "/api/auth", trustHost: true, skipCSRFCheck };
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});

/** Auth.js's own email sign-in endpoint, which SOAP Desk's pages never use. */
async function authJsSendLink(email: string): Promise<Response> {
  return Auth(
    new Request(`${BASE}/api/auth/signin/${EMAIL_PROVIDER_ID}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, callbackUrl: `${BASE}/signed-in` }),
    }),
    config,
  );
}

/** What the sign-in page's action does (queue the request), then the outbox's delivery after the answer. */
async function requestMagicLink(db: typeof t.db, request: { email: string; ip: string }, now: Date) {
  const answer = await queueMagicLink(db, { ...request, origin: BASE }, now);
  // Not due at once: the job queue sends it a moment later.
  const sent = smtp.messages.length;
  await jobs.runDue();
  expect(smtp.messages.length).toBe(sent);
  await jobs.travel(SIGN_IN_LINK_DELAY_MS / 60_000);
  await jobs.runDue();
  return answer;
}

function sessionTokenFrom(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName(false)}=`));
  return cookie?.split(";")[0]?.split("=")[1];
}

async function sessionOf(token: string) {
  const response = await Auth(new Request(`${BASE}/api/auth/session`, { headers: { cookie: `${sessionCookieName(false)}=${token}` } }), config);
  return (await response.json()) as Record<string, unknown> & { user?: { id?: string; email?: string } };
}

describe("magic links", () => {
  it("emails a link to a known address that signs in with a database session", async () => {
    const applicant = await school.addApplicant();
    const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    await requestMagicLink(t.db, { email: ` ${user.email.toUpperCase()} `, ip: "198.51.100.1" }, clock.now());

    const [mail] = smtp.to(user.email);
    expect(mail?.subject).toBe("Your SOAP Desk sign-in link");
    const link = mail!.links.find((href) => href.startsWith(`${BASE}/api/auth/callback/${EMAIL_PROVIDER_ID}`));
    expect(link).toBeDefined();

    const callback = await Auth(new Request(link!), config);
    expect(callback.headers.get("location")).toBe(`${BASE}/signed-in`);
    const token = sessionTokenFrom(callback);
    expect(token).toBeDefined();
    expect(await t.db.session.count({ where: { sessionToken: token!, userId: user.id } })).toBe(1);
    // Auth.js's session answer carries the user's id for the server, never the session token.
    const session = await sessionOf(token!);
    expect(session.user).toEqual({ id: user.id });
    expect(JSON.stringify(session)).not.toContain(token!);

    // The link works once.
    const again = await Auth(new Request(link!), config);
    expect(again.headers.get("location")).toMatch(/\/sign-in\?error=Verification/);
  });

  it("answers an unknown address as it answers a known one, sends nothing, and creates no user", async () => {
    const sent = smtp.messages.length;
    const applicant = await school.addApplicant();
    const known = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    const answers = [
      await requestMagicLink(t.db, { email: "stranger@elsewhere.test", ip: "198.51.100.2" }, clock.now()),
      await requestMagicLink(t.db, { email: known.email, ip: "198.51.100.2" }, clock.now()),
    ];
    expect(answers).toEqual([{ email: "stranger@elsewhere.test" }, { email: known.email }]);
    expect(smtp.to("stranger@elsewhere.test")).toHaveLength(0);
    expect(smtp.to(known.email)).toHaveLength(1);
    // Auth.js's own endpoint sends nothing, whatever the address.
    expect((await authJsSendLink("stranger@elsewhere.test")).status).toBeGreaterThanOrEqual(300);
    expect((await authJsSendLink(known.email)).status).toBeGreaterThanOrEqual(300);
    expect(smtp.messages.length).toBe(sent + 1);
    expect(await t.db.user.count({ where: { email: "stranger@elsewhere.test" } })).toBe(0);
    // Handled requests are not kept: no address anyone asked for stays in the outbox.
    expect(await t.db.outboxEmail.count({ where: { kind: "SIGN_IN_LINK" } })).toBe(0);
  });

  it("answers every address at once, and keeps a known address's link until the mail server takes it", async () => {
    const applicant = await school.addApplicant();
    const { email } = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    const down: Outbox = {
      mailer: { send: async () => Promise.reject(new Error("mail server down")), reach: async () => {} },
      origin: BASE,
      signInSecret: SECRET,
    };
    const answers = [];
    for (const address of [email, "stranger.two@elsewhere.test"]) {
      answers.push(await queueMagicLink(t.db, { email: address, ip: "198.51.100.3", origin: BASE }, clock.now()));
    }
    expect(answers).toEqual([{ email }, { email: "stranger.two@elsewhere.test" }]);
    outbox = down;
    await jobs.travel(SIGN_IN_LINK_DELAY_MS / 60_000);
    await jobs.runDue();
    // The unknown address was dropped; the known one waits for the next round.
    expect(await t.db.outboxEmail.findMany({ where: { kind: "SIGN_IN_LINK" }, select: { toAddress: true } })).toEqual([{ toAddress: email }]);
    outbox = { mailer, origin: BASE, signInSecret: SECRET };
    await jobs.travel(2);
    await jobs.runDue();
    expect(smtp.to(email)).toHaveLength(1);
    expect(await t.db.outboxEmail.count({ where: { kind: "SIGN_IN_LINK" } })).toBe(0);
  });

  it("refuses the sixth request for one address in 15 minutes and sends nothing", async () => {
    const applicant = await school.addApplicant();
    const { email } = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    for (let i = 0; i < MAGIC_LINK_LIMITS.perEmail.max; i++) {
      await requestMagicLink(t.db, { email, ip: `198.51.100.${10 + i}` }, clock.now());
      clock.advanceMinutes(1);
    }
    expect(smtp.to(email)).toHaveLength(5);

    const error = await failure(requestMagicLink(t.db, { email, ip: "198.51.100.99" }, clock.now()));
    expect(error.code).toBe("RATE_LIMITED");
    // The first request (15 minutes after it was made) frees the next slot: 10 minutes from now.
    expect(error.message).toBe("Too many sign-in attempts for this address. Try again in 10 minutes.");
    expect(smtp.to(email)).toHaveLength(5);

    clock.advanceMinutes(10);
    await requestMagicLink(t.db, { email, ip: "198.51.100.99" }, clock.now());
    expect(smtp.to(email)).toHaveLength(6);
  });

  it("limits one network across addresses, and counts unknown addresses too", async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < MAGIC_LINK_LIMITS.perIp.max; i++) {
      await requestMagicLink(t.db, { email: `probe-${i}@elsewhere.test`, ip }, clock.now());
    }
    const applicant = await school.addApplicant();
    const { email } = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    const error = await failure(requestMagicLink(t.db, { email, ip }, clock.now()));
    expect(error.message).toBe("Too many sign-in attempts from your network. Try again in 15 minutes.");
    expect(smtp.to(email)).toHaveLength(0);
  });

  it("grants the last slot to only one of many simultaneous attempts", async () => {
    const limit = { key: "race:test", scope: "address" as const, max: 3, windowMinutes: 15 };
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeAttempt(t.db, [limit], clock.now())));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
  });
});

describe("demo sign-in", () => {
  const NOT_IN_DEMO = "That person is not in the demo school.";
  const INVITE_ORIGIN = "http://soap-desk.test:3000";
  let demo: SchoolFixture;

  beforeAll(async () => {
    // The fixture's people stand in for the seeded ones (isDemo); the slug makes it the demo school.
    demo = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none", demo: true });
    await t.db.school.update({ where: { id: demo.schoolId }, data: { slug: DEMO_SCHOOL_SLUG } });
  });

  /** Invites a person into the demo school and accepts by the emailed link, as they would. */
  async function inviteIntoDemoSchool(email: string): Promise<string> {
    const mailer = createSmtpMailer({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      user: undefined,
      password: undefined,
      from: "SOAP Desk <soap@school.test>",
    });
    const input = { role: "APPLICANT", email, name: "Invited Into Demo", aamcId: "30000001", degreeType: "US_MD", specialty: "Family Medicine" };
    const invited = await createInvitation(contextFor(t.db, clock)(demo.dean), input, { mailer, origin: INVITE_ORIGIN });
    expect(invited.sent).toBe(true);
    const link = smtp
      .to(email)
      .at(-1)
      ?.links.find((href) => href.startsWith(`${INVITE_ORIGIN}/invite/`));
    expect(link).toBeDefined();
    const { actor } = await acceptInvitation(t.db, link!.slice(`${INVITE_ORIGIN}/invite/`.length), clock.now());
    return actor.userId;
  }

  it("creates a session Auth.js accepts, for people of the demo school only", async () => {
    // Auth.js checks expiry against the real clock, so this session starts now.
    const { actor, session } = await demoSignIn(t.db, { userId: demo.dean.userId, ip: "192.0.2.1" }, new Date());
    expect(actor).toMatchObject({ userId: demo.dean.userId, role: "DEAN" });
    expect((await sessionOf(session.sessionToken))?.user?.id).toBe(demo.dean.userId);

    const elsewhere = await failure(demoSignIn(t.db, { userId: school.dean.userId, ip: "192.0.2.1" }, clock.now()));
    expect(elsewhere.message).toBe(NOT_IN_DEMO);
  });

  it("the demo list never shows an invited user, and demo sign-in refuses them", async () => {
    const seeded = await demo.addApplicant();
    const invitedId = await inviteIntoDemoSchool("invited-into-demo@school.test");
    // Added to the demo school some other way: in the school, but not one of the seeded people.
    const plain = await t.db.user.create({ data: { schoolId: demo.schoolId, name: "Added Directly", email: "added-directly@school.test", role: "DEAN" } });

    const listed = (await listDemoPeople(t.db))?.people.map((person) => person.id);
    expect(listed).toContain(demo.dean.userId);
    expect(listed).toContain(seeded.userId);
    expect(listed).not.toContain(invitedId);
    expect(listed).not.toContain(plain.id);

    for (const userId of [invitedId, plain.id]) {
      const sessionsBefore = await t.db.session.count({ where: { userId } });
      const refused = await failure(demoSignIn(t.db, { userId, ip: "192.0.2.2" }, clock.now()));
      expect(refused.message).toBe(NOT_IN_DEMO);
      // Refused before a session is written: the invited person keeps only their own.
      expect(await t.db.session.count({ where: { userId } })).toBe(sessionsBefore);
    }
  });
});
