// The settings `npm start`, `npm run dev` and the end-to-end server give the app: a secret
// generated once and kept in .data/auth-secret (Auth.js needs one in production and sessions
// must survive restarts), demo mode and the public origin. The demo also gets a Web Push key pair,
// generated once and kept in .data/vapid-keys.json (a new pair would silence every device that
// turned push on), unless VAPID_* are set; a school's own server has push only when it sets them. Demo mode is for the demo: on for the
// embedded database unless SOAP_DESK_DEMO=0, otherwise only with SOAP_DESK_DEMO=1. The public
// origin (AUTH_URL) may default to this machine only for the demo; a school's own server must
// name it, because every link in an email is built from it.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PUBLIC_ORIGIN_MISSING, type EnvSource } from "../lib/server/core/env";
import webpush from "web-push";
import { PROJECT_ROOT } from "./db/schema-engine";

export const AUTH_SECRET_FILE = path.join(PROJECT_ROOT, ".data", "auth-secret");
export const VAPID_KEYS_FILE = path.join(PROJECT_ROOT, ".data", "vapid-keys.json");
/** The contact push services are given for the demo's messages. */
export const DEMO_VAPID_SUBJECT = "mailto:soap-desk-demo@example.com";

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

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

export function readOrCreateVapidKeys(file: string = VAPID_KEYS_FILE): VapidKeyPair {
  if (existsSync(file)) {
    try {
      const kept = JSON.parse(readFileSync(file, "utf8")) as Partial<VapidKeyPair>;
      if (typeof kept.publicKey === "string" && typeof kept.privateKey === "string") return { publicKey: kept.publicKey, privateKey: kept.privateKey };
    } catch {
      // Unreadable: a new pair replaces it (devices turn push on again).
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}

export class StartRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartRefused";
  }
}

export interface StartContext {
  /** True when the embedded PostgreSQL holds the data (no DATABASE_URL). */
  embeddedDatabase: boolean;
  port: string;
  readSecret?: () => string;
  readVapidKeys?: () => VapidKeyPair;
}

const ON = ["1", "true", "yes", "on"];
const OFF = ["0", "false", "no", "off"];

export function demoModeFor(source: EnvSource, embeddedDatabase: boolean): boolean {
  const asked = source.SOAP_DESK_DEMO?.trim().toLowerCase();
  if (asked && ON.includes(asked)) return true;
  if (asked && OFF.includes(asked)) return false;
  return embeddedDatabase;
}

/**
 * Whether `npm start` seeds the demo school: always on the embedded database (the demo, as it has
 * always been), and with DATABASE_URL only when SOAP_DESK_DEMO=1 asks for it, so a school's own
 * database never receives the fictional school by accident.
 */
export function seedsDemo(source: EnvSource, embeddedDatabase: boolean): boolean {
  return embeddedDatabase || demoModeFor(source, embeddedDatabase);
}

/** The variables the app is started with, or StartRefused saying which setting to add. */
export function startSettings(source: EnvSource, context: StartContext): Record<string, string> {
  const demo = demoModeFor(source, context.embeddedDatabase);
  const origin = source.AUTH_URL?.trim() || (context.embeddedDatabase || demo ? `http://localhost:${context.port}` : undefined);
  if (!origin) {
    throw new StartRefused(
      `${PUBLIC_ORIGIN_MISSING}\nDATABASE_URL is set and demo mode is off, so this is a school's own server: SOAP Desk will not guess its address.`,
    );
  }
  return {
    AUTH_SECRET: source.AUTH_SECRET?.trim() || (context.readSecret ?? readOrCreateAuthSecret)(),
    AUTH_URL: origin,
    SOAP_DESK_DEMO: demo ? "1" : "0",
    ...(demo ? demoVapid(source, context) : {}),
  };
}

/** The demo's push keys, unless any VAPID_* is set (then the server checks those as given). */
function demoVapid(source: EnvSource, context: StartContext): Record<string, string> {
  if (source.VAPID_PUBLIC_KEY?.trim() || source.VAPID_PRIVATE_KEY?.trim() || source.VAPID_SUBJECT?.trim()) return {};
  const keys = (context.readVapidKeys ?? readOrCreateVapidKeys)();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: DEMO_VAPID_SUBJECT };
}
