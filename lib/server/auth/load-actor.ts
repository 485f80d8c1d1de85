import "server-only";
// The acting user, loaded from the database by id: role, school and profile ids come from the
// users table, never from the session cookie or the client.
import type { Db } from "../core/db";
import type { Actor, ActorRole } from "../core/actor";

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, schoolId: true, role: true, name: true, applicant: { select: { id: true } }, advocate: { select: { id: true } } },
  });
  if (!user) return null;
  return {
    userId: user.id,
    schoolId: user.schoolId,
    role: user.role,
    name: user.name,
    applicantId: user.applicant?.id ?? null,
    advocateId: user.advocate?.id ?? null,
  };
}

/** A session found by its token, with its person: what a request's actor is read from. */
export interface SessionActor {
  expires: Date;
  actor: Actor;
}

/**
 * The session named by the cookie's token and its person, in one statement: the role, school and
 * profile ids come from the users table, as in loadActor. Null for a token no session has.
 */
export async function loadSessionActor(db: Db, sessionToken: string): Promise<SessionActor | null> {
  const rows = await db.$queryRaw<
    { expires: Date; user_id: string; school_id: string; role: ActorRole; name: string; applicant_id: string | null; advocate_id: string | null }[]
  >`
    SELECT s.expires, u.id AS user_id, u.school_id, u.role::text AS role, u.name,
      (SELECT p.id FROM applicant_profiles p WHERE p.user_id = u.id) AS applicant_id,
      (SELECT a.id FROM advocate_profiles a WHERE a.user_id = u.id) AS advocate_id
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.session_token = ${sessionToken}`;
  const row = rows[0];
  if (!row) return null;
  return {
    expires: row.expires,
    actor: {
      userId: row.user_id,
      schoolId: row.school_id,
      role: row.role,
      name: row.name,
      applicantId: row.applicant_id,
      advocateId: row.advocate_id,
    },
  };
}

export const HOME_BY_ROLE: Record<ActorRole, string> = {
  APPLICANT: "/applicant",
  ADVOCATE: "/advocate",
  DEAN: "/dean",
};
