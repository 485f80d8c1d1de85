import "server-only";
// What the outbox sends with: the mail server, the public origin every emailed link is built from,
// and the secret sign-in links are hashed with. All from the server's settings, never a request.
import { getServerEnv } from "../core/env";
import { getMailer, type Mailer } from "./mailer";

export interface Outbox {
  /** null when SMTP is not configured. */
  mailer: Mailer | null;
  /** The public origin every emailed link is built from. */
  origin: string;
  /** AUTH_SECRET, for the sign-in links the outbox makes (none without it). */
  signInSecret?: string;
}

export function serverOutbox(): Outbox {
  const env = getServerEnv();
  return { mailer: getMailer(), origin: env.publicOrigin.origin, signInSecret: env.authSecret ?? process.env.AUTH_SECRET };
}
