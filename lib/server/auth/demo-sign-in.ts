import "server-only";
// Demo mode only: one click signs in as a person of the demo school. Auth.js's Credentials
// provider cannot create database sessions, so this writes the same Session row Auth.js would
// and the route handler sets Auth.js's session cookie.
import { z } from "zod";
import type { Db } from "../core/db";
import type { Actor } from "../core/actor";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validate";
import { DEMO_SCHOOL_SLUG } from "./list-demo-people";
import { enforceLimits } from "./rate-limit";
import { loadActor } from "./load-actor";
import { createDatabaseSession, type CreatedSession } from "./session-cookie";

// Generous: demo sign-in is a click, and a class trying the demo shares one address.
const DEMO_SIGN_IN_LIMIT = { max: 100, windowMinutes: 15 } as const;

const demoSignInInput = z.object({ userId: z.string().trim().min(1, { error: "Choose a person to sign in as." }).max(64) });

export async function demoSignIn(db: Db, input: { userId: unknown; ip: string }, now: Date): Promise<{ actor: Actor; session: CreatedSession }> {
  const { userId } = parseInput(demoSignInInput, { userId: input.userId });
  await enforceLimits(db, [{ key: `demo:ip:${input.ip}`, scope: "network", ...DEMO_SIGN_IN_LIMIT }], now);
  // Only the seeded, fictional people of the demo school: demo mode never opens a real school's
  // accounts, nor the account of someone invited into the demo school, who signs in by email.
  const user = await db.user.findFirst({ where: { id: userId, isDemo: true, school: { slug: DEMO_SCHOOL_SLUG } }, select: { id: true } });
  const actor = user ? await loadActor(db, user.id) : null;
  if (!actor) throw new AppError("NOT_FOUND", "That person is not in the demo school.");
  return { actor, session: await createDatabaseSession(db, actor.userId, now) };
}
