import "server-only";
// What the browser may learn about its session from /api/auth/session: who is signed in, in
// which role and school, and until when. Never the session token, ids or anything secret.
import type { Db } from "../core/db";
import type { ActorRole } from "../core/actor";

export interface PublicSession {
  user: { name: string; role: ActorRole; school: string };
  expires: string;
}

export async function publicSession(db: Db, session: { expires?: string; user?: { id?: string } } | null): Promise<PublicSession | null> {
  const userId = session?.user?.id;
  if (!userId || !session?.expires) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, role: true, school: { select: { name: true } } } });
  return user ? { user: { name: user.name, role: user.role, school: user.school.name }, expires: session.expires } : null;
}
