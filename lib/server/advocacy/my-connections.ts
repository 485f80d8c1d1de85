import "server-only";
// The advocate's connections page: the connections they recorded, and the programs they may
// connect to (the List of Unfilled Programs is confidential, so only the programs on their
// applicants' lists and their own connections; see visible-programs.ts), searched by name, code,
// city or specialty.
import { connectionSearchInput } from "@/lib/domain/advocate/connections";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";
import { advocateIdOf } from "./advocate-self";
import { advocateVisiblePrograms } from "./visible-programs";

const PROGRAM = { id: true, name: true, nrmpCode: true, specialty: true, city: true, state: true } as const;
export const SEARCH_LIMIT = 25;

export async function getMyConnections(db: Db, actor: Actor, query: unknown) {
  const { q } = parseInput(connectionSearchInput, query);
  authorize(actor, "connection.manage");
  const advocateId = advocateIdOf(actor);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const connections = await tx.connection.findMany({
      where: { schoolId, advocateId },
      select: { id: true, kind: true, note: true, program: { select: PROGRAM } },
      orderBy: [{ program: { name: "asc" } }, { kind: "asc" }],
    });
    const text = q === "" ? {} : { OR: ["name", "nrmpCode", "city", "specialty"].map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) };
    const programs = await tx.program.findMany({
      where: { AND: [advocateVisiblePrograms(schoolId, advocateId), text] },
      select: PROGRAM,
      orderBy: { name: "asc" },
      take: SEARCH_LIMIT + 1,
    });
    return { q, connections, programs: programs.slice(0, SEARCH_LIMIT), more: programs.length > SEARCH_LIMIT };
  });
}
