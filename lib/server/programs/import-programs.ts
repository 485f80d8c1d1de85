import "server-only";
// The dean's office imports the List of Unfilled Programs from CSV. Preview parses and compares
// the file with the school's catalog without writing; apply does it again inside one transaction
// (serialized per school, so two imports cannot interleave) and writes set-based: new programs
// in a few multi-row inserts, changed ones in one UPDATE over unnest()ed arrays, and one audit
// row for the whole import. A file with any bad row writes nothing: a half-imported list would
// silently hide programs, and the dean's office fixes the named rows and imports again.
import { randomUUID } from "node:crypto";
import {
  planProgramImport,
  previewOf,
  type ProgramImportApplied,
  type ProgramImportCheck,
  type ProgramImportPlan,
  type ProgramRecord,
} from "@/lib/domain/program-diff";
import { MAX_IMPORT_CHARACTERS, parseUnfilledProgramsCsv, type ImportError, type ProgramRow } from "@/lib/domain/program-import";
import { authorize } from "../auth/policy";
import type { Actor } from "../core/actor";
import { audit } from "../core/audit";
import type { Db, TxClient } from "../core/db";
import { AppError } from "../core/errors";

/** How many entries of each list the preview sends to the browser (the counts are exact). */
const PREVIEW_LIST_LIMIT = 500;
/** How many bad-row messages travel to the browser; past that the file is surely the wrong one. */
const ERROR_LIST_LIMIT = 10_000;
/** Codes named in the audit row (the counts are exact). */
const AUDITED_CODES = 200;
const INSERT_CHUNK = 1_000;

/** A file with bad rows: INVALID_INPUT, every row error kept for callers and listed for forms. */
export class ProgramImportRejected extends AppError {
  readonly errors: ImportError[];

  constructor(errors: ImportError[]) {
    const rows = new Set(errors.map((e) => e.row)).size;
    super("INVALID_INPUT", rejectionMessage(errors, rows), {
      fieldErrors: { csv: errors.slice(0, ERROR_LIST_LIMIT).map((e) => `Line ${e.row}${e.column ? ` (${e.column})` : ""}: ${e.message}`) },
    });
    this.errors = errors;
  }
}

function rejectionMessage(errors: ImportError[], rows: number): string {
  const only = errors.length === 1 ? errors[0] : undefined;
  if (only && only.column === "") return `${only.message.replace(/[.!?]?$/, ".")} Nothing was imported.`;
  return `Nothing was imported: ${rows} ${rows === 1 ? "line has" : "lines have"} problems. Fix ${rows === 1 ? "it" : "them"} in the file and import it again.`;
}

function parse(csvText: string): ProgramRow[] {
  // A quick refusal before parsing megabytes (the action's input schema has the same limit).
  if (csvText.length > MAX_IMPORT_CHARACTERS) {
    throw new AppError("INVALID_INPUT", `The file is larger than ${MAX_IMPORT_CHARACTERS / 1_000_000} MB; split it into smaller files.`);
  }
  const parsed = parseUnfilledProgramsCsv(csvText);
  if (!parsed.ok) throw new ProgramImportRejected(parsed.errors);
  return parsed.rows;
}

const STORED_SELECT = {
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
  directorName: true,
  directorEmail: true,
  coordinatorName: true,
  coordinatorEmail: true,
  phone: true,
  prefersEmail: true,
  applicationService: true,
} as const;

async function plan(client: Db | TxClient, schoolId: string, rows: ProgramRow[]): Promise<ProgramImportPlan> {
  const existing = await client.program.findMany({ where: { schoolId }, select: STORED_SELECT });
  return planProgramImport(existing, rows);
}

