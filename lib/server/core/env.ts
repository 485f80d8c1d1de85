// The server's environment, parsed with zod so that a wrong value fails with the variable's name
// instead of surfacing later as a confusing SMTP or OAuth error. Parsed on first use (at request
// time), not at import, so `next build` runs without any of it.
import { z } from "zod";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button's label: "Sign in with <name>". */
  name: string;
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
  oidc: OidcSettings | null;
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

const Raw = z.object({
  NODE_ENV: text,
  SOAP_DESK_DEMO: flag,
  AUTH_SECRET: text,
  AUTH_URL: origin,
  TRUSTED_PROXY_HOPS: text.refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) <= 10), {
    error: "must be a whole number of proxies from 0 to 10 (0, the default, when clients connect to SOAP Desk directly)",
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
});

type RawEnv = z.output<typeof Raw>;

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
  return problems;
}

export function parseServerEnv(source: EnvSource): ServerEnv {
  const parsed = Raw.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
  }
  const raw = parsed.data;
  const problems = crossChecks(raw);
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
    oidc:
      raw.OIDC_ISSUER && raw.OIDC_CLIENT_ID && raw.OIDC_CLIENT_SECRET
        ? { issuer: raw.OIDC_ISSUER, clientId: raw.OIDC_CLIENT_ID, clientSecret: raw.OIDC_CLIENT_SECRET, name: raw.OIDC_NAME ?? "your school" }
        : null,
  };
}

/** Demo mode alone, without validating the rest: the home page must render even when mail is misconfigured. */
export function isDemoModeIn(source: EnvSource): boolean {
  return isTrue(source.SOAP_DESK_DEMO?.trim());
}

let cached: { source: EnvSource; env: ServerEnv } | undefined;

/** The parsed process environment (re-parsed only if process.env was replaced, as tests do). */
export function getServerEnv(): ServerEnv {
  if (!cached || cached.source !== process.env) cached = { source: process.env, env: parseServerEnv(process.env) };
  return cached.env;
}
