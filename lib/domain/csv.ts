// CSV files for the dean's office that open cleanly in Excel. UTF-8 with a byte-order mark (without
// it Excel reads the file in the local code page and "José" turns into "JosÃ©"), CRLF line endings,
// quoting by Papa.unparse, and formula injection neutralised as OWASP advises: a text cell that a
// spreadsheet would read as a formula gets a leading apostrophe. Numbers stay numbers. Pure: rows
// in, text out; the school's zone comes from the caller.
import Papa from "papaparse";
import { ALERT_LABELS, alertKinds, type DashboardRow } from "./alerts";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "./applicant/timeline";
import { ADVOCATE_KIND_LABELS } from "./rules/eligibility";
import type { StrategyKind } from "./rules/strategy";
import type { ActorRole, AdvocateKind, ContactChannel, ContactDirection, ContactOutcome } from "./types";
import { formatterPerZone } from "./format-time";

export type CsvCell = string | number | null;

const BOM = "\uFEFF";
const CRLF = "\r\n";

// OWASP's list (= + - @ tab CR), the NUL that ASVS 1.2.10 adds, and the full-width forms of the
// four signs, which some spreadsheets (East Asian locales) also read as the start of a formula.
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r", "\0", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** A cell as written: text that could start a formula is prefixed with "'"; numbers are left alone. */
export function neutraliseCell(value: CsvCell | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value;
}

/** The whole file: BOM, header row, one line per row, CRLF between lines (none after the last). */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const table = [headers, ...rows].map((row) => row.map(neutraliseCell));
  return BOM + Papa.unparse(table, { newline: CRLF, quotes: false, header: false });
}

const csvTimeFormat = formatterPerZone("en-US", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

function partsInZone(date: Date, timeZone: string) {
  const parts = csvTimeFormat(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}`, zone: part("timeZoneName") };
}

/** A time in the school's zone as a spreadsheet sorts and reads it: "2026-03-19 10:05 EDT". */
export function formatCsvTime(date: Date, timeZone: string): string {
  const { date: day, time, zone } = partsInZone(date, timeZone);
  return `${day} ${time} ${zone}`;
}

/** The day in the school's zone, "2026-03-19" (the dean's day, not the server's). */
export function dateInZone(date: Date, timeZone: string): string {
  return partsInZone(date, timeZone).date;
}

export type CsvExportKind = "dashboard" | "contacts";

export function exportFilename(kind: CsvExportKind, now: Date, timeZone: string): string {
  return `soap-desk-${kind}-${dateInZone(now, timeZone)}.csv`;
}

/** The response headers of a CSV download: never cached, since it holds applicants' data. */
export function csvDownloadHeaders(filename: string): Record<string, string> {
  return {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
  };
}

export interface CsvTable {
  headers: string[];
  rows: CsvCell[][];
}

const STRATEGY_LABELS: Record<StrategyKind, string> = {
  strong: "Strong",
  average: "Average",
  "red-flag": "Red flag",
  img: "IMG or newer school",
};

const DASHBOARD_HEADERS = [
  "Applicant",
  "Specialty",
  "Strategy",
  "Targets",
  "Applied",
  "Application cap",
  "Own emails",
  "Faculty-contacted programs",
  "Faculty contact cap",
  "Advocates",
  "Inbound contacts",
  "Interviews",
  "Pending offers",
  "Next offer deadline",
  "Accepted",
  "Accepted program",
  "Alerts",
  "Alert details",
];

/** The dashboard as a table: one row per applicant, the same numbers the page shows. */
export function dashboardCsvRows(rows: readonly DashboardRow[], timeZone: string): CsvTable {
  return {
    headers: [...DASHBOARD_HEADERS],
    rows: rows.map((r) => [
      r.fullName,
      r.specialty,
      STRATEGY_LABELS[r.strategy],
      r.targets,
      r.applied,
      r.maxApplications,
      r.ownEmails,
      r.facultyPrograms,
      r.facultyCap,
      r.advocates.map((a) => a.name).join("; "),
      r.inboundContacts,
      r.interviews,
      r.pendingOffers,
      r.nextDeadline ? formatCsvTime(r.nextDeadline, timeZone) : "",
      r.accepted ? "Yes" : "No",
      r.acceptedProgram ?? "",
      // One label per kind (three saturated programs are one "Program saturation"); the details say which.
      alertKinds(r.alerts)
        .map((kind) => ALERT_LABELS[kind.code])
        .join("; "),
      r.alerts.map((a) => a.message).join("; "),
    ]),
  };
}

/** One contact of the school's log, as the read model loads it. */
export interface ContactLogEntry {
  occurredAt: Date;
  applicantName: string;
  aamcId: string;
  programName: string;
  nrmpCode: string;
  actorName: string;
  actorRole: ActorRole;
  advocateKind: AdvocateKind | null;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
  summary: string;
  narrativeVersion: number | null;
}

const CONTACT_HEADERS = [
  "Time",
  "Applicant",
  "AAMC ID",
  "Program",
  "NRMP code",
  "Who",
  "Role",
  "Direction",
  "Channel",
  "Outcome",
  "Summary",
  "Narrative version",
];

const DIRECTION_LABELS: Record<ContactDirection, string> = { OUTBOUND: "Outbound", INBOUND: "Inbound" };

function roleLabel(role: ActorRole, kind: AdvocateKind | null): string {
  if (role === "APPLICANT") return "Applicant";
  return kind ? `Advocate (${ADVOCATE_KIND_LABELS[kind]})` : "Advocate";
}

/** The contact log as a table: one row per contact, times in the school's zone. */
export function contactLogCsvRows(entries: readonly ContactLogEntry[], timeZone: string): CsvTable {
  return {
    headers: [...CONTACT_HEADERS],
    rows: entries.map((e) => [
      formatCsvTime(e.occurredAt, timeZone),
      e.applicantName,
      e.aamcId,
      e.programName,
      e.nrmpCode,
      e.actorName,
      roleLabel(e.actorRole, e.advocateKind),
      DIRECTION_LABELS[e.direction],
      CHANNEL_LABELS[e.channel],
      OUTCOME_LABELS[e.outcome],
      e.summary,
      e.narrativeVersion,
    ]),
  };
}
