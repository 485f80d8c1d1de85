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

export const HOME_BY_ROLE: Record<ActorRole, string> = {
  APPLICANT: "/applicant",
  ADVOCATE: "/advocate",
  DEAN: "/dean",
};
