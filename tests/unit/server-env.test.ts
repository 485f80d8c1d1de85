// Environment parsing: what each setting turns into, and that a wrong value names its variable.
import { describe, expect, it } from "vitest";
import { EnvError, isDemoModeIn, parseServerEnv as parseWithoutDefaults, PUBLIC_ORIGIN_MISSING, type EnvSource } from "@/lib/server/core/env";

// Every case below but the public-origin ones has AUTH_URL set, as every running server has.
const ORIGIN = { AUTH_URL: "http://localhost:3000" };
const parseServerEnv = (source: EnvSource) => parseWithoutDefaults({ ...ORIGIN, ...source });

const problemsOf = (source: EnvSource, defaults: EnvSource = ORIGIN): string[] => {
  try {
    parseWithoutDefaults({ ...defaults, ...source });
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
};

describe("parseServerEnv", () => {
  it("needs only the public origin in development: no email, no single sign-on, no demo, no proxy", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({ production: false, demoMode: false, smtp: null, sso: [], authSecret: undefined, trustedProxyHops: 0 });
    expect(env.publicOrigin.href).toBe("http://localhost:3000/");
  });

  it("treats blank values as unset", () => {
    expect(parseServerEnv({ SMTP_HOST: "  ", OIDC_ISSUER: "", SOAP_DESK_DEMO: "" })).toMatchObject({ smtp: null, sso: [], demoMode: false });
  });

  it("reads SMTP with port 587 and STARTTLS by default", () => {
    const env = parseServerEnv({ SMTP_HOST: "smtp.school.edu", EMAIL_FROM: "SOAP Desk <soap@school.edu>", SMTP_USER: "soap", SMTP_PASSWORD: "pw" });
    expect(env.smtp).toEqual({ host: "smtp.school.edu", port: 587, secure: false, user: "soap", password: "pw", from: "SOAP Desk <soap@school.edu>" });
  });

  it("uses implicit TLS on port 465 unless SMTP_SECURE says otherwise", () => {
    const base = { SMTP_HOST: "smtp.school.edu", EMAIL_FROM: "soap@school.edu" };
    expect(parseServerEnv({ ...base, SMTP_PORT: "465" }).smtp?.secure).toBe(true);
    expect(parseServerEnv({ ...base, SMTP_PORT: "465", SMTP_SECURE: "false" }).smtp?.secure).toBe(false);
    expect(parseServerEnv({ ...base, SMTP_PORT: "2525", SMTP_SECURE: "yes" }).smtp).toMatchObject({ port: 2525, secure: true });
  });

  it("names the variable that is wrong", () => {
    expect(problemsOf({ SMTP_HOST: "smtp.school.edu", EMAIL_FROM: "soap@school.edu", SMTP_PORT: "smtp" })).toEqual([
      "SMTP_PORT must be a port number between 1 and 65535",
    ]);
    expect(problemsOf({ SMTP_SECURE: "maybe" })[0]).toMatch(/^SMTP_SECURE must be/);
    expect(problemsOf({ AUTH_URL: "soap.school.edu" })[0]).toMatch(/^AUTH_URL must be a full URL/);
    expect(problemsOf({ TRUSTED_PROXY_HOPS: "-1" })[0]).toMatch(/^TRUSTED_PROXY_HOPS must be a whole number/);
    expect(problemsOf({ SMTP_HOST: "smtp.school.edu", EMAIL_FROM: "SOAP Desk" })[0]).toMatch(/^EMAIL_FROM must contain an email address/);
  });

  it("asks for EMAIL_FROM with SMTP_HOST, and for SMTP_HOST with credentials", () => {
    expect(problemsOf({ SMTP_HOST: "smtp.school.edu" })).toEqual([expect.stringMatching(/^EMAIL_FROM is required when SMTP_HOST is set/)]);
    expect(problemsOf({ SMTP_USER: "soap", SMTP_PASSWORD: "pw" })).toEqual([expect.stringMatching(/need SMTP_HOST/)]);
  });

  it("requires AUTH_SECRET in production only", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([expect.stringMatching(/^AUTH_SECRET is required in production/)]);
    expect(parseServerEnv({ NODE_ENV: "production", AUTH_SECRET: "s3cret" })).toMatchObject({ production: true, authSecret: "s3cret" });
  });

  it("turns on single sign-on only with issuer, client id, secret and the school it belongs to", () => {
    const oidc = { OIDC_ISSUER: "https://login.school.edu/realms/med", OIDC_CLIENT_ID: "soap-desk", OIDC_CLIENT_SECRET: "shh", OIDC_SCHOOL: "northfield" };
    expect(parseServerEnv(oidc).sso).toEqual([
      { id: "school-sso", issuer: oidc.OIDC_ISSUER, clientId: "soap-desk", clientSecret: "shh", name: "your school", school: "northfield", emailDomains: [] },
    ]);
    expect(parseServerEnv({ ...oidc, OIDC_NAME: "Northfield SSO" }).sso[0]?.name).toBe("Northfield SSO");
    expect(parseServerEnv({ ...oidc, OIDC_EMAIL_DOMAINS: " Northfield.edu, @med.northfield.edu " }).sso[0]?.emailDomains).toEqual([
      "northfield.edu",
      "med.northfield.edu",
    ]);
    expect(problemsOf({ OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_CLIENT_ID: "soap-desk" })).toEqual([expect.stringMatching(/missing OIDC_CLIENT_SECRET/)]);
    // A provider that belongs to no school would sign in anyone of any school: refused.
    expect(problemsOf({ ...oidc, OIDC_SCHOOL: undefined })).toEqual([expect.stringMatching(/^OIDC_SCHOOL is required with OIDC_ISSUER/)]);
    expect(problemsOf({ ...oidc, OIDC_SCHOOL: "North Field" })[0]).toMatch(/^OIDC_SCHOOL must be a school's slug/);
    expect(problemsOf({ ...oidc, OIDC_EMAIL_DOMAINS: "northfield" })[0]).toMatch(/^OIDC_EMAIL_DOMAINS must be a comma-separated list/);
  });

  it("reads one provider per school from OIDC_PROVIDERS, and refuses a school named twice", () => {
    const entry = (school: string) => ({ school, issuer: `https://login.${school}.edu`, clientId: "soap-desk", clientSecret: "shh" });
    const env = parseServerEnv({
      OIDC_PROVIDERS: JSON.stringify([entry("northfield"), { ...entry("southbridge"), name: "Southbridge", emailDomains: ["Southbridge.edu"] }]),
    });
    expect(env.sso.map((sso) => [sso.id, sso.school, sso.name, sso.emailDomains])).toEqual([
      ["sso-northfield", "northfield", "your school", []],
      ["sso-southbridge", "southbridge", "Southbridge", ["southbridge.edu"]],
    ]);
    expect(problemsOf({ OIDC_PROVIDERS: "[{" })).toEqual([expect.stringMatching(/^OIDC_PROVIDERS must be a JSON array/)]);
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([{ ...entry("northfield"), clientSecret: "" }]) })[0]).toMatch(/^OIDC_PROVIDERS\[0\.clientSecret\]/);
    expect(problemsOf({ OIDC_PROVIDERS: JSON.stringify([entry("northfield"), entry("northfield")]) })).toEqual([
      "Single sign-on names the school northfield twice: give each school one provider.",
    ]);
  });

  it("requires AUTH_URL, the one public origin, and says which setting to add", () => {
    expect(problemsOf({}, {})).toEqual([PUBLIC_ORIGIN_MISSING]);
    expect(PUBLIC_ORIGIN_MISSING).toMatch(/^AUTH_URL is required: set it to the address people open SOAP Desk at/);
    // NEXTAUTH_URL is not a second name for it.
    expect(problemsOf({ NEXTAUTH_URL: "https://soap.school.edu" }, {})).toEqual([PUBLIC_ORIGIN_MISSING]);
    expect(parseServerEnv({ AUTH_URL: "https://soap.school.edu/" }).publicOrigin.origin).toBe("https://soap.school.edu");
    expect(parseServerEnv({ AUTH_URL: "http://10.0.0.5:3000" }).publicOrigin.origin).toBe("http://10.0.0.5:3000");
  });

  it("accepts only an origin: http(s), no path, no credentials", () => {
    expect(problemsOf({ AUTH_URL: "https://soap.school.edu/app" })).toEqual(["AUTH_URL must be an origin without a path, e.g. https://soap.school.edu"]);
    expect(problemsOf({ AUTH_URL: "ftp://soap.school.edu" })).toEqual(["AUTH_URL must start with https:// (or http:// on a local machine)"]);
    expect(problemsOf({ AUTH_URL: "https://me:pw@soap.school.edu" })).toEqual(["AUTH_URL must not contain a user name or password"]);
  });

  it("trusts no proxy unless TRUSTED_PROXY_HOPS says how many", () => {
    expect(parseServerEnv({}).trustedProxyHops).toBe(0);
    expect(parseServerEnv({ TRUSTED_PROXY_HOPS: "2" }).trustedProxyHops).toBe(2);
    expect(problemsOf({ TRUSTED_PROXY_HOPS: "one" })).toHaveLength(1);
  });

  it("waits 5 s for the load balancer before closing in production only, and drains for 20 s, unless told otherwise", () => {
    expect(parseServerEnv({ NODE_ENV: "production", AUTH_SECRET: "s" }).shutdown).toEqual({ delayMs: 5_000, drainMs: 20_000 });
    expect(parseServerEnv({}).shutdown).toEqual({ delayMs: 0, drainMs: 20_000 });
    expect(parseServerEnv({ SHUTDOWN_DELAY_MS: "0", SHUTDOWN_DRAIN_MS: "60000" }).shutdown).toEqual({ delayMs: 0, drainMs: 60_000 });
    expect(problemsOf({ SHUTDOWN_DRAIN_MS: "500" })).toEqual([expect.stringMatching(/^SHUTDOWN_DRAIN_MS must be a number of milliseconds from 1000/)]);
    expect(problemsOf({ SHUTDOWN_DELAY_MS: "5s" })).toEqual([expect.stringMatching(/^SHUTDOWN_DELAY_MS must be a number of milliseconds/)]);
  });

  it("turns demo mode on with SOAP_DESK_DEMO=1 (or true) only", () => {
    expect(parseServerEnv({ SOAP_DESK_DEMO: "1" }).demoMode).toBe(true);
    expect(parseServerEnv({ SOAP_DESK_DEMO: "true" }).demoMode).toBe(true);
    expect(parseServerEnv({ SOAP_DESK_DEMO: "0" }).demoMode).toBe(false);
    expect(isDemoModeIn({ SOAP_DESK_DEMO: "1" })).toBe(true);
    expect(isDemoModeIn({})).toBe(false);
  });
});

