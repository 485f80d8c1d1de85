// The sign-in settings `npm start` and the end-to-end server give the app on a local machine:
// a secret generated once and kept in .data/auth-secret (Auth.js needs one in production and
// sessions must survive restarts), trust in the Host header (no AUTH_URL needed on localhost or
// a LAN address), and demo mode unless SOAP_DESK_DEMO=0.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./db/schema-engine";

export const AUTH_SECRET_FILE = path.join(PROJECT_ROOT, ".data", "auth-secret");

export function readOrCreateAuthSecret(file: string = AUTH_SECRET_FILE): string {
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function localAuthEnv(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return {
    AUTH_SECRET: source.AUTH_SECRET?.trim() || readOrCreateAuthSecret(),
    AUTH_TRUST_HOST: source.AUTH_TRUST_HOST?.trim() || "true",
    SOAP_DESK_DEMO: source.SOAP_DESK_DEMO?.trim() === "0" ? "0" : "1",
  };
}
