// Sign-in against real PostgreSQL, a real SMTP server and Auth.js itself (@auth/core's Auth, the
// engine behind next-auth's handlers): magic links for known addresses only, the rate limits,
// and demo sessions that Auth.js accepts as its own.
import { Auth, skipCSRFCheck } from "@auth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/clock";
import { parseServerEnv } from "@/lib/server/env";
import { createSmtpMailer } from "@/lib/server/mail/mailer";
import { buildAuthConfig, EMAIL_PROVIDER_ID } from "@/lib/server/auth/auth-config";
import { MAGIC_LINK_LIMITS, requestMagicLink } from "@/lib/server/auth/magic-link";
import { consumeAttempt } from "@/lib/server/auth/rate-limit";
import { demoSignIn } from "@/lib/server/auth/demo-sign-in";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { DEMO_SCHOOL_SLUG } from "@/lib/server/queries/demo-people";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

const BASE = "http://localhost:3000";
let t: TestDatabase;
let school: SchoolFixture;
let smtp: SmtpCapture;
let config: Parameters<typeof Auth>[1];
const clock = new ManualClock(new Date("2026-03-16T13:00:00Z"));

beforeAll(async () => {
  t = await createTestDatabase("sign_in");
  school = await createSchool(t.db, { now: clock.now(), programs: 1 });
  smtp = await startSmtpCapture();
  const env = parseServerEnv({ AUTH_SECRET: "integration-test-secret-0123456789", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), EMAIL_FROM: "soap@school.test" });
  const mailer = createSmtpMailer(env.smtp!);
  // What next-auth adds around the same configuration inside Next.
  config = { ...buildAuthConfig(t.db, env, mailer), basePath: "/api/auth", trustHost: true, skipCSRFCheck };
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});

/** Auth.js's email sign-in, as next-auth's signIn() calls it from the server action. */
async function authJsSendLink(email: string): Promise<string> {
  const response = await Auth(
    new Request(`${BASE}/api/auth/signin/${EMAIL_PROVIDER_ID}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, callbackUrl: `${BASE}/signed-in` }),
    }),
    config,
  );
  return response.headers.get("location") ?? "";
}


function sessionTokenFrom(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookieName(false)}=`));
  return cookie?.split(";")[0]?.split("=")[1];
}

async function sessionOf(token: string) {
  const response = await Auth(new Request(`${BASE}/api/auth/session`, { headers: { cookie: `${sessionCookieName(false)}=${token}` } }), config);
  return (await response.json()) as { user?: { id?: string; email?: string } } | null;
}

describe("magic links", () => {
  it("emails a link to a known address that signs in with a database session", async () => {
    const applicant = await school.addApplicant();
    const user = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    await requestMagicLink(t.db, { email: ` ${user.email.toUpperCase()} `, ip: "198.51.100.1" }, clock.now(), authJsSendLink);

    const [mail] = smtp.to(user.email);
    expect(mail?.subject).toBe("Your SOAP Desk sign-in link");
    const link = mail!.links.find((href) => href.startsWith(`${BASE}/api/auth/callback/${EMAIL_PROVIDER_ID}`));
    expect(link).toBeDefined();

    const callback = await Auth(new Request(link!), config);
    expect(callback.headers.get("location")).toBe(`${BASE}/signed-in`);
    const token = sessionTokenFrom(callback);
    expect(token).toBeDefined();
    expect(await t.db.session.count({ where: { sessionToken: token!, userId: user.id } })).toBe(1);
    expect((await sessionOf(token!))?.user).toMatchObject({ id: user.id, email: user.email });

    // The link works once.
    const again = await Auth(new Request(link!), config);
    expect(again.headers.get("location")).toMatch(/\/sign-in\?error=Verification/);
  });

  it("refuses an unknown address before anything is sent, and creates no user", async () => {
    const sent = smtp.messages.length;
    const error = await failure(requestMagicLink(t.db, { email: "stranger@elsewhere.test", ip: "198.51.100.2" }, clock.now(), authJsSendLink));
    expect(error.message).toMatch(/^No SOAP Desk account uses stranger@elsewhere.test/);
    // Auth.js's own signIn callback refuses it too, should anything reach it directly.
    expect(await authJsSendLink("stranger@elsewhere.test")).toBe(`${BASE}/sign-in?error=NoAccount`);
    expect(smtp.messages.length).toBe(sent);
    expect(await t.db.user.count({ where: { email: "stranger@elsewhere.test" } })).toBe(0);
  });

  it("refuses the sixth request for one address in 15 minutes and sends nothing", async () => {
    const applicant = await school.addApplicant();
    const { email } = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    for (let i = 0; i < MAGIC_LINK_LIMITS.perEmail.max; i++) {
      await requestMagicLink(t.db, { email, ip: `198.51.100.${10 + i}` }, clock.now(), authJsSendLink);
      clock.advanceMinutes(1);
    }
    expect(smtp.to(email)).toHaveLength(5);

    const error = await failure(requestMagicLink(t.db, { email, ip: "198.51.100.99" }, clock.now(), authJsSendLink));
    expect(error.code).toBe("RATE_LIMITED");
    // The first request (15 minutes after it was made) frees the next slot: 10 minutes from now.
    expect(error.message).toBe("Too many sign-in attempts for this address. Try again in 10 minutes.");
    expect(smtp.to(email)).toHaveLength(5);

    clock.advanceMinutes(10);
    await requestMagicLink(t.db, { email, ip: "198.51.100.99" }, clock.now(), authJsSendLink);
    expect(smtp.to(email)).toHaveLength(6);
  });

  it("limits one network across addresses, and counts unknown addresses too", async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < MAGIC_LINK_LIMITS.perIp.max; i++) {
      await failure(requestMagicLink(t.db, { email: `probe-${i}@elsewhere.test`, ip }, clock.now(), authJsSendLink));
    }
    const applicant = await school.addApplicant();
    const { email } = await t.db.user.findUniqueOrThrow({ where: { id: applicant.userId } });
    const error = await failure(requestMagicLink(t.db, { email, ip }, clock.now(), authJsSendLink));
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
  it("creates a session Auth.js accepts, for people of the demo school only", async () => {
    const demo = await createSchool(t.db, { now: clock.now(), programs: 1, season: "none" });
    await t.db.school.update({ where: { id: demo.schoolId }, data: { slug: DEMO_SCHOOL_SLUG } });
    // Auth.js checks expiry against the real clock, so this session starts now.
    const { actor, session } = await demoSignIn(t.db, { userId: demo.dean.userId, ip: "192.0.2.1" }, new Date());
    expect(actor).toMatchObject({ userId: demo.dean.userId, role: "DEAN" });
    expect((await sessionOf(session.sessionToken))?.user?.id).toBe(demo.dean.userId);

    const elsewhere = await failure(demoSignIn(t.db, { userId: school.dean.userId, ip: "192.0.2.1" }, clock.now()));
    expect(elsewhere.message).toBe("That person is not in the demo school.");
  });
});
