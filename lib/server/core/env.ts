import "server-only";
// The server's environment, parsed with zod so that a wrong value fails with the variable's name
// instead of surfacing later as a confusing SMTP or OAuth error. Parsed on first use (at request
// time), not at import, so `next build` runs without any of it.
import { createECDH } from "node:crypto";
import { z } from "zod";
import { SCHOOL_SLUG } from "../../domain/school-create";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface OidcSettings {
  /**
   * Auth.js's provider id, and so the end of the address the identity provider sends people back
   * to: <AUTH_URL>/api/auth/callback/<id>.
   */
  id: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's label: "Sign in with <name>". */
  name: string;
  /** The slug of the one school whose people this provider signs in. */
  school: string;
  /** When not empty, only addresses at these domains (lower case) are accepted from it. */
  emailDomains: string[];
}

/** Web Push's VAPID identity: the key pair push services know this server by, and a contact. */
export interface VapidSettings {
  /** P-256 public key, base64url (65 bytes uncompressed): browsers subscribe with it. */
  publicKey: string;
  /** P-256 private key, base64url (32 bytes): signs every push request. */
  privateKey: string;
  /** mailto: or https: address a push service may contact about this server's messages. */
  subject: string;
}

export interface ServerEnv {
  production: boolean;
  demoMode: boolean;
  authSecret: string | undefined;
  /**
   * AUTH_URL: the one public origin (e.g. https://soap.school.edu). Every link in an email is built
   * from it, never from the request's Host or X-Forwarded-* headers; Auth.js reads it too.
   */
  publicOrigin: URL;
  /** TRUSTED_PROXY_HOPS: how many proxies in front of SOAP Desk overwrite X-Forwarded-* (default 0). */
  trustedProxyHops: number;
  smtp: SmtpSettings | null;
  /** Single sign-on: one provider per school at most, each bound to its school. */
  sso: OidcSettings[];
  /** The job workers: in this app instance (JOB_WORKERS, default on) and how often they look for due jobs. */
  jobs: { inApp: boolean; pollIntervalMs: number };
  /** Web Push (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT); null: push is off. */
  vapid: VapidSettings | null;
  /**
   * PUSH_ALLOW_LOOPBACK_ENDPOINTS: accept and send to http://127.0.0.1 push addresses. Only the
   * tests' stand-in push services live there; anywhere else it would let a browser point this
   * server's requests at its own machine.
   */
  pushAllowLoopbackEndpoints: boolean;
  /**
   * Stopping on SIGTERM (lib/server/http/graceful-shutdown.ts): how long readiness fails while the
   * server still accepts connections (SHUTDOWN_DELAY_MS: 5000 in production, 0 otherwise), then how
   * long the requests and streams in flight get to finish before their connections are cut
   * (SHUTDOWN_DRAIN_MS, 20000).
   */
  shutdown: { delayMs: number; drainMs: number };
}

export type EnvSource = Record<string, string | undefined>;

// Empty strings count as unset: `FOO= npm start` and a blank line in .env mean "not configured".
const text = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const TRUE_WORDS = ["1", "true", "yes", "on"];
const FALSE_WORDS = ["0", "false", "no", "off"];
const flag = text.refine((value) => value === undefined || [...TRUE_WORDS, ...FALSE_WORDS].includes(value.toLowerCase()), {
  error: "must be 1/true/yes/on or 0/false/no/off",
});
const isTrue = (value: string | undefined) => value !== undefined && TRUE_WORDS.includes(value.toLowerCase());

const url = text.refine((value) => value === undefined || URL.canParse(value), { error: "must be a full URL, e.g. https://soap.school.edu" });

