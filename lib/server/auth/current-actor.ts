// Resolves the acting user for pages, server actions and route handlers. Until single sign-on
// and magic links arrive, demo mode signs in as a seeded user with a cookie holding the user id.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma, type Db } from "../db";
import type { Actor, ActorRole } from "../actor";

export const DEMO_COOKIE = "soapdesk_demo_user";

export function isDemoMode(): boolean {
  return process.env.SOAP_DESK_DEMO !== "0";
}

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

export async function currentActor(): Promise<Actor | null> {
  if (!isDemoMode()) return null;
  const userId = (await cookies()).get(DEMO_COOKIE)?.value;
  return userId ? loadActor(prisma, userId) : null;
}

export const HOME_BY_ROLE: Record<ActorRole, string> = {
  APPLICANT: "/applicant",
  ADVOCATE: "/advocate",
  DEAN: "/dean",
};

/** For pages: the signed-in actor of the given role, or back to the sign-in page. */
export async function requireActor(role: ActorRole): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/");
  if (actor.role !== role) redirect(HOME_BY_ROLE[actor.role]);
  return actor;
}
