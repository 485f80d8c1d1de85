// What a re-import of the List of Unfilled Programs would do to the school's catalog, before it is
// done: which programs are new, which change and how (field by field, before and after), how many
// stay as they are, and which are not in the file. Pure: the stored programs and the parsed rows
// in, the plan out. Programs are matched by NRMP code. A program missing from the file is listed,
// never deleted: applicants' targets, contacts and offers point at it.
import type { ImportError, ProgramRow } from "./program-import";
import { APPLICATION_SERVICE_LABELS, type ApplicationServiceCode } from "./types";
import { EMPTY_MARK, formatNumber } from "./human-format";

/** A program as the catalog holds it: every column resolved (the service included). */
export type ProgramRecord = Omit<ProgramRow, "applicationService"> & { applicationService: ApplicationServiceCode };
export type StoredProgram = ProgramRecord & { id: string };

export type ProgramField = Exclude<keyof ProgramRecord, "nrmpCode">;
export type ProgramValue = string | number | boolean;

/** The fields an import may change, in the order the template lists them, with their column names. */
export const PROGRAM_FIELDS: readonly { field: ProgramField; label: string }[] = [
  { field: "name", label: "Program Name" },
  { field: "specialty", label: "Specialty" },
  { field: "positionType", label: "Position Type" },
  { field: "city", label: "City" },
  { field: "state", label: "State" },
  { field: "setting", label: "Setting" },
  { field: "tier", label: "Tier" },
  { field: "openPositions", label: "Open Positions" },
  { field: "directorName", label: "Program Director" },
  { field: "directorEmail", label: "Director Email" },
  { field: "coordinatorName", label: "Coordinator" },
  { field: "coordinatorEmail", label: "Coordinator Email" },
  { field: "phone", label: "Phone" },
  { field: "prefersEmail", label: "Prefers Email" },
  { field: "applicationService", label: "Application Service" },
];

export interface FieldChange {
  field: ProgramField;
  label: string;
  before: ProgramValue;
  after: ProgramValue;
}

export interface ChangedProgram {
  id: string;
  nrmpCode: string;
  name: string;
  changes: FieldChange[];
  /** The program as it will be stored. */
  after: ProgramRecord;
}

export interface ProgramImportPlan {
  /** New programs, in file order, ready to insert. */
  created: ProgramRecord[];
  /** Programs whose row differs from the catalog, in file order. */
  changed: ChangedProgram[];
  unchangedCount: number;
  /** Programs of the catalog the file does not mention: kept as they are. */
  notInFile: { nrmpCode: string; name: string }[];
}

/** A row as it will be stored: a file without the Application Service column keeps the stored one. */
function resolve(row: ProgramRow, stored: StoredProgram | undefined): ProgramRecord {
  return { ...row, applicationService: row.applicationService ?? stored?.applicationService ?? "ERAS" };
}

export function planProgramImport(existing: readonly StoredProgram[], rows: readonly ProgramRow[]): ProgramImportPlan {
  const byCode = new Map(existing.map((p) => [p.nrmpCode, p]));
  const inFile = new Set<string>();
  const created: ProgramRecord[] = [];
  const changed: ChangedProgram[] = [];
  let unchangedCount = 0;
  for (const row of rows) {
    inFile.add(row.nrmpCode);
    const stored = byCode.get(row.nrmpCode);
    const after = resolve(row, stored);
    if (!stored) {
      created.push(after);
      continue;
    }
    const changes: FieldChange[] = [];
    for (const { field, label } of PROGRAM_FIELDS) {
      if (stored[field] !== after[field]) changes.push({ field, label, before: stored[field], after: after[field] });
    }
    if (changes.length === 0) unchangedCount += 1;
    else changed.push({ id: stored.id, nrmpCode: stored.nrmpCode, name: after.name, changes, after });
  }
  const notInFile = existing
    .filter((p) => !inFile.has(p.nrmpCode))
    .map((p) => ({ nrmpCode: p.nrmpCode, name: p.name }))
    .sort((a, b) => a.nrmpCode.localeCompare(b.nrmpCode));
  return { created, changed, unchangedCount, notInFile };
}

/** What the dean reads before importing: counts, and the first `limit` of each list. */
export interface ProgramImportPreview {
  rowCount: number;
  createdCount: number;
  changedCount: number;
  unchangedCount: number;
  notInFileCount: number;
  created: { nrmpCode: string; name: string; specialty: string; city: string; state: string }[];
  changed: { nrmpCode: string; name: string; changes: FieldChange[] }[];
  notInFile: { nrmpCode: string; name: string }[];
}

/** The answer to "Check the file": the plan, or the bad rows (the first of them, when very many). */
export type ProgramImportCheck = { ok: true; preview: ProgramImportPreview } | { ok: false; errors: ImportError[]; errorCount: number; badRowCount: number };

/** What an applied import did. */
export interface ProgramImportApplied {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  notInFile: number;
}

export function previewOf(plan: ProgramImportPlan, limit: number): ProgramImportPreview {
  return {
    rowCount: plan.created.length + plan.changed.length + plan.unchangedCount,
    createdCount: plan.created.length,
    changedCount: plan.changed.length,
    unchangedCount: plan.unchangedCount,
    notInFileCount: plan.notInFile.length,
    created: plan.created.slice(0, limit).map(({ nrmpCode, name, specialty, city, state }) => ({ nrmpCode, name, specialty, city, state })),
    changed: plan.changed.slice(0, limit).map(({ nrmpCode, name, changes }) => ({ nrmpCode, name, changes })),
    notInFile: plan.notInFile.slice(0, limit),
  };
}

const SETTING_LABELS: Record<string, string> = { UNIVERSITY: "University", COMMUNITY_ACADEMIC: "Community-based academic", COMMUNITY: "Community" };
const TIER_LABELS: Record<string, string> = { TOP: "Top", MID: "Mid", COMMUNITY: "Community" };

/** A value as a person reads it in the plan: "Yes", "(blank)", "ResidencyCAS". */
export function describeProgramValue(field: ProgramField, value: ProgramValue): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return formatNumber(value);
  if (value === "") return EMPTY_MARK;
  if (field === "applicationService") return APPLICATION_SERVICE_LABELS[value as ApplicationServiceCode] ?? value;
  if (field === "setting") return SETTING_LABELS[value] ?? value;
  if (field === "tier") return TIER_LABELS[value] ?? value;
  return value;
}