/** An origin people open in a browser: http(s), a host, no path, query or credentials. */
function originProblem(value: string): string | null {
  // Not a URL at all: the check before this one already said so.
  if (!URL.canParse(value)) return null;
  const parsed = new URL(value);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "must start with https:// (or http:// on a local machine)";
  if (parsed.username || parsed.password) return "must not contain a user name or password";
  if (parsed.pathname !== "/" || parsed.search || parsed.hash) return `must be an origin without a path, e.g. ${parsed.origin}`;
  return null;
}
const origin = url.superRefine((value, ctx) => {
  const problem = value === undefined ? null : originProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const PUBLIC_ORIGIN_MISSING =
  "AUTH_URL is required: set it to the address people open SOAP Desk at, e.g. AUTH_URL=https://soap.school.edu. Every link in an email (sign-in, invitations) is built from it, never from the request.";

// A school's slug, as `npm run school:create` prints it (lower-case letters, digits and hyphens).
const SLUG_PROBLEM = "must be a school's slug: lower-case letters, digits and hyphens, e.g. northfield";
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function splitDomains(value: string): string[] {
  return value
    .split(",")
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
}

/** The single-provider shorthand (OIDC_ISSUER ...) keeps the callback address it always had. */
export const SINGLE_SSO_PROVIDER_ID = "school-sso";

/** A provider of OIDC_PROVIDERS answers at /api/auth/callback/sso-<school slug>. */
export function ssoProviderId(school: string): string {
  return `sso-${school}`;
}

const ProviderEntry = z.strictObject({
  school: z.string().regex(SCHOOL_SLUG, { error: SLUG_PROBLEM }),
  issuer: z.string().refine((value) => URL.canParse(value), { error: "must be a full URL" }),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  name: z.string().min(1).optional(),
  emailDomains: z
    .array(
      z
        .string()
        .transform((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
        .pipe(z.string().regex(DOMAIN)),
    )
    .optional(),
});
const ProviderList = z.array(ProviderEntry).min(1);

/** OIDC_PROVIDERS: a JSON array, one entry per school ({school, issuer, clientId, clientSecret, name?, emailDomains?}). */
function parseProviderList(value: string): { providers: OidcSettings[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return { providers: [], problems: ["OIDC_PROVIDERS must be a JSON array of providers, each with school, issuer, clientId and clientSecret."] };
  }
  const parsed = ProviderList.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `OIDC_PROVIDERS[${issue.path.join(".")}] ${issue.message}`);
    return { providers: [], problems };
  }
  const providers = parsed.data.map((entry) => ({
    id: ssoProviderId(entry.school),
    issuer: entry.issuer,
    clientId: entry.clientId,
    clientSecret: entry.clientSecret,
    name: entry.name ?? "your school",
    school: entry.school,
    emailDomains: entry.emailDomains ?? [],
  }));
  return { providers, problems: [] };
}

const Raw = z.object({
  NODE_ENV: text,
  SOAP_DESK_DEMO: flag,
  AUTH_SECRET: text,
  AUTH_URL: origin,
  TRUSTED_PROXY_HOPS: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) <= 10), {
    error: "must be a whole number of proxies from 0 to 10 (0, the default, when clients connect to SOAP Desk directly)",
  }),
  JOB_WORKERS: flag,
  JOB_POLL_MS: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 100 && Number(value) <= 60_000), {
    error: "must be a number of milliseconds from 100 to 60000 (2000, the default, looks for due jobs every two seconds)",
  }),
  SMTP_HOST: text,
  SMTP_PORT: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535), {
    error: "must be a port number between 1 and 65535",
  }),
  SMTP_USER: text,
  SMTP_PASSWORD: text,
  SMTP_SECURE: flag,
  EMAIL_FROM: text.refine((value) => value === undefined || /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/.test(value), {
    error: 'must contain an email address, e.g. "SOAP Desk <soap-desk@school.edu>"',
  }),
  OIDC_ISSUER: url,
  OIDC_CLIENT_ID: text,
  OIDC_CLIENT_SECRET: text,
  OIDC_NAME: text,
  OIDC_SCHOOL: text.refine((value) => value === undefined || SCHOOL_SLUG.test(value), { error: SLUG_PROBLEM }),
  OIDC_EMAIL_DOMAINS: text.refine((value) => value === undefined || splitDomains(value).every((domain) => DOMAIN.test(domain)), {
    error: "must be a comma-separated list of email domains, e.g. northfield.edu,med.northfield.edu",
  }),
  OIDC_PROVIDERS: text,
  VAPID_PUBLIC_KEY: text.refine((value) => value === undefined || base64urlBytes(value) === 65, {
    error: "must be a P-256 public key in base64url (87 characters), as `npx web-push generate-vapid-keys` prints it",
  }),
  VAPID_PRIVATE_KEY: text.refine((value) => value === undefined || base64urlBytes(value) === 32, {
    error: "must be a P-256 private key in base64url (43 characters), as `npx web-push generate-vapid-keys` prints it",
  }),
  VAPID_SUBJECT: text.superRefine((value, ctx) => {
    const problem = value === undefined ? null : vapidSubjectProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  PUSH_ALLOW_LOOPBACK_ENDPOINTS: flag,
  SHUTDOWN_DELAY_MS: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) <= 60_000), {
    error: "must be a number of milliseconds from 0 to 60000 (how long readiness fails before the server stops accepting connections)",
  }),
  SHUTDOWN_DRAIN_MS: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= 1_000 && Number(value) <= 300_000), {
    error: "must be a number of milliseconds from 1000 to 300000 (20000, the default, gives requests in flight 20 seconds to finish on a restart)",
  }),
});

