// Reads the applicants to invite from a CSV: the columns a school pulls from its unmatched-
// applicants report (Name, Email, AAMC ID, Specialty, and optionally Degree). Pure: text in, the
// rows and every bad row out. Each row goes through the single invitation's schema, so a bulk
// invitation accepts exactly what the Invitations form accepts. Rows are numbered as in a
// spreadsheet: the header is row 1, the first applicant row 2.
import Papa from "papaparse";
import { createInvitationInput } from "./invitation-schemas";
import type { DegreeType } from "./types";
import { BULK_TOO_LARGE_MESSAGE as TOO_LARGE_MESSAGE, MAX_BULK_INVITATION_CHARACTERS } from "./limits";
import { DEGREE_LABELS } from "./types";

/** At most this many applicants per file: a school's whole unmatched cohort fits many times over. */
export const MAX_BULK_INVITATION_ROWS = 1_000;

export const EMPTY_FILE_MESSAGE = "The file is empty: choose a CSV with a header row (Name, Email, AAMC ID, Specialty) and one row per applicant.";

export interface BulkInvitationRow {
  /** The row in the spreadsheet (the header is row 1). */
  row: number;
  name: string;
  email: string;
  aamcId: string;
  degreeType: DegreeType;
  specialty: string;
}

export interface BulkRowError {
  /** Spreadsheet numbering: the header is row 1, the first applicant row 2. */
  row: number;
  /** The column as the template names it ("AAMC ID"), or "" for the whole row or file. */
  column: string;
  message: string;
}

export interface BulkInvitationParse {
  /** The rows that passed every check of the file (all of them when there are no errors). */
  rows: BulkInvitationRow[];
  errors: BulkRowError[];
  /** The file has no Degree column, so every applicant is invited as a US MD graduate. */
  degreeAssumed: boolean;
}

/** What a check of the file answers: the parse, plus rows whose address or AAMC ID is taken. */
export type BulkInvitationPreview = BulkInvitationParse;

/** What sending answers: every row was invited; these emails went out, these did not. */
export interface BulkInvitationResult {
  invited: number;
  /** Addresses whose email the mail server accepted, in file order. */
  sent: string[];
  /** Saved invitations whose email could not be sent: re-send them from the Invitations page. */
  notSent: { email: string; name: string; problem: string }[];
}

type Field = "name" | "firstName" | "lastName" | "email" | "aamcId" | "specialty" | "degreeType";

export const BULK_COLUMN_LABELS: Record<Field, string> = {
  name: "Name",
  firstName: "First Name",
  lastName: "Last Name",
  email: "Email",
  aamcId: "AAMC ID",
  specialty: "Specialty",
  degreeType: "Degree",
};

/** Header spellings seen in schools' reports, compared lowercased with spaces and punctuation gone. */
const ALIASES: Record<Field, string[]> = {
  name: ["name", "fullname", "applicantname", "applicant", "studentname", "student"],
  firstName: ["firstname", "givenname", "first"],
  lastName: ["lastname", "surname", "familyname", "last"],
  email: ["email", "emailaddress", "applicantemail", "studentemail", "preferredemail", "contactemail"],
  aamcId: ["aamcid", "aamc", "aamcnumber", "aamcidnumber", "aamcno"],
  specialty: ["specialty", "speciality", "preferredspecialty", "intendedspecialty", "soapspecialty"],
  degreeType: ["degree", "degreetype", "applicanttype", "graduatetype"],
};

const ALIAS_TO_FIELD = new Map<string, Field>(
  (Object.entries(ALIASES) as [Field, string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const)),
);

