// Requesting a magic link: check the address, apply the rate limits, refuse unknown addresses,
// then hand over to Auth.js (which stores the hashed token and sends the email). The sign-in
// page's server action is the only way in: the Auth.js route refuses direct POSTs for it.
import type { Db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { signInEmailInput } from "@/lib/domain/invitation-schemas";
import { findUserByEmail } from "./adapter";
import { enforceLimits, type RateLimit } from "./rate-limit";

export const MAGIC_LINK_LIMITS = {
  perEmail: { max: 5, windowMinutes: 15 },
  perIp: { max: 30, windowMinutes: 15 },
} as const;

export function magicLinkLimits(email: string, ip: string): RateLimit[] {
  return [
    { key: `magic-link:email:${email}`, scope: "address", ...MAGIC_LINK_LIMITS.perEmail },
    { key: `magic-link:ip:${ip}`, scope: "network", ...MAGIC_LINK_LIMITS.perIp },
  ];
}

export interface MagicLinkRequest {
  email: unknown;
  ip: string;
}

/** Sends the link through `deliver` (Auth.js's signIn) or throws an AppError saying why not. */
export async function requestMagicLink(db: Db, request: MagicLinkRequest, now: Date, deliver: (email: string) => Promise<unknown>): Promise<{ email: string }> {
  const { email } = parseInput(signInEmailInput, { email: request.email });
  // Counted before the account check, so the limit also slows anyone probing for addresses.
  await enforceLimits(db, magicLinkLimits(email, request.ip), now);
  if (!(await findUserByEmail(db, email))) {
    throw new AppError(
      "NOT_FOUND",
      `No SOAP Desk account uses ${email}. Use the address your dean's office invited, or ask them for an invitation.`,
      { fieldErrors: { email: ["No account uses this address."] } },
    );
  }
  await deliver(email);
  return { email };
}
