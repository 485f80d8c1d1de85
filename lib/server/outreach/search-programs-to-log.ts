import "server-only";
// "Which program reached you?" beyond the target list: any program of the school's catalog, found
// by a few words of its name, city, specialty, state or NRMP code. A lean mirror of the catalog
// search (target-list/search-catalog.ts), scoped to the actor's school the same way: the dialog
// needs a short list to tap, not the filters and counts of the catalog page.
import { programSearchInput } from "@/lib/domain/applicant/program-reached-out";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "../auth/policy";
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";

const RESULTS = 20;
const MAX_WORDS = 5;

/** Every word must match one of the program's fields: "boston internal" finds Boston's IM programs. */
function wordsWhere(q: string): Prisma.ProgramWhereInput[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => ({
      OR: [
        { name: { contains: word, mode: "insensitive" } },
        { city: { contains: word, mode: "insensitive" } },
        { specialty: { contains: word, mode: "insensitive" } },
        { nrmpCode: { startsWith: word.toUpperCase() } },
        ...(word.length === 2 ? [{ state: word.toUpperCase() }] : []),
      ],
    }));
}

export async function searchProgramsToLog(db: Db, actor: Actor, input: unknown) {
  authorize(actor, "catalog.view", actor.applicantId ? { applicantId: actor.applicantId } : {});
  const { q } = parseInput(programSearchInput, input);
  if (!q) return { total: 0, programs: [] };
  const { schoolId } = actor;
  const where: Prisma.ProgramWhereInput = { schoolId, AND: wordsWhere(q) };
  const [programs, total, onList] = await db.$transaction([
    db.program.findMany({
      where,
      orderBy: [{ name: "asc" }, { nrmpCode: "asc" }],
      take: RESULTS,
      select: { id: true, nrmpCode: true, name: true, specialty: true, positionType: true, city: true, state: true },
    }),
    db.program.count({ where }),
    db.target.findMany({ where: { schoolId, applicantId: actor.applicantId ?? "" }, select: { programId: true } }),
  ]);
  const listed = new Set(onList.map((t) => t.programId));
  return { total, programs: programs.map((p) => ({ ...p, onList: listed.has(p.id) })) };
}