const DEGREE_WORDS: Record<string, DegreeType> = {
  usmd: "US_MD",
  md: "US_MD",
  usdo: "US_DO",
  do: "US_DO",
  img: "IMG",
  internationalmedicalgraduate: "IMG",
  international: "IMG",
};

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A cell as the error quotes it: trimmed and cut short. */
function quoted(value: string): string {
  const text = value.trim();
  return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

function fileError(message: string, row = 1): BulkInvitationParse {
  return { rows: [], errors: [{ row, column: "", message }], degreeAssumed: false };
}

/** Where each field's column is; header problems are row-1 errors. */
function readHeader(cells: string[]): { columns: Map<Field, number>; errors: BulkRowError[] } {
  const columns = new Map<Field, number>();
  const errors: BulkRowError[] = [];
  cells.forEach((cell, index) => {
    const field = ALIAS_TO_FIELD.get(normalize(cell));
    if (field === undefined) return; // other columns of the report (phone, notes) are ignored
    if (columns.has(field))
      errors.push({ row: 1, column: BULK_COLUMN_LABELS[field], message: `The column ${BULK_COLUMN_LABELS[field]} appears twice ("${cell.trim()}").` });
    else columns.set(field, index);
  });
  const hasName = columns.has("name") || (columns.has("firstName") && columns.has("lastName"));
  if (!hasName) errors.push({ row: 1, column: "Name", message: 'Missing column "Name" in the header row (or "First Name" and "Last Name").' });
  for (const field of ["email", "aamcId", "specialty"] as const) {
    if (!columns.has(field))
      errors.push({ row: 1, column: BULK_COLUMN_LABELS[field], message: `Missing column "${BULK_COLUMN_LABELS[field]}" in the header row.` });
  }
  return { columns, errors };
}

function cellOf(cells: string[], columns: Map<Field, number>, field: Field): string {
  const index = columns.get(field);
  return index === undefined ? "" : (cells[index] ?? "");
}

const SCHEMA_FIELD_COLUMN: Record<string, string> = { name: "Name", email: "Email", aamcId: "AAMC ID", specialty: "Specialty", degreeType: "Degree" };

/** One data row through the single invitation's schema: the row, or its errors. */
function readRow(rowNumber: number, cells: string[], columns: Map<Field, number>): { row: BulkInvitationRow } | { errors: BulkRowError[] } {
  const cell = (field: Field) => cellOf(cells, columns, field);
  const name = columns.has("name") ? cell("name") : `${cell("firstName").trim()} ${cell("lastName").trim()}`.trim();
  const errors: BulkRowError[] = [];

  let degreeType: DegreeType = "US_MD";
  if (columns.has("degreeType")) {
    const raw = cell("degreeType");
    const hit = DEGREE_WORDS[normalize(raw)];
    if (hit) degreeType = hit;
    else
      errors.push({
        row: rowNumber,
        column: "Degree",
        message: raw.trim() === "" ? "Degree is blank: enter US MD, US DO or IMG." : `Degree ${quoted(raw)} must be US MD, US DO or IMG.`,
      });
  }

  const raw = { name, email: cell("email"), aamcId: cell("aamcId"), specialty: cell("specialty") };
  const parsed = createInvitationInput.safeParse({ role: "APPLICANT", ...raw, degreeType });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const value = raw[field as keyof typeof raw] ?? "";
      errors.push({ row: rowNumber, column: SCHEMA_FIELD_COLUMN[field] ?? "", message: withValue(field, value, issue.message) });
    }
  }
  if (errors.length > 0 || !parsed.success || parsed.data.role !== "APPLICANT") return { errors };
  const { name: fullName, email, aamcId, specialty } = parsed.data;
  return { row: { row: rowNumber, name: fullName, email, aamcId, degreeType, specialty } };
}

/** The schema's message, with what the cell held so the dean can find it. */
function withValue(field: string, value: string, message: string): string {
  if (value.trim() === "") return message;
  if (field === "aamcId" && /^\d{1,7}$/.test(value.trim())) {
    // A spreadsheet that treats the column as numbers drops leading zeros.
    return `${message} Found ${quoted(value)} (${value.trim().length} digits); if a leading zero was dropped, format the column as text.`;
  }
  return `${message} Found ${quoted(value)}.`;
}

