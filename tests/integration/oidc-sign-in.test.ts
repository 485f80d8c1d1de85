// Single sign-on end to end: the production server (scripts/serve.ts over the build in .next),
// configured with OIDC_* for a real OpenID Connect provider (oidc-provider) on loopback, real
// PostgreSQL, and a cookie-keeping HTTP client that follows every redirect as a browser would:
// the sign-in page's button, the provider's authorization endpoint and login form, Auth.js's
// callback with its state, PKCE and nonce cookies, then the person's pages.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInErrorMessage, SSO_REFUSED } from "@/lib/domain/sign-in-messages";
import { SINGLE_SSO_PROVIDER_ID as SSO_PROVIDER_ID, ssoProviderId } from "@/lib/server/core/env";
import { sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { startOidcIssuer, type Identity, type OidcIssuer } from "./support/oidc-issuer";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { submitForm, textOf } from "../support/http-form";

const SESSION_COOKIE = sessionCookieName(false);
const PKCE_COOKIE = "authjs.pkce.code_verifier";

let t: TestDatabase;
let school: SchoolFixture;
let otherSchool: SchoolFixture;
let idp: OidcIssuer;
/** The other school's own provider, limited to its email domain. */
let otherIdp: OidcIssuer;
let otherProviderId: string;
const OTHER_DOMAIN = "southbridge.test";
let app: AppServer;
// What AUTH_URL names and the browser opens. Not 127.0.0.1: Next.js rewrites a loopback address in
// a request's URL to "localhost", so Auth.js would build a different redirect_uri at the callback.
let appOrigin: string;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("oidc_sign_in");
  const now = new Date();
  [school, otherSchool] = [await createSchool(t.db, { now, programs: 1 }), await createSchool(t.db, { now, programs: 1 })];
  const [appPort, idpPort, otherIdpPort] = [await freePort(), await freePort(), await freePort()];
  appOrigin = `http://localhost:${appPort}`;
  idp = await startOidcIssuer(idpPort, `${appOrigin}/api/auth/callback/${SSO_PROVIDER_ID}`);
  const otherSlug = (await t.db.school.findUniqueOrThrow({ where: { id: otherSchool.schoolId } })).slug;
  otherProviderId = ssoProviderId(otherSlug);
  otherIdp = await startOidcIssuer(otherIdpPort, `${appOrigin}/api/auth/callback/${otherProviderId}`);
  const slug = (await t.db.school.findUniqueOrThrow({ where: { id: school.schoolId } })).slug;
  app = await startAppServer(appPort, {
    DATABASE_URL: t.url,
    AUTH_URL: appOrigin,
    AUTH_SECRET: "oidc-sign-in-test-secret-0123456789abcdef",
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_NAME: "Test University",
    OIDC_SCHOOL: slug,
    OIDC_PROVIDERS: JSON.stringify([
      {
        school: otherSlug,
        issuer: otherIdp.issuer,
        clientId: otherIdp.clientId,
        clientSecret: otherIdp.clientSecret,
        name: "Southbridge",
        emailDomains: [OTHER_DOMAIN],
      },
    ]),
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await idp?.close();
  await otherIdp?.close();
  await t?.drop();
});

/** A browser's cookies, one jar per origin, sent with every request and updated from every answer. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  keep(url: string, response: Response): void {
    const jar = this.jar(new URL(url).origin);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.jar(new URL(url).origin)].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    this.keep(url, response);
    return response;
  }
}

function locationOf(response: Response, from: string): URL {
  const location = response.headers.get("location");
  expect(location, `${from} answered ${response.status} without a redirect`).toBeTruthy();
  return new URL(location!, from);
}

/** Changes one character in the middle of a value, as a tampered link would. */
function tamper(value: string): string {
  let i = Math.floor(value.length / 2);
  while (value[i] === "." || value[i] === "-" || value[i] === "_") i++;
  return `${value.slice(0, i)}${value[i] === "A" ? "B" : "A"}${value.slice(i + 1)}`;
}

interface Tampering {
  /** Rewrites the nonce Auth.js put in the authorization request, so the ID token carries another. */
  nonce?: boolean;
  /** Rewrites the PKCE challenge, so Auth.js's verifier no longer matches the code. */
  codeChallenge?: boolean;
  /** Changes the state in the provider's answer on its way back to SOAP Desk. */
  state?: boolean;
  /** Loses Auth.js's PKCE verifier cookie before the callback. */
  dropPkceCookie?: boolean;
}

/** Which of the two providers a flow goes through (this school's, unless named). */
interface Via {
  issuer: OidcIssuer;
  providerId: string;
}

interface Flow {
  browser: Browser;
  /** Where the server's log stood when this flow began. */
  logFrom: number;
  callbackUrl: URL;
  callback: Response;
}

/** The whole dance, from the sign-in page's button to Auth.js's answer at the callback. */
async function signInThroughSso(sub: string, tampering: Tampering = {}, via: Via = { issuer: idp, providerId: SSO_PROVIDER_ID }): Promise<Flow> {
  const browser = new Browser();
  const logFrom = app.output().length;
  const start = await submitForm(appOrigin, { page: "/sign-in", containing: `input[name=provider][value=${via.providerId}]`, values: {} });
  browser.keep(appOrigin, start);
  expect(start.status).toBe(303);
  const authorize = locationOf(start, `${appOrigin}/sign-in`);
  expect(`${authorize.origin}${authorize.pathname}`).toBe(`${via.issuer.issuer}/auth`);
  expect(authorize.searchParams.get("nonce")).toBeTruthy();
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  if (tampering.nonce) authorize.searchParams.set("nonce", randomBytes(16).toString("base64url"));
  if (tampering.codeChallenge) {
    const otherVerifier = randomBytes(32).toString("base64url");
    authorize.searchParams.set("code_challenge", createHash("sha256").update(otherVerifier).digest("base64url"));
  }

  const toLogin = await browser.request(authorize.href);
  const interaction = locationOf(toLogin, authorize.href);
  expect(interaction.pathname).toMatch(/^\/interaction\//);
  const loggedIn = await browser.request(`${interaction.href}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ account: sub }).toString(),
  });
  const resume = locationOf(loggedIn, interaction.href);
  const backToApp = await browser.request(resume.href);
  const callbackUrl = locationOf(backToApp, resume.href);
  expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(`${appOrigin}/api/auth/callback/${via.providerId}`);
  expect(callbackUrl.searchParams.get("code")).toBeTruthy();

  if (tampering.state) callbackUrl.searchParams.set("state", tamper(callbackUrl.searchParams.get("state") ?? ""));
  if (tampering.dropPkceCookie) browser.jar(appOrigin).delete(PKCE_COOKIE);
  const callback = await browser.request(callbackUrl.href);
  return { browser, logFrom, callbackUrl, callback };
}

function newSub(): string {
  return `sso-${randomBytes(6).toString("hex")}`;
}

async function emailOf(userId: string): Promise<string> {
  return (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email;
}

/** An identity at the provider for this email; returns its subject. */
function identityFor(email: string, extra: Identity = {}, issuer: OidcIssuer = idp): string {
  const sub = newSub();
  issuer.addAccount(sub, { email, email_verified: true, name: "Signed In Through SSO", ...extra });
  return sub;
}

/** What a refusal must leave behind: nothing at all. */
async function counts() {
  return { users: await t.db.user.count(), accounts: await t.db.account.count(), sessions: await t.db.session.count() };
}

/** Follows redirects inside SOAP Desk until a page answers. */
async function open(browser: Browser, path: string): Promise<{ response: Response; url: URL }> {
  let url = new URL(path, appOrigin);
  for (let hop = 0; hop < 5; hop++) {
    const response = await browser.request(url.href);
    if (response.status < 300 || response.status >= 400) return { response, url };
    url = locationOf(response, url.href);
  }
  throw new Error(`Too many redirects from ${path}`);
}

async function publicSessionOf(browser: Browser) {
  const response = await browser.request(`${appOrigin}/api/auth/session`);
  expect(response.status).toBe(200);
  return (await response.json()) as { user: { name: string; role: string; school: string } } | null;
}

/**
 * Auth.js refused at the callback: back to the sign-in page with a reason, no session cookie, no
 * session row. `because` is a word of the cause the server logged, so a refusal for some other
 * reason (a broken flow) does not pass for the check under test.
 */
async function expectRefused(flow: Flow, sessionsBefore: number, because?: string): Promise<string> {
  if (because) await expect.poll(() => app.output().slice(flow.logFrom)).toContain(because);
  expect(flow.callback.status).toBeGreaterThanOrEqual(300);
  expect(flow.callback.status).toBeLessThan(400);
  const landing = locationOf(flow.callback, flow.callbackUrl.href);
  expect(`${landing.origin}${landing.pathname}`).toBe(`${appOrigin}/sign-in`);
  const code = landing.searchParams.get("error");
  expect(code).toBeTruthy();
  expect(flow.browser.jar(appOrigin).has(SESSION_COOKIE)).toBe(false);
  expect(await t.db.session.count()).toBe(sessionsBefore);
  expect(await publicSessionOf(flow.browser)).toBeNull();
  // The sign-in page explains it instead of failing.
  const page = await flow.browser.request(landing.href);
  expect(page.status).toBe(200);
  const text = textOf(await page.text());
  expect(text).toContain("Sign in");
  expect(text).toContain(signInErrorMessage(code!));
  return code!;
}

describe("single sign-on through the school's OpenID Connect provider", () => {
  it("signs a person of the school in with a database session in their own role", async () => {
    const advocate = await school.addAdvocate({ name: "Ada Advocate" });
    const cases = [
      { actor: advocate, role: "ADVOCATE", home: "/advocate" },
      { actor: school.dean, role: "DEAN", home: "/dean" },
    ];
    for (const { actor, role, home } of cases) {
      const email = await emailOf(actor.userId);
      // The provider may spell the address differently; accounts match whatever the case.
      const sub = identityFor(email.toUpperCase());
      const { browser, callback, callbackUrl } = await signInThroughSso(sub);

      expect(callback.status).toBe(302);
      expect(locationOf(callback, callbackUrl.href).href).toBe(`${appOrigin}/signed-in`);
      const token = browser.jar(appOrigin).get(SESSION_COOKIE);
      expect(token).toBeTruthy();
      const session = await t.db.session.findUniqueOrThrow({ where: { sessionToken: token! }, include: { user: true } });
      expect(session.user).toMatchObject({ id: actor.userId, role, schoolId: school.schoolId });
      expect(await t.db.account.count({ where: { provider: SSO_PROVIDER_ID, providerAccountId: sub, userId: actor.userId } })).toBe(1);

      const schoolName = (await t.db.school.findUniqueOrThrow({ where: { id: school.schoolId } })).name;
      expect(await publicSessionOf(browser)).toMatchObject({ user: { role, school: schoolName } });
      const landed = await open(browser, "/signed-in");
      expect(landed.url.pathname).toBe(home);
      expect(landed.response.status).toBe(200);
    }
  });

  it("refuses an identity whose email belongs to nobody, and creates no user", async () => {
    const email = `nobody-${randomBytes(4).toString("hex")}@school.test`;
    const sub = identityFor(email);
    const [users, sessions] = [await t.db.user.count(), await t.db.session.count()];

    const flow = await signInThroughSso(sub);
    expect(await expectRefused(flow, sessions, "no person of the provider's school has this address")).toBe(SSO_REFUSED);
    expect(locationOf(flow.callback, flow.callbackUrl.href).href).toBe(`${appOrigin}/sign-in?error=${SSO_REFUSED}`);
    expect(await t.db.user.count()).toBe(users);
    expect(await t.db.user.count({ where: { email: { equals: email, mode: "insensitive" } } })).toBe(0);
    expect(await t.db.account.count({ where: { providerAccountId: sub } })).toBe(0);
  });

  it("refuses another school's address, through this school's provider, and creates nothing", async () => {
    // One deployment can hold several schools: this school's provider signs in this school's
    // people only, whatever address it asserts.
    const before = await counts();
    const sub = identityFor(await emailOf(otherSchool.dean.userId));
    const flow = await signInThroughSso(sub);
    expect(await expectRefused(flow, before.sessions, "no person of the provider's school has this address")).toBe(SSO_REFUSED);
    expect(await counts()).toEqual(before);
    expect(await t.db.session.count({ where: { userId: otherSchool.dean.userId } })).toBe(0);
  });

  it("refuses a token whose address is not verified (missing, false, or as text), and creates nothing", async () => {
    const applicant = await school.addApplicant();
    const email = await emailOf(applicant.userId);
    for (const verified of [undefined, false, "true"]) {
      const before = await counts();
      const sub = newSub();
      idp.addAccount(sub, { email, name: "Unverified", ...(verified === undefined ? {} : { email_verified: verified as boolean }) });
      const flow = await signInThroughSso(sub);
      expect(await expectRefused(flow, before.sessions, "email_verified is not true")).toBe(SSO_REFUSED);
      expect(await counts()).toEqual(before);
    }
  });

  it("matches a linked person by the provider's subject: a changed address is refused, never moved to its holder", async () => {
    const [advocate, colleague] = [await school.addAdvocate(), await school.addAdvocate()];
    const [email, colleagueEmail] = [await emailOf(advocate.userId), await emailOf(colleague.userId)];
    const sub = identityFor(email);
    const first = await signInThroughSso(sub);
    expect(first.callback.status).toBe(302);
    expect(await t.db.account.count({ where: { provider: SSO_PROVIDER_ID, providerAccountId: sub, userId: advocate.userId } })).toBe(1);

    // The provider now gives the same subject the colleague's address, then an unknown one.
    for (const changed of [colleagueEmail, `renamed-${randomBytes(3).toString("hex")}@example.edu`]) {
      idp.addAccount(sub, { email: changed, email_verified: true });
      const before = await counts();
      const flow = await signInThroughSso(sub);
      expect(await expectRefused(flow, before.sessions, "changed after it was linked")).toBe(SSO_REFUSED);
      expect(await counts()).toEqual(before);
    }
    expect(await t.db.session.count({ where: { userId: colleague.userId } })).toBe(0);

    // Another subject of the provider now claims the linked person's address: refused too.
    const before = await counts();
    const impostor = await signInThroughSso(identityFor(email));
    expect(await expectRefused(impostor, before.sessions, "already linked to another subject")).toBe(SSO_REFUSED);
    expect(await counts()).toEqual(before);

    // With its address back, the subject signs its own person in again.
    idp.addAccount(sub, { email, email_verified: true });
    const again = await signInThroughSso(sub);
    expect(again.callback.status).toBe(302);
    const token = again.browser.jar(appOrigin).get(SESSION_COOKIE);
    expect((await t.db.session.findUniqueOrThrow({ where: { sessionToken: token! } })).userId).toBe(advocate.userId);
  });

  it("gives each school its own provider: the other school's signs in its own people at its domain, and nobody else", async () => {
    const theirs = await t.db.user.create({
      data: { schoolId: otherSchool.schoolId, name: "Sam Southbridge", email: `sam-${randomBytes(3).toString("hex")}@${OTHER_DOMAIN}`, role: "ADVOCATE" },
    });
    const via = { issuer: otherIdp, providerId: otherProviderId };
    const { browser, callback } = await signInThroughSso(identityFor(theirs.email, {}, otherIdp), {}, via);
    expect(callback.status).toBe(302);
    const token = browser.jar(appOrigin).get(SESSION_COOKIE);
    const session = await t.db.session.findUniqueOrThrow({ where: { sessionToken: token! }, include: { user: true } });
    expect(session.user).toMatchObject({ id: theirs.id, schoolId: otherSchool.schoolId, role: "ADVOCATE" });
    const theirSchool = (await t.db.school.findUniqueOrThrow({ where: { id: otherSchool.schoolId } })).name;
    expect(await publicSessionOf(browser)).toMatchObject({ user: { role: "ADVOCATE", school: theirSchool } });

    // Their provider refuses this school's dean, and their own dean at an address outside its domain.
    const applicantHere = await school.addApplicant();
    for (const [email, because] of [
      [await emailOf(applicantHere.userId), "not at one of the provider's email domains"],
      [await emailOf(otherSchool.dean.userId), "not at one of the provider's email domains"],
    ] as const) {
      const before = await counts();
      const flow = await signInThroughSso(identityFor(email, {}, otherIdp), {}, via);
      expect(await expectRefused(flow, before.sessions, because)).toBe(SSO_REFUSED);
      expect(await counts()).toEqual(before);
    }
    // And this school's provider refuses their person, although the address is verified.
    const before = await counts();
    const flow = await signInThroughSso(identityFor(theirs.email));
    expect(await expectRefused(flow, before.sessions, "no person of the provider's school has this address")).toBe(SSO_REFUSED);
    expect(await counts()).toEqual(before);
  });

  it("refuses a callback whose state was changed, without a session or a server error", async () => {
    const advocate = await school.addAdvocate();
    const sub = identityFor(await emailOf(advocate.userId));
    const sessions = await t.db.session.count();
    const flow = await signInThroughSso(sub, { state: true });
    await expectRefused(flow, sessions, 'unexpected "state"');
    expect(await t.db.session.count({ where: { userId: advocate.userId } })).toBe(0);
  });

  it("refuses an ID token whose nonce is not the one SOAP Desk sent", async () => {
    const applicant = await school.addApplicant();
    const sub = identityFor(await emailOf(applicant.userId));
    const sessions = await t.db.session.count();
    const flow = await signInThroughSso(sub, { nonce: true });
    await expectRefused(flow, sessions, '"nonce" claim');
    expect(await t.db.session.count({ where: { userId: applicant.userId } })).toBe(0);
  });

  it("refuses a code redeemed with a verifier that does not match, or with none", async () => {
    const applicant = await school.addApplicant();
    const sub = identityFor(await emailOf(applicant.userId));
    const sessions = await t.db.session.count();
    // The provider refuses the code: its challenge was made from another verifier.
    await expectRefused(await signInThroughSso(sub, { codeChallenge: true }), sessions, "invalid_grant");
    // SOAP Desk refuses before it asks: the browser lost the verifier cookie.
    await expectRefused(await signInThroughSso(sub, { dropPkceCookie: true }), sessions, "pkceCodeVerifier");
    expect(await t.db.session.count({ where: { userId: applicant.userId } })).toBe(0);
  });
});
