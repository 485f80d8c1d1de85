import "server-only";
// Resolves the acting user for pages, server actions and route handlers from the Auth.js
// database session (magic link, single sign-on, an accepted invitation or demo sign-in).
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "../core/db";
import { databaseUnavailable, isDatabaseUnavailable } from "../core/errors";
import { getServerEnv, isDemoModeIn } from "../core/env";
import type { Actor, ActorRole } from "../core/actor";
import { auth } from "./auth-js";
import { HOME_BY_ROLE, loadActor, loadSessionActor } from "./load-actor";
import { sessionCookieName, sessionNeedsAuthJs, shouldUseSecureCookies } from "./session-cookie";
import { watchSessionLookup } from "./session-outage";
import { recordActorForLog } from "../core/log";
import { currentRequestId } from "../entry/log-context";

export { HOME_BY_ROLE };

/** Demo mode (SOAP_DESK_DEMO=1): one-click sign-in as any person of the demo school. */
export function isDemoMode(): boolean {
  return isDemoModeIn(process.env);
}

/**
 * The signed-in actor, or null when nobody is signed in. A database that cannot be reached is not
 * "signed out": it throws UNAVAILABLE (pages show the error page, entry points answer 503).
 * Looked up once per page render (React's cache): the layout, the page and its parts share it.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const actor = await lookUpActor();
  // The request's log line names who acted by user id (never by name or address).
  if (actor) recordActorForLog(actor.userId, await currentRequestId());
  return actor;
});

async function lookUpActor(): Promise<Actor | null> {
  // Nearly every request: a session that is only to be read, read with its person in one
  // statement. A session Auth.js would delete or extend goes through Auth.js, below.
  const token = (await cookies()).get(sessionCookieName(shouldUseSecureCookies(getServerEnv().publicOrigin)))?.value;
  if (!token) return null;
  const found = await loadSessionActor(prisma, token).catch((error: unknown) => {
    throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
  });
  if (!found) return null;
  if (!sessionNeedsAuthJs(found.expires, Date.now())) return found.actor;
  return lookUpThroughAuthJs();
}

async function lookUpThroughAuthJs(): Promise<Actor | null> {
  const { value: session, failure } = await watchSessionLookup(() => auth());
  if (failure !== undefined) throw databaseUnavailable(failure);
  const userId = session?.user?.id;
  if (!userId) return null;
  try {
    return await loadActor(prisma, userId);
  } catch (error) {
    throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
  }
}

/** For pages: the signed-in actor of the given role, or back to the sign-in page. */
export async function requireActor(role: ActorRole): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (actor.role !== role) redirect(HOME_BY_ROLE[actor.role]);
  return actor;
}

/** For pages any signed-in person may open: the actor, or back to the sign-in page. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