/** Parses the file: the good rows, every bad row, and whether the degree was assumed. */
export function parseBulkInvitationsCsv(text: string): BulkInvitationParse {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return fileError(EMPTY_FILE_MESSAGE);
  if (source.length > MAX_BULK_INVITATION_CHARACTERS) return fileError(TOO_LARGE_MESSAGE);

  // header: false so that row numbers and duplicate headers are ours to report exactly.
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false });
  const errors: BulkRowError[] = [];
  for (const e of parsed.errors) {
    if (e.type === "Delimiter") continue; // a one-column file: the missing-column check says more
    errors.push({ row: (e.row ?? 0) + 1, column: "", message: `The CSV could not be read: ${e.message}.` });
  }
  const [headerCells = [], ...records] = parsed.data;
  const count = records.filter((cells) => cells.some((c) => c.trim() !== "")).length;
  if (count > MAX_BULK_INVITATION_ROWS) {
    return fileError(
      `The file has ${count.toLocaleString("en-US")} applicant rows; at most ${MAX_BULK_INVITATION_ROWS.toLocaleString("en-US")} can be invited at once. Split it into smaller files.`,
    );
  }
  const header = readHeader(headerCells);
  errors.push(...header.errors);
  if (errors.length > 0) return { rows: [], errors, degreeAssumed: false };
  const { columns } = header;

  const rows: BulkInvitationRow[] = [];
  const firstRowOf = { email: new Map<string, number>(), aamcId: new Map<string, number>() };
  records.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((c) => c.trim() === "")) return; // blank lines (often a trailing newline)
    if (cells.length > headerCells.length) {
      errors.push({
        row: rowNumber,
        column: "",
        message: `This row has ${cells.length} values but the header has ${headerCells.length} columns (is there an unquoted comma in a name?).`,
      });
      return;
    }
    // Twins are found on the cells as typed (trimmed, the address lowercased), so a row that also
    // has another problem still names the row it repeats.
    const email = cellOf(cells, columns, "email").trim().toLowerCase();
    const aamcId = cellOf(cells, columns, "aamcId").trim();
    const emailTwin = email === "" ? undefined : firstRowOf.email.get(email);
    const aamcTwin = aamcId === "" ? undefined : firstRowOf.aamcId.get(aamcId);
    if (email !== "" && emailTwin === undefined) firstRowOf.email.set(email, rowNumber);
    if (aamcId !== "" && aamcTwin === undefined) firstRowOf.aamcId.set(aamcId, rowNumber);

    const result = readRow(rowNumber, cells, columns);
    const rowErrors = "errors" in result ? [...result.errors] : [];
    if (emailTwin !== undefined)
      rowErrors.push({ row: rowNumber, column: "Email", message: `${email} is also on row ${emailTwin}: each applicant may appear only once.` });
    if (aamcTwin !== undefined)
      rowErrors.push({ row: rowNumber, column: "AAMC ID", message: `AAMC ID ${aamcId} is also on row ${aamcTwin}: each applicant may appear only once.` });
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if ("row" in result) rows.push(result.row);
  });

  if (rows.length === 0 && errors.length === 0) return fileError("The file has a header row but no applicants.", 2);
  return { rows, errors: sortRowErrors(errors), degreeAssumed: !columns.has("degreeType") };
}

/** Bad rows in spreadsheet order, and within a row in the template's column order. */
export function sortRowErrors(errors: BulkRowError[]): BulkRowError[] {
  const order = ["", "Name", "First Name", "Last Name", "Email", "AAMC ID", "Specialty", "Degree"];
  return [...errors].sort((a, b) => a.row - b.row || order.indexOf(a.column) - order.indexOf(b.column));
}

/** "Row 3 (AAMC ID): ..." as a list line. */
export function describeRowError(error: BulkRowError): string {
  return `Row ${error.row}${error.column ? ` (${error.column})` : ""}: ${error.message}`;
}

export { DEGREE_LABELS, MAX_BULK_INVITATION_CHARACTERS, TOO_LARGE_MESSAGE };
