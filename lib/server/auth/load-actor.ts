import "server-only";
// The acting user, loaded from the database by id: role, school and profile ids come from the
// users table, never from the session cookie or the client.
import { poolOf, type Db } from "../core/db";
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
  // Sent on the client's pool as a prepared statement of its own: every request reads its
  // session, and Prisma's query engine cost more than the statement (about 1 ms of CPU each).
  // The expiry comes as epoch milliseconds: node-postgres would read a timestamp without time
  // zone in the server's own zone.
  const pool = poolOf(db);
  const rows = pool
    ? (await pool.query<SessionActorRow>({ name: "soap_desk_session_actor", text: SESSION_ACTOR_SQL, values: [sessionToken] })).rows
    : await db.$queryRawUnsafe<SessionActorRow[]>(SESSION_ACTOR_SQL, sessionToken);
  const row = rows[0];
  if (!row) return null;
  return {
    expires: new Date(Number(row.expires_ms)),
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

interface SessionActorRow {
  expires_ms: number;
  user_id: string;
  school_id: string;
  role: ActorRole;
  name: string;
  applicant_id: string | null;
  advocate_id: string | null;
}

const SESSION_ACTOR_SQL = `
  SELECT (extract(epoch FROM s.expires) * 1000)::float8 AS expires_ms, u.id AS user_id, u.school_id, u.role::text AS role, u.name,
    (SELECT p.id FROM applicant_profiles p WHERE p.user_id = u.id) AS applicant_id,
    (SELECT a.id FROM advocate_profiles a WHERE a.user_id = u.id) AS advocate_id
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.session_token = $1`;

export const HOME_BY_ROLE: Record<ActorRole, string> = {
  APPLICANT: "/applicant",
  ADVOCATE: "/advocate",
  DEAN: "/dean",
};
