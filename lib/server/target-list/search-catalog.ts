// The school's copy of the List of Unfilled Programs, searched on the server and scoped to the
// actor's school. Applicants and the dean's office see it; advocates do not (SPEC section 5).
import { catalogQueryInput, type CatalogQuery } from "@/lib/domain/applicant/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";

const CATALOG_PAGE_SIZE = 50;

export async function searchCatalog(db: Db, actor: Actor, input: unknown) {
  authorize(actor, "catalog.view", actor.applicantId ? { applicantId: actor.applicantId } : {});
  const query: CatalogQuery = parseInput(catalogQueryInput, input);
  const { schoolId } = actor;
  const where: Prisma.ProgramWhereInput = {
    schoolId,
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { city: { contains: query.q, mode: "insensitive" } },
            { nrmpCode: { startsWith: query.q.toUpperCase() } },
          ],
        }
      : {}),
    ...(query.specialty ? { specialty: query.specialty } : {}),
    ...(query.state ? { state: query.state } : {}),
    ...(query.positionType ? { positionType: query.positionType } : {}),
    ...(query.setting ? { setting: query.setting } : {}),
  };
  const [programs, total, specialties, states, onList] = await db.$transaction([
    db.program.findMany({
      where,
      orderBy: [{ specialty: "asc" }, { name: "asc" }],
      take: CATALOG_PAGE_SIZE,
      select: {
        id: true,
        nrmpCode: true,
        name: true,
        specialty: true,
        positionType: true,
        city: true,
        state: true,
        setting: true,
        tier: true,
        openPositions: true,
        prefersEmail: true,
      },
    }),
    db.program.count({ where }),
    db.program.findMany({ where: { schoolId }, distinct: ["specialty"], select: { specialty: true }, orderBy: { specialty: "asc" } }),
    db.program.findMany({ where: { schoolId }, distinct: ["state"], select: { state: true }, orderBy: { state: "asc" } }),
    db.target.findMany({ where: { schoolId, applicantId: actor.applicantId ?? "" }, select: { programId: true } }),
  ]);
  const listed = new Set(onList.map((t) => t.programId));
  return {
    query,
    total,
    programs: programs.map((p) => ({ ...p, onList: listed.has(p.id) })),
    specialties: specialties.map((s) => s.specialty),
    states: states.map((s) => s.state),
  };
}
