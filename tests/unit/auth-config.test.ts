// The Auth.js configuration builder: which providers appear for which settings, the single
// sign-on provider's shape, and database sessions. (No identity provider is reachable here.)
import { describe, expect, it } from "vitest";
import { buildAuthConfig, buildProviders, oidcProvider } from "@/lib/server/auth/build-auth-config";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/magic-link";
import { parseServerEnv as parseEnv, SINGLE_SSO_PROVIDER_ID as SSO_PROVIDER_ID, type EnvSource, type OidcSettings } from "@/lib/server/core/env";
import type { Db } from "@/lib/server/core/db";
import type { Mailer } from "@/lib/server/mail/mailer";

const mailer: Mailer = { send: async () => {}, reach: async () => {} };
const smtpEnv = { SMTP_HOST: "smtp.school.edu", EMAIL_FROM: "soap@school.edu" };
const oidcEnv = {
  OIDC_ISSUER: "https://login.school.edu/realms/med",
  OIDC_CLIENT_ID: "soap-desk",
  OIDC_CLIENT_SECRET: "shh",
  OIDC_NAME: "Northfield SSO",
  OIDC_SCHOOL: "northfield",
};
const settings = (fields: Partial<OidcSettings>): OidcSettings => ({
  id: SSO_PROVIDER_ID,
  issuer: oidcEnv.OIDC_ISSUER,
  clientId: "c",
  clientSecret: "s",
  name: "SSO",
  school: "northfield",
  emailDomains: [],
  ...fields,
});
const unusedDb = {} as Db;
const parseServerEnv = (source: EnvSource) => parseEnv({ AUTH_URL: "http://localhost:3000", ...source });

function ids(providers: ReturnType<typeof buildProviders>): string[] {
  return providers.map((provider) => {
    const resolved = typeof provider === "function" ? provider() : provider;
    return (resolved.options as { id?: string } | undefined)?.id ?? resolved.id;
  });
}

describe("oidcProvider", () => {
  it("is a standard OpenID Connect provider for the school's issuer", () => {
    const provider = oidcProvider(settings({ clientId: "soap-desk", clientSecret: "shh", name: "Northfield SSO" }));
    expect(provider).toMatchObject({
      id: SSO_PROVIDER_ID,
      type: "oidc",
      name: "Northfield SSO",
      issuer: "https://login.school.edu/realms/med",
      clientId: "soap-desk",
      clientSecret: "shh",
      checks: ["pkce", "state", "nonce"],
      allowDangerousEmailAccountLinking: true,
    });
  });

  it("maps the profile to an id, a lower-cased email and a name", () => {
    const provider = oidcProvider(settings({}));
    const user = provider.profile?.({ sub: "abc", email: "Dana.Dean@School.EDU", preferred_username: "ddean" }, {});
    expect(user).toEqual({ id: "abc", email: "dana.dean@school.edu", name: "ddean" });
  });
});

describe("buildProviders", () => {
  it("offers nothing when neither email nor single sign-on is configured", () => {
    expect(buildProviders(parseServerEnv({}), null)).toEqual([]);
  });

  it("offers email sign-in only with SMTP settings and a mailer", () => {
    expect(ids(buildProviders(parseServerEnv(smtpEnv), mailer))).toEqual([EMAIL_PROVIDER_ID]);
    expect(buildProviders(parseServerEnv(smtpEnv), null)).toEqual([]);
  });

  it("adds single sign-on when the OIDC settings are complete", () => {
    expect(ids(buildProviders(parseServerEnv({ ...smtpEnv, ...oidcEnv }), mailer))).toEqual([EMAIL_PROVIDER_ID, SSO_PROVIDER_ID]);
    expect(ids(buildProviders(parseServerEnv(oidcEnv), null))).toEqual([SSO_PROVIDER_ID]);
  });
});

describe("buildAuthConfig", () => {
  it("keeps sessions in the database and uses SOAP Desk's own pages", () => {
    const config = buildAuthConfig(unusedDb, parseServerEnv({ AUTH_SECRET: "x" }), null);
    expect(config.session?.strategy).toBe("database");
    expect(config.pages).toEqual({ signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" });
    expect(config.secret).toBe("x");
  });

  it("decides Secure cookies from the public origin, never from the request", () => {
    expect(buildAuthConfig(unusedDb, parseServerEnv({ AUTH_URL: "https://soap.school.edu" }), null).useSecureCookies).toBe(true);
    expect(buildAuthConfig(unusedDb, parseServerEnv({ AUTH_URL: "http://localhost:3000" }), null).useSecureCookies).toBe(false);
  });

  it("passes on only the session's expiry and the user's id, never the session token", async () => {
    const callback = buildAuthConfig(unusedDb, parseServerEnv({}), null).callbacks!.session!;
    const expires = new Date("2026-03-30T12:00:00Z");
    const session = { sessionToken: "secret-token", userId: "u1", expires, user: { id: "u1", email: "a@school.edu", name: "A", emailVerified: null } };
    const result = await callback({ session, user: session.user } as unknown as Parameters<typeof callback>[0]);
    expect(result).toEqual({ expires, user: { id: "u1" } });
    expect(JSON.stringify(result)).not.toContain("secret-token");
  });

  it("never lets the adapter create a user on its own", async () => {
    const adapter = buildAuthConfig(unusedDb, parseServerEnv({}), null).adapter;
    await expect(adapter?.createUser?.({ id: "x", email: "new@school.edu", emailVerified: null })).rejects.toThrow(/dean's office invites people/);
  });
});