/** Parses and compares without writing: the plan, or every bad row (an empty file is refused). */
export async function previewProgramImport(db: Db, actor: Actor, csvText: string): Promise<ProgramImportCheck> {
  authorize(actor, "programs.import");
  if (csvText.trim() === "") {
    throw new AppError("INVALID_INPUT", "The file is empty: choose the CSV of the List of Unfilled Programs (a header row, then one row per program).");
  }
  let rows: ProgramRow[];
  try {
    rows = parse(csvText);
  } catch (error) {
    // Bad rows are the check's answer, to list (a blank upload, above, is nothing to check).
    if (!(error instanceof ProgramImportRejected)) throw error;
    const errors = error.errors;
    return { ok: false, errors: errors.slice(0, ERROR_LIST_LIMIT), errorCount: errors.length, badRowCount: new Set(errors.map((e) => e.row)).size };
  }
  return { ok: true, preview: previewOf(await plan(db, actor.schoolId, rows), PREVIEW_LIST_LIMIT) };
}

/** Imports the file all-or-nothing: any bad row throws ProgramImportRejected and writes nothing. */
export async function applyProgramImport(db: Db, actor: Actor, csvText: string, now: Date = new Date()): Promise<ProgramImportApplied> {
  authorize(actor, "programs.import");
  const rows = parse(csvText);
  const { schoolId } = actor;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`programs:import:${schoolId}`}, 0))`;
      const result = await plan(tx, schoolId, rows);
      for (let i = 0; i < result.created.length; i += INSERT_CHUNK) {
        const chunk = result.created.slice(i, i + INSERT_CHUNK);
        await tx.program.createMany({ data: chunk.map((record) => ({ schoolId, ...record, createdAt: now, updatedAt: now })) });
      }
      await updatePrograms(
        tx,
        schoolId,
        result.changed.map((c) => c.after),
        now,
      );
      const importId = randomUUID();
      const counts = { created: result.created.length, updated: result.changed.length, unchanged: result.unchangedCount, notInFile: result.notInFile.length };
      await audit(tx, actor, {
        action: "programs.import",
        entityType: "ProgramImport",
        entityId: importId,
        after: {
          ...counts,
          createdCodes: result.created.slice(0, AUDITED_CODES).map((p) => p.nrmpCode),
          updatedCodes: result.changed.slice(0, AUDITED_CODES).map((p) => p.nrmpCode),
          changes: result.changed
            .slice(0, AUDITED_CODES)
            .map((p) => ({ nrmpCode: p.nrmpCode, fields: Object.fromEntries(p.changes.map((c) => [c.field, { before: c.before, after: c.after }])) })),
        },
      });
      return { importId, ...counts };
    },
    // Thousands of rows: more than Prisma's default 5 s, and a queue behind another import.
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/** Every changed program in one statement: the new values travel as one array per column. */
async function updatePrograms(tx: TxClient, schoolId: string, records: ProgramRecord[], now: Date): Promise<void> {
  if (records.length === 0) return;
  const column = <K extends keyof ProgramRecord>(key: K) => records.map((r) => r[key]);
  await tx.$executeRaw`
    UPDATE programs AS p SET
      name = u.name,
      specialty = u.specialty,
      position_type = u.position_type::"PositionType",
      city = u.city,
      state = u.state,
      setting = u.setting::"ProgramSetting",
      tier = u.tier::"ProgramTier",
      open_positions = u.open_positions,
      director_name = u.director_name,
      director_email = u.director_email,
      coordinator_name = u.coordinator_name,
      coordinator_email = u.coordinator_email,
      phone = u.phone,
      prefers_email = u.prefers_email,
      application_service = u.application_service::"ApplicationService",
      updated_at = ${now}
    FROM unnest(
      ${column("nrmpCode")}::text[], ${column("name")}::text[], ${column("specialty")}::text[], ${column("positionType")}::text[],
      ${column("city")}::text[], ${column("state")}::text[], ${column("setting")}::text[], ${column("tier")}::text[],
      ${column("openPositions")}::int[], ${column("directorName")}::text[], ${column("directorEmail")}::text[],
      ${column("coordinatorName")}::text[], ${column("coordinatorEmail")}::text[], ${column("phone")}::text[],
      ${column("prefersEmail")}::boolean[], ${column("applicationService")}::text[]
    ) AS u(nrmp_code, name, specialty, position_type, city, state, setting, tier, open_positions, director_name, director_email,
           coordinator_name, coordinator_email, phone, prefers_email, application_service)
    WHERE p.school_id = ${schoolId} AND p.nrmp_code = u.nrmp_code`;
}
