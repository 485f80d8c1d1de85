import "server-only";
// The dean's office's program view: which of the school's applicants each program has heard from,
// from whom (the applicant, which advocate) and when, and how saturated it is with our faculty's
// calls. The overview is one grouped query for the whole catalog; a program's page lists its
// touches. Own school only.
import { z } from "zod";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validate";
import { loadPolicy } from "../use-case/load-applicant-snapshot";

export const PROGRAMS_PAGE_SIZE = 50;

export const programOverviewQuery = z.object({
  q: z.string().trim().max(100, { error: "Keep the search under 100 characters." }).optional().catch(undefined),
  heard: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

interface OverviewRow {
  id: string;
  name: string;
  nrmp_code: string;
  specialty: string;
  city: string;
  state: string;
  targeted: number;
  applied: number;
  emailed: number;
  faculty: number;
  inbound: number;
  last_touch: Date | null;
  total: number;
}

export async function getProgramOverview(db: Db, actor: Actor, input: unknown) {
  authorize(actor, "dashboard.view");
  const query = parseInput(programOverviewQuery, input);
  const { schoolId } = actor;
  const page = query.page ?? 1;
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db.$transaction(async (tx) => {
    const policy = await loadPolicy(tx, schoolId);
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
    const rows = await tx.$queryRaw<OverviewRow[]>`
      WITH t AS (
        SELECT program_id, count(*)::int AS targeted, count(applied_at)::int AS applied FROM targets WHERE school_id = ${schoolId} GROUP BY program_id
      ),
      c AS (
        SELECT program_id,
          count(DISTINCT applicant_id) FILTER (WHERE direction = 'OUTBOUND' AND actor_role = 'APPLICANT' AND channel = 'EMAIL')::int AS emailed,
          count(DISTINCT applicant_id) FILTER (WHERE direction = 'OUTBOUND' AND actor_role = 'ADVOCATE' AND advocate_kind IS DISTINCT FROM 'RESIDENT')::int AS faculty,
          count(*) FILTER (WHERE direction = 'INBOUND')::int AS inbound,
          max(occurred_at) AS last_touch
        FROM contacts WHERE school_id = ${schoolId} GROUP BY program_id
      )
      SELECT p.id, p.name, p.nrmp_code, p.specialty, p.city, p.state,
        coalesce(t.targeted, 0) AS targeted, coalesce(t.applied, 0) AS applied, coalesce(c.emailed, 0) AS emailed,
        coalesce(c.faculty, 0) AS faculty, coalesce(c.inbound, 0) AS inbound, c.last_touch,
        count(*) OVER ()::int AS total
      FROM programs p LEFT JOIN t ON t.program_id = p.id LEFT JOIN c ON c.program_id = p.id
      WHERE p.school_id = ${schoolId}
        AND (${like}::text IS NULL OR p.name ILIKE ${like} OR p.nrmp_code ILIKE ${like} OR p.city ILIKE ${like} OR p.specialty ILIKE ${like})
        AND (${query.heard ?? null}::text IS NULL OR c.last_touch IS NOT NULL)
      ORDER BY coalesce(c.faculty, 0) DESC, coalesce(t.targeted, 0) DESC, p.name, p.id
      LIMIT ${PROGRAMS_PAGE_SIZE} OFFSET ${(page - 1) * PROGRAMS_PAGE_SIZE}`;
    const total = rows[0]?.total ?? 0;
    return {
      timeZone: school.timeZone,
      query,
      page,
      pages: Math.max(1, Math.ceil(total / PROGRAMS_PAGE_SIZE)),
      total,
      saturationAbove: policy.cohortLoadWarnAbove,
      programs: rows.map(({ total: _total, nrmp_code, last_touch, ...r }) => ({
        ...r,
        nrmpCode: nrmp_code,
        lastTouch: last_touch,
        saturated: r.faculty > policy.cohortLoadWarnAbove,
      })),
    };
  });
}

export async function getProgramDetail(db: Db, actor: Actor, programIdInput: unknown) {
  authorize(actor, "dashboard.view");
  const programId = parseInput(idSchema, programIdInput);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const program = await tx.program.findFirst({ where: { id: programId, schoolId } });
    if (!program) throw notFound("That program");
    const policy = await loadPolicy(tx, schoolId);
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
    const contacts = await tx.contact.findMany({
      where: { schoolId, programId },
      orderBy: { occurredAt: "desc" },
      select: {
        id: true,
        occurredAt: true,
        direction: true,
        channel: true,
        outcome: true,
        actorRole: true,
        advocateKind: true,
        actor: { select: { name: true } },
        applicant: { select: { id: true, user: { select: { name: true } } } },
      },
    });
    const targets = await tx.target.findMany({
      where: { schoolId, programId },
      select: { appliedAt: true, applicant: { select: { id: true, user: { select: { name: true } } } } },
      orderBy: { applicant: { user: { name: "asc" } } },
    });
    const facultyApplicants = new Set(
      contacts.filter((c) => c.direction === "OUTBOUND" && c.actorRole === "ADVOCATE" && c.advocateKind !== "RESIDENT").map((c) => c.applicant.id),
    );
    return { timeZone: school.timeZone, program, contacts, targets, facultyApplicants: facultyApplicants.size, saturationAbove: policy.cohortLoadWarnAbove };
  });
}
