import "server-only";
// Sign-in attempts are counted in PostgreSQL, so the limit holds across server processes and
// restarts. Each key is serialized with a transaction-scoped advisory lock: two requests racing
// for the last allowed attempt cannot both get it.
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { tooManyAttemptsMessage, type RateLimitScope } from "@/lib/domain/sign-in-messages";

export interface RateLimit {
  key: string;
  /** Whose attempts the key counts, for the message: one address, or one network (IP). */
  scope: RateLimitScope;
  max: number;
  windowMinutes: number;
}

export type RateLimitResult = { ok: true } | { ok: false; limit: RateLimit; retryAfterMinutes: number };

/** Attempts older than this are deleted as new ones arrive (longer than any window in use). */
const KEEP_MINUTES = 24 * 60;

/** Records one attempt under every key, or none when any key is at its limit. */
export async function consumeAttempt(db: Db, limits: RateLimit[], now: Date): Promise<RateLimitResult> {
  // Lock in a fixed order so two requests sharing keys cannot deadlock.
  const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key));
  return db.$transaction(async (tx) => {
    for (const limit of sorted) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:${limit.key}`}, 0))`;
    }
    for (const limit of sorted) {
      const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
      const recent = await tx.signInAttempt.findMany({
        where: { key: limit.key, createdAt: { gt: since } },
        orderBy: { createdAt: "desc" },
        take: limit.max,
        select: { createdAt: true },
      });
      if (recent.length >= limit.max) {
        // The oldest attempt that still counts frees a slot when it leaves the window.
        const oldest = recent[recent.length - 1]!.createdAt;
        const freesAt = oldest.getTime() + limit.windowMinutes * 60_000;
        return { ok: false, limit, retryAfterMinutes: Math.max(1, Math.ceil((freesAt - now.getTime()) / 60_000)) };
      }
    }
    await tx.signInAttempt.createMany({ data: sorted.map((limit) => ({ key: limit.key, createdAt: now })) });
    await tx.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MINUTES * 60_000) } } });
    return { ok: true };
  });
}

export class RateLimitedError extends AppError {
  constructor(
    readonly scope: RateLimitScope,
    readonly retryAfterMinutes: number,
  ) {
    super("RATE_LIMITED", tooManyAttemptsMessage(scope, retryAfterMinutes));
  }
}

/** consumeAttempt, throwing RateLimitedError when a limit is reached. */
export async function enforceLimits(db: Db, limits: RateLimit[], now: Date): Promise<void> {
  const result = await consumeAttempt(db, limits, now);
  if (!result.ok) throw new RateLimitedError(result.limit.scope, result.retryAfterMinutes);
}