type RawEnv = z.output<typeof Raw>;

/** The bytes of a base64url key (no padding), or null when it is not one. */
function base64urlBytes(value: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) return null;
  return Buffer.from(value, "base64url").length;
}

const SUBJECT_EXAMPLE = "e.g. mailto:soap-desk@school.edu or https://soap.school.edu";

/** The contact push services are given: a mailto: address or an https: page (not on localhost, which Apple refuses). */
function vapidSubjectProblem(value: string): string | null {
  const subject = URL.canParse(value) ? new URL(value) : null;
  if (subject?.protocol === "mailto:") {
    return /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(subject.pathname) ? null : `must be mailto: followed by an email address, ${SUBJECT_EXAMPLE}`;
  }
  if (subject?.protocol === "https:") {
    return subject.hostname === "localhost" ? "must not be on localhost (Apple's push service refuses such messages): use a mailto: address" : null;
  }
  return `must be a mailto: address or an https: URL where push services can reach whoever runs SOAP Desk, ${SUBJECT_EXAMPLE}`;
}

const VAPID_NAMES = ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "VAPID_SUBJECT"] as const;

/** The three VAPID settings together or not at all, the public key the private key's own. */
function vapidProblems(raw: RawEnv): string[] {
  const missing = VAPID_NAMES.filter((name) => !raw[name]);
  if (missing.length === VAPID_NAMES.length) return [];
  if (missing.length > 0)
    return [
      `Web Push needs VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT together; missing ${missing.join(", ")}. Set all three (\`npx web-push generate-vapid-keys\` makes a key pair), or none to leave push off.`,
    ];
  const ecdh = createECDH("prime256v1");
  try {
    ecdh.setPrivateKey(Buffer.from(raw.VAPID_PRIVATE_KEY!, "base64url"));
  } catch {
    return ["VAPID_PRIVATE_KEY is not a valid P-256 private key: generate a pair with `npx web-push generate-vapid-keys`."];
  }
  if (ecdh.getPublicKey("base64url") !== raw.VAPID_PUBLIC_KEY)
    return ["VAPID_PUBLIC_KEY is not the public half of VAPID_PRIVATE_KEY: set both from the same generated pair."];
  return [];
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The server's environment is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

function crossChecks(raw: RawEnv): string[] {
  const problems: string[] = [];
  if (!raw.AUTH_URL) problems.push(PUBLIC_ORIGIN_MISSING);
  if (raw.NODE_ENV === "production" && !raw.AUTH_SECRET) {
    problems.push("AUTH_SECRET is required in production: set it to a long random string (`npm start` keeps one in .data/auth-secret).");
  }
  if (raw.SMTP_HOST && !raw.EMAIL_FROM) problems.push('EMAIL_FROM is required when SMTP_HOST is set, e.g. "SOAP Desk <soap-desk@school.edu>".');
  if (!raw.SMTP_HOST && (raw.SMTP_USER || raw.SMTP_PASSWORD)) problems.push("SMTP_USER and SMTP_PASSWORD need SMTP_HOST as well.");
  if (raw.SMTP_PASSWORD && !raw.SMTP_USER) problems.push("SMTP_PASSWORD is set without SMTP_USER.");
  const oidc = { OIDC_ISSUER: raw.OIDC_ISSUER, OIDC_CLIENT_ID: raw.OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: raw.OIDC_CLIENT_SECRET };
  const missing = Object.entries(oidc)
    .filter(([, value]) => !value)
    .map(([key]) => key);
  if (missing.length > 0 && missing.length < 3)
    problems.push(`Single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; missing ${missing.join(", ")}.`);
  if (missing.length === 0 && !raw.OIDC_SCHOOL)
    problems.push(
      "OIDC_SCHOOL is required with OIDC_ISSUER: the slug of the school whose people this provider signs in (a provider never signs in another school's people).",
    );
  return problems;
}

function ssoProviders(raw: RawEnv): { providers: OidcSettings[]; problems: string[] } {
  const list = raw.OIDC_PROVIDERS ? parseProviderList(raw.OIDC_PROVIDERS) : { providers: [], problems: [] };
  const providers = [...list.providers];
  if (raw.OIDC_ISSUER && raw.OIDC_CLIENT_ID && raw.OIDC_CLIENT_SECRET && raw.OIDC_SCHOOL) {
    providers.unshift({
      id: SINGLE_SSO_PROVIDER_ID,
      issuer: raw.OIDC_ISSUER,
      clientId: raw.OIDC_CLIENT_ID,
      clientSecret: raw.OIDC_CLIENT_SECRET,
      name: raw.OIDC_NAME ?? "your school",
      school: raw.OIDC_SCHOOL,
      emailDomains: raw.OIDC_EMAIL_DOMAINS ? splitDomains(raw.OIDC_EMAIL_DOMAINS) : [],
    });
  }
  const problems = [...list.problems];
  const schools = providers.map((provider) => provider.school);
  const twice = [...new Set(schools.filter((school, i) => schools.indexOf(school) !== i))];
  if (twice.length > 0) problems.push(`Single sign-on names the school ${twice.join(", ")} twice: give each school one provider.`);
  return { providers, problems };
}

export function parseServerEnv(source: EnvSource): ServerEnv {
  const parsed = Raw.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const raw = parsed.data;
  const sso = ssoProviders(raw);
  const problems = [...crossChecks(raw), ...sso.problems, ...vapidProblems(raw)];
  if (problems.length > 0) throw new EnvError(problems);

  const port = raw.SMTP_PORT ? Number(raw.SMTP_PORT) : 587;
  return {
    production: raw.NODE_ENV === "production",
    demoMode: isTrue(raw.SOAP_DESK_DEMO),
    authSecret: raw.AUTH_SECRET,
    publicOrigin: new URL(new URL(raw.AUTH_URL!).origin),
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS ? Number(raw.TRUSTED_PROXY_HOPS) : 0,
    smtp:
      raw.SMTP_HOST && raw.EMAIL_FROM
        ? {
            host: raw.SMTP_HOST,
            port,
            // Port 465 speaks TLS from the first byte; other ports upgrade with STARTTLS when offered.
            secure: raw.SMTP_SECURE === undefined ? port === 465 : isTrue(raw.SMTP_SECURE),
            user: raw.SMTP_USER,
            password: raw.SMTP_PASSWORD,
            from: raw.EMAIL_FROM,
          }
        : null,
    sso: sso.providers,
    jobs: { inApp: jobWorkersInAppIn(raw), pollIntervalMs: raw.JOB_POLL_MS ? Number(raw.JOB_POLL_MS) : 2_000 },
    vapid:
      raw.VAPID_PUBLIC_KEY && raw.VAPID_PRIVATE_KEY && raw.VAPID_SUBJECT
        ? { publicKey: raw.VAPID_PUBLIC_KEY, privateKey: raw.VAPID_PRIVATE_KEY, subject: raw.VAPID_SUBJECT }
        : null,
    pushAllowLoopbackEndpoints: isTrue(raw.PUSH_ALLOW_LOOPBACK_ENDPOINTS),
    shutdown: {
      delayMs: raw.SHUTDOWN_DELAY_MS ? Number(raw.SHUTDOWN_DELAY_MS) : raw.NODE_ENV === "production" ? 5_000 : 0,
      drainMs: raw.SHUTDOWN_DRAIN_MS ? Number(raw.SHUTDOWN_DRAIN_MS) : 20_000,
    },
  };
}

/** Demo mode alone, without validating the rest: the home page must render even when mail is misconfigured. */
/** Whether this app instance runs the job workers (JOB_WORKERS, default on), read alone. */
export function jobWorkersInAppIn(source: EnvSource): boolean {
  return source.JOB_WORKERS === undefined || isTrue(source.JOB_WORKERS);
}

export function isDemoModeIn(source: EnvSource): boolean {
  return isTrue(source.SOAP_DESK_DEMO?.trim());
}

let cached: { source: EnvSource; env: ServerEnv } | undefined;

/** The parsed process environment (re-parsed only if process.env was replaced, as tests do). */
export function getServerEnv(): ServerEnv {
  if (!cached || cached.source !== process.env) cached = { source: process.env, env: parseServerEnv(process.env) };
  return cached.env;
}
