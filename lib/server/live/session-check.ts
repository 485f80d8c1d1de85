import "server-only";
// A live stream outlives the request that opened it, so it must not outlive the session that
// opened it: the stream asks, every SESSION_CHECK_MS and before each event it would send, whether
// that session still stands. It stands while its row exists (signing out deletes it), has not
// expired, and belongs to the same person with the same role and school as when the stream
// opened. One query: the users' primary key and the sessions' unique token.
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";

/** How often an open live stream checks its session: a sign-out, expiry or role change ends it within this. */
export const SESSION_CHECK_MS = 5_000;

/** "ended": the stream must close. "unknown": the database could not be asked (an outage). */
export type SessionState = "valid" | "ended" | "unknown";

export type SessionCheck = () => Promise<SessionState>;

/** The check for a stream opened by `actor` with the session `sessionToken` (null: none to watch, so it has ended). */
export function sessionCheck(db: Db, actor: Actor, sessionToken: string | null): SessionCheck {
  return async () => {
    if (!sessionToken) return "ended";
    try {
      // The machine's clock, not the app's: Auth.js judges a session's expiry by it.
      const where = { id: actor.userId, role: actor.role, schoolId: actor.schoolId, sessions: { some: { sessionToken, expires: { gt: new Date() } } } };
      return (await db.user.count({ where })) === 1 ? "valid" : "ended";
    } catch {
      // While this instance cannot reach the database, the stream sends only the feed's status
      // (which says nothing of the school) and the next check that gets an answer decides.
      return "unknown";
    }
  };
}
