import "server-only";
// The dean's office's audit log: one page of the school's entries, newest first, filtered by who,
// applicant, program, action and time, with the names behind the ids and each entry's changed
// fields. Set-based: the option lists double as the name lookup, so a page of 50 runs the same
// statements as a page of 5, all in one snapshot so the count and the page agree.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE, auditActionLabel, auditQueryInput, changedFields, type AuditQuery, type FieldChange } from "@/lib/domain/audit-query";
import { zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import type { Actor, ActorRole } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validate";

const MINUTE_MS = 60_000;

export interface AuditPerson {
  id: string;
  name: string;
  role: ActorRole;
}

export interface AuditNamed {
  id: string;
  name: string;
}

export interface AuditEntryView {
  id: string;
  at: Date;
  action: string;
  actionLabel: string;
  entityType: string;
  entityId: string;
  /** Null for the system (the demo seed). */
  actor: AuditPerson | null;
  applicant: AuditNamed | null;
  program: AuditNamed | null;
  reason: string | null;
  changes: FieldChange[];
}

export interface AuditLogView {
  timeZone: string;
  asOf: Date;
  /** The filters as parsed (times as the school-local strings the form shows). */
  query: AuditQuery;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  entries: AuditEntryView[];
  options: {
    people: AuditPerson[];
    applicants: AuditNamed[];
    programs: (AuditNamed & { nrmpCode: string })[];
    actions: { value: string; label: string }[];
  };
}

/** The program an entry names: the entity itself, or a programId in its after/before. */
function programIdOf(entityType: string, entityId: string, before: unknown, after: unknown): string | null {
  if (entityType === "Program") return entityId;
  for (const side of [after, before]) {
    if (typeof side === "object" && side !== null && !Array.isArray(side)) {
      const id = (side as Record<string, unknown>).programId;
      if (typeof id === "string" && id !== "") return id;
    }
  }
  return null;
}

function toUtc(local: string | undefined, timeZone: string, field: "from" | "to"): Date | undefined {
  if (local === undefined) return undefined;
  const at = zonedLocalToUtc(local, timeZone);
  if (!at) {
    const message = "Enter a date and time like 2026-03-19T10:00.";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { [field]: [message] } });
  }
  return at;
}

function whereOf(schoolId: string, query: AuditQuery, timeZone: string): Prisma.AuditLogWhereInput {
  const from = toUtc(query.from, timeZone, "from");
  // "To" names a minute; everything logged during that minute is included.
  const to = toUtc(query.to, timeZone, "to");
  const programId = query.programId;
  return {
    schoolId,
    ...(query.who ? { actorUserId: query.who } : {}),
    ...(query.applicantId ? { applicantId: query.applicantId } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: new Date(to.getTime() + MINUTE_MS) } : {}) } } : {}),
    ...(programId
      ? {
          OR: [
            { entityType: "Program", entityId: programId },
            { after: { path: ["programId"], equals: programId } },
            { before: { path: ["programId"], equals: programId } },
          ],
        }
      : {}),
  };
}

export async function getAuditLog(db: Db, actor: Actor, input: unknown, now: Date): Promise<AuditLogView> {
  authorize(actor, "dashboard.view");
  const query = parseInput(auditQueryInput, input);
  const { schoolId } = actor;
  return db.$transaction(
    async (tx) => {
      const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
      const where = whereOf(schoolId, query, school.timeZone);
      const total = await tx.auditLog.count({ where });
      const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
      // A page past the end (a stale link) shows the last page rather than nothing.
      const page = Math.min(query.page ?? 1, pageCount);
      // One after another: an interactive transaction holds a single connection.
      const rows = await tx.auditLog.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * AUDIT_PAGE_SIZE,
        take: AUDIT_PAGE_SIZE,
      });
      // Everyone who appears in the log as the actor: the "who" options and the actors' names.
      const people = await tx.user.findMany({
        where: { schoolId, auditLogs: { some: { schoolId } } },
        select: { id: true, name: true, role: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      const applicants = await tx.applicantProfile.findMany({
        where: { schoolId },
        select: { id: true, user: { select: { name: true } } },
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      });
      // The programs the log names (as the entity, or a programId in after/before), one scan.
      const programs = await tx.$queryRaw<{ id: string; name: string; nrmpCode: string }[]>`
          SELECT p.id, p.name, p.nrmp_code AS "nrmpCode"
          FROM programs p
          WHERE p.school_id = ${schoolId}
            AND p.id IN (
              SELECT ref.id
              FROM audit_logs a
              CROSS JOIN LATERAL (
                VALUES (CASE WHEN a.entity_type = 'Program' THEN a.entity_id END), (a."after" ->> 'programId'), (a."before" ->> 'programId')
              ) AS ref(id)
              WHERE a.school_id = ${schoolId} AND ref.id IS NOT NULL
            )
          ORDER BY p.name, p.nrmp_code`;
      const actions = await tx.auditLog.groupBy({ by: ["action"], where: { schoolId }, orderBy: { action: "asc" } });

      const peopleById = new Map(people.map((person) => [person.id, person]));
      const applicantOptions = applicants.map((applicant) => ({ id: applicant.id, name: applicant.user.name }));
      const applicantsById = new Map(applicantOptions.map((applicant) => [applicant.id, applicant]));
      const programsById = new Map(programs.map((program) => [program.id, program]));
      const names = new Map<string, string>([
        ...people.map((person) => [person.id, person.name] as const),
        ...applicantOptions.map((applicant) => [applicant.id, applicant.name] as const),
        ...programs.map((program) => [program.id, program.name] as const),
      ]);

      const entries = rows.map((row): AuditEntryView => {
        const programId = programIdOf(row.entityType, row.entityId, row.before, row.after);
        const program = programId ? programsById.get(programId) : undefined;
        const applicant = row.applicantId ? applicantsById.get(row.applicantId) : undefined;
        const person = row.actorUserId ? peopleById.get(row.actorUserId) : undefined;
        return {
          id: row.id.toString(),
          at: row.createdAt,
          action: row.action,
          actionLabel: auditActionLabel(row.action),
          entityType: row.entityType,
          entityId: row.entityId,
          actor: person ? { id: person.id, name: person.name, role: person.role } : null,
          // An applicant no longer on file is not named at all, as a program is not.
          applicant: row.applicantId && applicant ? { id: row.applicantId, name: applicant.name } : null,
          // A program no longer in the catalog is not named at all (never "Unknown program").
          program: programId && program ? { id: programId, name: program.name } : null,
          reason: row.reason,
          changes: changedFields(row.before, row.after, { timeZone: school.timeZone, names }),
        };
      });

      return {
        timeZone: school.timeZone,
        asOf: now,
        query,
        page,
        pageCount,
        pageSize: AUDIT_PAGE_SIZE,
        total,
        entries,
        options: {
          people,
          applicants: applicantOptions,
          programs,
          actions: actions.map(({ action }) => ({ value: action, label: auditActionLabel(action) })),
        },
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
