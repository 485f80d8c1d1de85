import "server-only";
// The people a visitor may sign in as in demo mode, grouped by role: only the fictional people the
// demo seed marked, never someone invited into (or otherwise added to) the demo school.
import type { Db } from "../core/db";

export const DEMO_SCHOOL_SLUG = "northfield";

export async function listDemoPeople(db: Db) {
  const school = await db.school.findUnique({ where: { slug: DEMO_SCHOOL_SLUG }, select: { id: true, name: true } });
  if (!school) return null;
  const users = await db.user.findMany({
    where: { schoolId: school.id, isDemo: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      role: true,
      applicant: { select: { specialty: true } },
      advocate: { select: { title: true } },
    },
  });
  return {
    school,
    people: users.map((user) => ({
      id: user.id,
      name: user.name,
      role: user.role,
      detail: user.applicant?.specialty ?? user.advocate?.title ?? "Dean's office",
    })),
  };
}
