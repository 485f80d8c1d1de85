// Requesting a magic link: check the address, apply the rate limits, then hand a known address
// over to Auth.js (which stores the hashed token and sends the email). An unknown address gets
// the same answer and no email: the form must never tell who has an account. The sign-in page's
// server action is the only way in: the Auth.js route refuses direct POSTs for it.
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";
import { signInEmailInput } from "@/lib/domain/invitation-schemas";
import { findUserByEmail } from "./prisma-adapter";
import { enforceLimits, type RateLimit } from "./rate-limit";

export const MAGIC_LINK_LIMITS = {
  perEmail: { max: 5, windowMinutes: 15 },
  perIp: { max: 30, windowMinutes: 15 },
} as const;

function magicLinkLimits(email: string, ip: string): RateLimit[] {
  return [
    { key: `magic-link:email:${email}`, scope: "address", ...MAGIC_LINK_LIMITS.perEmail },
    { key: `magic-link:ip:${ip}`, scope: "network", ...MAGIC_LINK_LIMITS.perIp },
  ];
}

export interface MagicLinkRequest {
  email: unknown;
  /** The client's address as the HTTP server resolved it (lib/server/http/client-address.ts). */
  ip: string;
}

export interface MagicLinkDelivery {
  /** Auth.js's signIn for an address with an account: stores the token, emails the link. */
  send(email: string): Promise<unknown>;
  /**
   * For an address without one: reach the mail server as a send would, so that during a mail
   * outage every address hears "could not send", not only the ones with accounts.
   */
  reachMailServer(): Promise<unknown>;
}

/** Emails a link when the address has an account; throws only for bad input, a limit or a mail failure. */
export async function requestMagicLink(db: Db, request: MagicLinkRequest, now: Date, delivery: MagicLinkDelivery): Promise<{ email: string }> {
  const { email } = parseInput(signInEmailInput, { email: request.email });
  // Counted before the account check, so the limit also slows anyone probing for addresses.
  await enforceLimits(db, magicLinkLimits(email, request.ip), now);
  if (await findUserByEmail(db, email)) await delivery.send(email);
  else await delivery.reachMailServer();
  return { email };
}
