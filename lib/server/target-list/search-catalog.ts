import "server-only";
// The school's copy of the List of Unfilled Programs, searched on the server and scoped to the
// actor's school. Applicants and the dean's office see it; advocates do not, because the list is
// confidential to SOAP participants (docs/architecture.md, "Who sees what").
// An applicant who has not chosen a filter yet starts from their specialty and its prelim/TY
// backups; results come 50 to a page.
import { catalogQueryInput, type CatalogQuery } from "@/lib/domain/applicant/schemas";
import {
  BACKUP_POSITION_TYPE,
  TRANSITIONAL_YEAR,
  CATALOG_PAGE_SIZE,
  catalogPageCount,
  clampPage,
  withStartingFilter,
} from "@/lib/domain/applicant/catalog-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";

const PROGRAM_FIELDS = {
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
} as const;

const specialtyIs = (specialty: string): Prisma.ProgramWhereInput => ({ specialty: { equals: specialty, mode: "insensitive" } });

function whereFor(schoolId: string, query: CatalogQuery): Prisma.ProgramWhereInput {
  const and: Prisma.ProgramWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { city: { contains: query.q, mode: "insensitive" } },
        { nrmpCode: { startsWith: query.q.toUpperCase() } },
      ],
    });
  }
  if (query.specialty) {
    and.push(
      query.backups
        ? { OR: [specialtyIs(query.specialty), specialtyIs(TRANSITIONAL_YEAR), { positionType: BACKUP_POSITION_TYPE }] }
        : specialtyIs(query.specialty),
    );
  }
  return {
    schoolId,
    ...(and.length > 0 ? { AND: and } : {}),
    ...(query.state ? { state: query.state } : {}),
    ...(query.positionType ? { positionType: query.positionType } : {}),
    ...(query.setting ? { setting: query.setting } : {}),
  };
}

export async function searchCatalog(db: Db, actor: Actor, input: unknown) {
  authorize(actor, "catalog.view", actor.applicantId ? { applicantId: actor.applicantId } : {});
  const asked: CatalogQuery = parseInput(catalogQueryInput, input);
  const { schoolId } = actor;
  // One snapshot for the count and the page, so "page n of m" matches the rows shown.
  return db.$transaction(async (tx) => {
    const specialties = (
      await tx.program.findMany({ where: { schoolId }, distinct: ["specialty"], select: { specialty: true }, orderBy: { specialty: "asc" } })
    ).map((s) => s.specialty);
    const states = (await tx.program.findMany({ where: { schoolId }, distinct: ["state"], select: { state: true }, orderBy: { state: "asc" } })).map(
      (s) => s.state,
    );
    const profile = actor.applicantId ? await tx.applicantProfile.findFirst({ where: { id: actor.applicantId, schoolId }, select: { specialty: true } }) : null;
    const query = withStartingFilter(asked, profile?.specialty ?? null, specialties);
    const where = whereFor(schoolId, query);
    const total = await tx.program.count({ where });
    const page = clampPage(query.page, total);
    const programs = await tx.program.findMany({
      where,
      // The id breaks ties, so a program never shows on two pages or on none.
      orderBy: [{ specialty: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * CATALOG_PAGE_SIZE,
      take: CATALOG_PAGE_SIZE,
      select: PROGRAM_FIELDS,
    });
    const onList = await tx.target.findMany({
      where: { schoolId, applicantId: actor.applicantId ?? "", programId: { in: programs.map((p) => p.id) } },
      select: { programId: true },
    });
    const listed = new Set(onList.map((t) => t.programId));
    return {
      query: { ...query, page },
      /** True when the applicant chose nothing yet and sees their specialty with its backups. */
      startingFilter: query !== asked,
      total,
      page,
      pageCount: catalogPageCount(total),
      pageSize: CATALOG_PAGE_SIZE,
      programs: programs.map((p) => ({ ...p, onList: listed.has(p.id) })),
      specialties: query.specialty && !specialties.includes(query.specialty) ? [...specialties, query.specialty].sort() : specialties,
      states,
    };
  });
}
