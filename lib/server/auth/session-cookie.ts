import "server-only";
// Database sessions created outside Auth.js's own flows (demo sign-in, accepting an invitation)
// must look exactly like the ones Auth.js creates: same table, same token format, same cookie.
// Auth.js names its cookie "__Secure-authjs.session-token" over https and
// "authjs.session-token" over http (@auth/core lib/utils/cookie.js).
import { randomUUID } from "node:crypto";
import type { Db, TxClient } from "../core/db";

/** How long a session lasts: a whole Match Week and the days around it. */
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;
/** Auth.js extends a session's expiry at most once a day. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/**
 * Whether Auth.js would do more than read this session: delete it (expired) or extend its expiry
 * (its last extension is at least SESSION_UPDATE_AGE_SECONDS old), as @auth/core's session action
 * decides. A session that needs neither is only read, which SOAP Desk does in one statement.
 */
export function sessionNeedsAuthJs(expires: Date, now: number): boolean {
  if (expires.getTime() < now) return true;
  return expires.getTime() - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now;
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}

/** Cookies are Secure when the public origin is https, as Auth.js decides from AUTH_URL. */
export function shouldUseSecureCookies(publicOrigin: URL): boolean {
  return publicOrigin.protocol === "https:";
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
}

export function sessionCookie(sessionToken: string, expires: Date, secure: boolean): SessionCookie {
  return { name: sessionCookieName(secure), value: sessionToken, options: { httpOnly: true, sameSite: "lax", path: "/", secure, expires } };
}

export interface CreatedSession {
  sessionToken: string;
  expires: Date;
}

/** A session row as Auth.js's adapter would write it (Auth.js's default token is a random UUID). */
export async function createDatabaseSession(db: Db | TxClient, userId: string, now: Date): Promise<CreatedSession> {
  const sessionToken = randomUUID();
  const expires = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}

/** Ends the session a browser still holds before it signs in as someone else. */
export async function deleteDatabaseSession(db: Db, sessionToken: string | undefined): Promise<void> {
  if (sessionToken) await db.session.deleteMany({ where: { sessionToken } });
}
