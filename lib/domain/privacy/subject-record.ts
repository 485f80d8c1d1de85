// One applicant's whole record, as the dean's office hands it to them on request: everything SOAP
// Desk holds about them, as JSON (the structure as stored, times in UTC) or as one CSV table that
// Excel opens (one line per field: section, item, field, value; times in the school's zone).
// Pure: the read model (lib/server/privacy/subject-record.ts) loads the record.
import { csvDownloadHeaders, dateInZone, formatCsvTime, toCsv, type CsvCell } from "../csv";

type Value = string | number | boolean | Date | null | readonly string[];
type Item = Readonly<Record<string, Value>>;

export interface SubjectRecord {
  exportedAt: Date;
  school: { name: string; timeZone: string };
  applicant: {
    name: string;
    email: string;
    aamcId: string;
    degreeType: string;
    step2Score: number | null;
    specialty: string;
    phone: string;
    phoneLoud: boolean;
    voicemailReady: boolean;
    erasUpdated: boolean;
    contactCurrent: boolean;
    createdAt: Date;
  };
  redFlags: { kind: string; context: string; createdAt: Date }[];
  narratives: { version: number; strengths: string[]; weaknessContext: string[]; reliability: string; author: string; savedAt: Date }[];
  targets: { rank: number; program: string; nrmpCode: string; priority: string; appliedAt: Date | null; addedAt: Date }[];
  contacts: {
    occurredAt: Date;
    program: string;
    by: string;
    role: string;
    direction: string;
    channel: string;
    outcome: string;
    summary: string;
    narrativeVersion: number | null;
  }[];
  tasks: { kind: string; status: string; title: string; program: string | null; dueAt: Date; completedAt: Date | null }[];
  interviews: { program: string; startsAt: Date; durationMinutes: number; format: string; location: string; notes: string }[];
  offers: { program: string; round: number; status: string; offeredAt: Date; respondBy: Date | null; respondedAt: Date | null }[];
  advocates: { name: string; title: string; active: boolean; assignedAt: Date; endedAt: Date | null }[];
  claims: { program: string; advocate: string; claimedAt: Date }[];
  overrides: { rule: string; program: string | null; reason: string; by: string; createdAt: Date; usedAt: Date | null }[];
  invitations: { email: string; name: string; createdAt: Date; acceptedAt: Date | null }[];
  notifications: { kind: string; title: string; body: string; createdAt: Date; readAt: Date | null }[];
  /** The audit log about them: what was done and who did it (the changes themselves are in the sections above). */
  history: { at: Date; action: string; by: string | null }[];
}

/** The sections of the record after the applicant's own fields, in the order the CSV lists them. */
export const RECORD_SECTIONS = [
  "redFlags",
  "narratives",
  "targets",
  "contacts",
  "tasks",
  "interviews",
  "offers",
  "advocates",
  "claims",
  "overrides",
  "invitations",
  "notifications",
  "history",
] as const satisfies readonly (keyof SubjectRecord)[];

export const RECORD_CSV_HEADERS = ["Section", "Item", "Field", "Value"] as const;

function cell(value: Value, timeZone: string): CsvCell {
  if (value === null) return "";
  if (value instanceof Date) return formatCsvTime(value, timeZone);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.join("; ");
  return value as string | number;
}

function linesOf(section: string, item: number, fields: Item, timeZone: string): CsvCell[][] {
  return Object.entries(fields).map(([field, value]) => [section, item, field, cell(value, timeZone)]);
}

/** The record as one table: one line per field of each item; a section with no items has one line saying so. */
export function subjectRecordCsv(record: SubjectRecord): string {
  const zone = record.school.timeZone;
  const rows: CsvCell[][] = [
    ...linesOf("export", 1, { school: record.school.name, exportedAt: record.exportedAt }, zone),
    ...linesOf("applicant", 1, record.applicant, zone),
  ];
  for (const section of RECORD_SECTIONS) {
    const items = record[section] as readonly Item[];
    if (items.length === 0) rows.push([section, "", "", "none"]);
    items.forEach((item, i) => rows.push(...linesOf(section, i + 1, item, zone)));
  }
  return toCsv(RECORD_CSV_HEADERS, rows);
}

/** The record as JSON, as stored (times in UTC, ISO 8601). */
export function subjectRecordJson(record: SubjectRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export type RecordFormat = "json" | "csv";

/** "soap-desk-record-20000001-2026-04-08.csv": the AAMC ID and the school's day. */
export function subjectRecordFilename(record: SubjectRecord, format: RecordFormat): string {
  return `soap-desk-record-${record.applicant.aamcId.replace(/[^0-9A-Za-z]/g, "")}-${dateInZone(record.exportedAt, record.school.timeZone)}.${format}`;
}

/** The download's headers: never cached, as it holds the applicant's whole record. */
export function subjectRecordHeaders(record: SubjectRecord, format: RecordFormat): Record<string, string> {
  const filename = subjectRecordFilename(record, format);
  if (format === "csv") return csvDownloadHeaders(filename);
  return { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" };
}
