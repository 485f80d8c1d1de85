import "server-only";
// Requesting a magic link: check the address, apply the rate limits, and queue the request in the
// outbox, the same work for every address. Whether the address has an account is looked up only
// when the outbox sends (magic-link.ts), after the answer: the form tells nobody, in its words,
// its status or its timing, who has an account. The sign-in page's server action is the only way
// in: the Auth.js route refuses direct POSTs for it.
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";
import { signInEmailInput } from "@/lib/domain/invitation-schemas";
import { enforceLimits, RateLimitedError, type RateLimit } from "./rate-limit";
import { countSignInRefusal } from "../core/metrics";
import { scheduleJob } from "../jobs/queue";

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

/**
 * A sign-in link is due this long after it is asked for: not during the request but by the job
 * queue a moment later, so that no work for an address with an account overlaps the answer to
 * this request or the next.
 */
export const SIGN_IN_LINK_DELAY_MS = 1_000;
/** Tries of a sign-in link's email (the queue waits about 3, 7, 20, 55 s between them). */
export const SIGN_IN_LINK_ATTEMPTS = 5;

export interface MagicLinkRequest {
  email: unknown;
  /** The client's address as the HTTP server resolved it (lib/server/http/client-address.ts). */
  ip: string;
  /** This server's public origin (AUTH_URL), which the link is built on: never the request's. */
  origin: string;
}

/** Queues a sign-in link for the address; throws only for bad input or a limit. */
export async function requestMagicLink(db: Db, request: MagicLinkRequest, now: Date): Promise<{ email: string }> {
  const { email } = parseInput(signInEmailInput, { email: request.email });
  // Counted before anything else, so the limit also slows anyone probing for addresses.
  await enforceLimits(db, magicLinkLimits(email, request.ip), now).catch((error: unknown) => {
    if (error instanceof RateLimitedError) countSignInRefusal("rate_limited");
    throw error;
  });
  const sendAt = new Date(now.getTime() + SIGN_IN_LINK_DELAY_MS);
  await db.$transaction(async (tx) => {
    const queued = await tx.outboxEmail.create({
      data: {
        kind: "SIGN_IN_LINK",
        toAddress: email,
        subject: "",
        text: "",
        linkOrigin: request.origin,
        linkPath: "/signed-in",
        linkLabel: "",
        nextAttemptAt: sendAt,
      },
      select: { id: true },
    });
    // A sign-in link is tried a few times only: after minutes it is no use to anyone waiting.
    await scheduleJob(tx, "send-email", { emailId: queued.id }, { runAt: sendAt, now, maxAttempts: SIGN_IN_LINK_ATTEMPTS });
  });
  return { email };
}
