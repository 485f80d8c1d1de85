import "server-only";
// Sign-in links, made when the outbox sends them. The link is Auth.js's own email sign-in link:
// its callback (/api/auth/callback/<EMAIL_PROVIDER_ID>) hashes the token with the secret and looks
// the hash up among the verification tokens, as @auth/core's email provider stores them. Only the
// hash is stored; the token itself exists only in the email.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../core/db";
import { magicLinkEmail } from "../mail/templates";
import type { MailMessage } from "../mail/mailer";
import { findUserByEmail } from "./prisma-adapter";

export const EMAIL_PROVIDER_ID = "nodemailer";
export const MAGIC_LINK_VALID_MINUTES = 60;

export interface MagicLinkSettings {
  /** The public origin (AUTH_URL): the link's only source of address. */
  origin: string;
  /** AUTH_SECRET, the same Auth.js hashes the token with at the callback. */
  secret: string | undefined;
}

/**
 * The sign-in email for an address with an account, with a fresh link stored as its hash; null
 * for an address without one. Auth.js checks the expiry against the system clock, so it is set
 * from that clock too.
 */
export async function magicLinkMessage(db: Db, email: string, settings: MagicLinkSettings): Promise<MailMessage | null> {
  if (!settings.secret) throw new Error("AUTH_SECRET is not set, so no sign-in link can be made.");
  const user = await findUserByEmail(db, email);
  if (!user) return null;
  const identifier = user.email.toLowerCase();
  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + MAGIC_LINK_VALID_MINUTES * 60_000);
  const hashed = createHash("sha256").update(`${token}${settings.secret}`).digest("hex");
  await db.verificationToken.create({ data: { identifier, token: hashed, expires } });
  const origin = new URL(settings.origin);
  const query = new URLSearchParams({ callbackUrl: new URL("/signed-in", origin).href, token, email: identifier });
  const url = `${new URL(`/api/auth/callback/${EMAIL_PROVIDER_ID}`, origin).href}?${query}`;
  return magicLinkEmail(user.email, url, origin.host, MAGIC_LINK_VALID_MINUTES);
}
