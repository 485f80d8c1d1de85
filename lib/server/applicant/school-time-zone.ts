import "server-only";
// The zone every time is shown in: the actor's school's (SOAP runs on US Eastern, but a school
// elsewhere sets its own in its settings).
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";

export async function getSchoolTimeZone(db: Db, actor: Actor): Promise<string> {
  const school = await db.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { timeZone: true } });
  return school.timeZone;
}
