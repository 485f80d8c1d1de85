// When a request's session is only read (one statement, current-actor.ts) and when it goes
// through Auth.js, which deletes an expired session and extends one whose last extension is a day
// old: the same moments @auth/core's session action picks.
import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionNeedsAuthJs } from "@/lib/server/auth/session-cookie";

const now = Date.parse("2026-03-17T15:00:00Z");
const seconds = (n: number) => n * 1000;
/** A session last extended `ago` milliseconds before now. */
const extendedAgo = (ago: number) => new Date(now - ago + seconds(SESSION_MAX_AGE_SECONDS));

describe("sessionNeedsAuthJs", () => {
  it("only reads a session extended less than a day ago", () => {
    expect(sessionNeedsAuthJs(extendedAgo(0), now)).toBe(false);
    expect(sessionNeedsAuthJs(extendedAgo(seconds(SESSION_UPDATE_AGE_SECONDS) - 1), now)).toBe(false);
  });

  it("hands a session due to be extended to Auth.js, from the very moment it is due", () => {
    expect(sessionNeedsAuthJs(extendedAgo(seconds(SESSION_UPDATE_AGE_SECONDS)), now)).toBe(true);
    expect(sessionNeedsAuthJs(extendedAgo(seconds(SESSION_UPDATE_AGE_SECONDS) + 1), now)).toBe(true);
  });

  it("hands an expired session to Auth.js, which deletes it", () => {
    expect(sessionNeedsAuthJs(new Date(now - 1), now)).toBe(true);
    expect(sessionNeedsAuthJs(new Date(now - seconds(SESSION_MAX_AGE_SECONDS)), now)).toBe(true);
  });
});