describe("Web Push settings", () => {
  // A pair made once for these tests (`npx web-push generate-vapid-keys`), and another pair's public half.
  const pair = {
    VAPID_PUBLIC_KEY: "BM0yQAbhoDQLtUz4NUEbChjKx9SyrchyTgWkqAvNNtfzEFswXZYg0b_7UzfQUmUm_36xCL6k4aMnVWCKqFArMZ0",
    VAPID_PRIVATE_KEY: "P3ET1movIPyxtGqahPWtbd4d3a-j8J3hE986mCJBsy0",
    VAPID_SUBJECT: "mailto:soap-desk@school.edu",
  };
  const otherPublicKey = "BFRjsZM95Aeg5GxGLgNFv7QfcH35Wr-EW9Ey07zIHybuGf51sn2GY0cSlpqSILMeGTgiQLIIQw9g17S_kbpIj6I";

  it("is off without the three variables, and reads them together", () => {
    expect(parseServerEnv({})).toMatchObject({ vapid: null, pushAllowLoopbackEndpoints: false });
    expect(parseServerEnv(pair).vapid).toEqual({ publicKey: pair.VAPID_PUBLIC_KEY, privateKey: pair.VAPID_PRIVATE_KEY, subject: pair.VAPID_SUBJECT });
    expect(parseServerEnv({ ...pair, VAPID_SUBJECT: "https://soap.school.edu/contact" }).vapid?.subject).toBe("https://soap.school.edu/contact");
  });

  it("names what is missing when one is set without the others", () => {
    expect(problemsOf({ VAPID_PUBLIC_KEY: pair.VAPID_PUBLIC_KEY })).toEqual([
      "Web Push needs VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT together; missing VAPID_PRIVATE_KEY, VAPID_SUBJECT. Set all three (`npx web-push generate-vapid-keys` makes a key pair), or none to leave push off.",
    ]);
    expect(problemsOf({ ...pair, VAPID_SUBJECT: " " })[0]).toMatch(/missing VAPID_SUBJECT\./);
  });

  it("names the malformed one", () => {
    expect(problemsOf({ ...pair, VAPID_PUBLIC_KEY: "abc" })[0]).toMatch(/^VAPID_PUBLIC_KEY must be a P-256 public key in base64url \(87 characters\)/);
    expect(problemsOf({ ...pair, VAPID_PRIVATE_KEY: pair.VAPID_PUBLIC_KEY })[0]).toMatch(
      /^VAPID_PRIVATE_KEY must be a P-256 private key in base64url \(43 characters\)/,
    );
    expect(problemsOf({ ...pair, VAPID_SUBJECT: "soap-desk@school.edu" })[0]).toMatch(/^VAPID_SUBJECT must be a mailto: address or an https: URL/);
    expect(problemsOf({ ...pair, VAPID_SUBJECT: "http://soap.school.edu" })[0]).toMatch(/^VAPID_SUBJECT must be a mailto: address or an https: URL/);
    expect(problemsOf({ ...pair, VAPID_SUBJECT: "mailto:nobody" })[0]).toMatch(/^VAPID_SUBJECT must be mailto: followed by an email address/);
    expect(problemsOf({ ...pair, VAPID_SUBJECT: "https://localhost/contact" })[0]).toMatch(/^VAPID_SUBJECT must not be on localhost/);
  });

  it("refuses a public key that is not the private key's own", () => {
    expect(problemsOf({ ...pair, VAPID_PUBLIC_KEY: otherPublicKey })).toEqual([
      "VAPID_PUBLIC_KEY is not the public half of VAPID_PRIVATE_KEY: set both from the same generated pair.",
    ]);
  });

  it("opens loopback push services only with PUSH_ALLOW_LOOPBACK_ENDPOINTS=1 (tests)", () => {
    expect(parseServerEnv({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: "1" }).pushAllowLoopbackEndpoints).toBe(true);
    expect(problemsOf({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: "sure" })[0]).toMatch(/^PUSH_ALLOW_LOOPBACK_ENDPOINTS must be/);
  });
});
