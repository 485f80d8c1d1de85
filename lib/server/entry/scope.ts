import "server-only";
// Where an entry point gets what it works with: the database, the clock, the signed-in actor,
// outgoing mail and cache revalidation. Inside Next.js that is the request (Auth.js session,
// revalidatePath) and the server's settings; a test runs the real entry points in a scope of its
// own (its database, a manual clock, an actor, its own mail server or none).
import { AsyncLocalStorage } from "node:async_hooks";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import type { Actor } from "../core/actor";
import { systemClock, type Clock } from "../core/clock";
import { prisma, type Db } from "../core/db";
import { currentActor } from "../auth/current-actor";
import { serverOutbox, type Outbox } from "../mail/outbox-settings";
import { sessionCookieName, shouldUseSecureCookies } from "../auth/session-cookie";
import { getServerEnv } from "../core/env";
import { changeFeed, type ChangeFeed } from "../live/change-feed";
import { forgetCohort } from "../dashboard/dean-dashboard";
import { forgetRenderedPages } from "../live/rendered-pages";
import type { DirectRequest } from "./direct-calls";

export interface EntryScope {
  db: Db;
  clock: Clock;
  /** The signed-in actor, loaded from the database, or null. */
  actor(): Promise<Actor | null>;
  /**
   * The token of the session the request came with, which a live stream keeps checking while it
   * stays open. Tests may leave it out: their streams then have no session and end at once.
   */
  sessionToken?(): Promise<string | null>;
  /** Refreshes the pages under a path after a change. */
  revalidate(path: string): void;
  outbox(): Outbox;
  /** The school's committed changes, from any app instance (live pages). Tests may leave it out. */
  changes?(): ChangeFeed;
  /** An action changed something in the school: what this instance keeps of it is recomputed. */
  committed?(schoolId: string): void;
}

const REQUEST_SCOPE: EntryScope = {
  db: prisma,
  clock: systemClock,
  actor: currentActor,
  // The cookie Auth.js itself reads the session from (its name follows AUTH_URL's protocol).
  sessionToken: async () => (await cookies()).get(sessionCookieName(shouldUseSecureCookies(getServerEnv().publicOrigin)))?.value ?? null,
  revalidate: (path) => revalidatePath(path, "layout"),
  outbox: serverOutbox,
  changes: changeFeed,
  committed: (schoolId) => {
    forgetCohort(schoolId);
    forgetRenderedPages(schoolId);
  },
};

/**
 * A call the HTTP front answers itself (direct-calls.ts): the request's scope, with the actor and
 * the session the front read from the request's cookie, since no Next.js request is around it.
 * Such a call is never a form, so it refreshes no page: its browser asks for the page afresh.
 */
export function directCallScope(request: DirectRequest): EntryScope {
  return {
    ...REQUEST_SCOPE,
    actor: request.actor,
    sessionToken: async () => request.sessionToken,
    revalidate: () => {
      throw new Error("A call answered by the HTTP front refreshes no page.");
    },
  };
}

const scoped = new AsyncLocalStorage<EntryScope>();

/** Runs `work` with entry points seeing `scope` instead of the request's (tests). */
export function runInScope<T>(scope: EntryScope, work: () => Promise<T>): Promise<T> {
  return scoped.run(scope, work);
}

export function currentScope(): EntryScope {
  return scoped.getStore() ?? REQUEST_SCOPE;
}
