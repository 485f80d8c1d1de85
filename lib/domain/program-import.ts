// Parses the NRMP List of Unfilled Programs (as a school exports it to CSV) into program rows.
// Pure: text in, rows or row-level errors out. The import is all-or-nothing, so
// any error means no rows at all: a half-imported catalog would silently hide programs.
import Papa from "papaparse";
import { z } from "zod";
import { NRMP_PROGRAM_CODE as NRMP_CODE_PATTERN } from "./schemas";
import { type PositionType as PositionTypeCode, type ProgramSetting as ProgramSettingCode, type ProgramTier as ProgramTierCode } from "./types";
import { INT4_MAX, MAX_IMPORT_CHARACTERS } from "./limits";
import { APPLICATION_SERVICE_LABELS, APPLICATION_SERVICES, type ApplicationServiceCode } from "./types";

export interface ProgramRow {
  nrmpCode: string;
  name: string;
  specialty: string;
  positionType: PositionTypeCode;
  city: string;
  state: string;
  setting: ProgramSettingCode;
  tier: ProgramTierCode;
  openPositions: number;
  directorName: string;
  directorEmail: string;
  coordinatorName: string;
  coordinatorEmail: string;
  phone: string;
  prefersEmail: boolean;
  /**
   * Where applicants apply ("applied" means applied there). Absent when the file has no
   * Application Service column: a new program then gets ERAS, and a re-import of the NRMP list
   * (which has no such column) keeps what the school recorded. A blank cell means ERAS.
   */
  applicationService?: ApplicationServiceCode;
}

/** Upload limits: the largest List of Unfilled Programs is a few thousand rows. */
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportError {
  /** Spreadsheet numbering: the header is row 1, the first program row 2. */
  row: number;
  /** The column as the template names it ("Program Code"), or "" for the whole file. */
  column: string;
  message: string;
}

export type ProgramImportResult = { ok: true; rows: ProgramRow[] } | { ok: false; errors: ImportError[] };

type Field = keyof ProgramRow;

interface ColumnSpec {
  field: Field;
  label: string;
  required: boolean;
  /** Header spellings seen in NRMP exports and school spreadsheets, compared after normalizing. */
  aliases: string[];
}

const COLUMNS: ColumnSpec[] = [
  { field: "nrmpCode", label: "Program Code", required: true, aliases: ["programcode", "code", "nrmpcode", "nrmpprogramcode", "programnumber", "programid"] },
  { field: "name", label: "Program Name", required: true, aliases: ["programname", "name", "program", "institutionprogram", "programtitle"] },
  { field: "specialty", label: "Specialty", required: true, aliases: ["specialty", "speciality", "specialtyname"] },
  { field: "positionType", label: "Position Type", required: true, aliases: ["positiontype", "position", "type", "positioncode"] },
  { field: "city", label: "City", required: true, aliases: ["city", "programcity", "town"] },
  { field: "state", label: "State", required: true, aliases: ["state", "st", "programstate", "stateprovince", "region"] },
  { field: "setting", label: "Setting", required: true, aliases: ["setting", "programsetting", "programtype", "affiliation"] },
  { field: "tier", label: "Tier", required: true, aliases: ["tier", "programtier", "competitiveness"] },
  {
    field: "openPositions",
    label: "Open Positions",
    required: true,
    aliases: [
      "openpositions",
      "positions",
      "unfilledpositions",
      "positionsavailable",
      "availablepositions",
      "openings",
      "numberofpositions",
      "quota",
      "unfilled",
    ],
  },
  {
    field: "directorName",
    label: "Program Director",
    required: false,
    aliases: ["programdirector", "director", "pd", "directorname", "programdirectorname", "pdname"],
  },
  { field: "directorEmail", label: "Director Email", required: false, aliases: ["directoremail", "pdemail", "programdirectoremail", "directoremailaddress"] },
  {
    field: "coordinatorName",
    label: "Coordinator",
    required: false,
    aliases: ["coordinator", "coordinatorname", "programcoordinator", "programcoordinatorname"],
  },
  {
    field: "coordinatorEmail",
    label: "Coordinator Email",
    required: false,
    aliases: ["coordinatoremail", "programcoordinatoremail", "coordinatoremailaddress"],
  },
  { field: "phone", label: "Phone", required: false, aliases: ["phone", "phonenumber", "telephone", "programphone", "tel"] },
  {
    field: "prefersEmail",
    label: "Prefers Email",
    required: false,
    aliases: ["prefersemail", "emailonly", "prefersemailnocalls", "emailpreferred", "nocalls", "preferemail"],
  },
  {
    field: "applicationService",
    label: "Application Service",
    required: false,
    aliases: ["applicationservice", "applyvia", "applicationsystem", "applicationplatform", "service"],
  },
];

const LABEL: Record<Field, string> = Object.fromEntries(COLUMNS.map((c) => [c.field, c.label])) as Record<Field, string>;

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const ALIAS_TO_FIELD = new Map<string, Field>(COLUMNS.flatMap((c) => c.aliases.map((a) => [a, c.field] as const)));

// The 50 states, DC and the territories with NRMP programs (Puerto Rico has many).
const STATE_CODES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split(
    " ",
  ),
);

const POSITION_WORDS: Record<string, PositionTypeCode> = {
  c: "C",
  categorical: "C",
  m: "M",
  primarycare: "M",
  primary: "M",
  primarycarecategorical: "M",
  p: "P",
  preliminary: "P",
  prelim: "P",
  a: "A",
  advanced: "A",
  r: "R",
  physician: "R",
  reserved: "R",
};

const SETTING_WORDS: Record<string, ProgramSettingCode> = {
  university: "UNIVERSITY",
  universitybased: "UNIVERSITY",
  academic: "UNIVERSITY",
  universityacademic: "UNIVERSITY",
  communityacademic: "COMMUNITY_ACADEMIC",
  communitybasedacademic: "COMMUNITY_ACADEMIC",
  communityuniversityaffiliated: "COMMUNITY_ACADEMIC",
  universityaffiliated: "COMMUNITY_ACADEMIC",
  community: "COMMUNITY",
  communitybased: "COMMUNITY",
};

const TIER_WORDS: Record<string, ProgramTierCode> = {
  top: "TOP",
  toptier: "TOP",
  mid: "MID",
  middle: "MID",
  midtier: "MID",
  community: "COMMUNITY",
  communitytier: "COMMUNITY",
};

const SERVICE_WORDS: Record<string, ApplicationServiceCode> = {
  "": "ERAS",
  eras: "ERAS",
  residencycas: "RESIDENCY_CAS",
  other: "OTHER",
  programsownprocess: "OTHER",
  ownprocess: "OTHER",
};

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0", ""]);

/** A string field mapped through a word table; the message names every accepted value. */
function wordField<T extends string>(table: Record<string, T>, message: (raw: string) => string) {
  return z.string().transform((raw, ctx) => {
    const hit = table[normalizeHeader(raw)];
    if (hit === undefined) {
      ctx.addIssue({ code: "custom", message: message(raw) });
      return z.NEVER;
    }
    return hit;
  });
}

const optionalEmail = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: (issue) => `${label} "${String(issue.input)}" is not a valid email address` });

const required = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} is required` });

const rowSchema = z
  .object({
    nrmpCode: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .superRefine((code, ctx) => {
        if (code === "") ctx.addIssue({ code: "custom", message: "Program Code is required" });
        else if (NRMP_CODE_PATTERN.test(code)) return;
        else if (/^\d{7}[A-Z]\d{1,3}$/.test(code)) ctx.addIssue({ code: "custom", message: "position type must be C, M, P, A or R" });
        else
          ctx.addIssue({
            code: "custom",
            message: "must be a 4-digit institution code, a 3-digit specialty code, a position letter (C, M, P, A or R) and 1–3 track digits, e.g. 1000140C0",
          });
      }),
    name: required("Program Name"),
    specialty: required("Specialty"),
    positionType: wordField(
      POSITION_WORDS,
      (raw) => `Position Type "${raw}" must be C (categorical), M (primary care), P (preliminary), A (advanced) or R (physician)`,
    ),
    city: required("City"),
    state: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => STATE_CODES.has(v), { error: (issue) => `state must be a two-letter US state code such as OH or TX (got "${String(issue.input)}")` }),
    setting: wordField(SETTING_WORDS, (raw) => `Setting "${raw}" must be University, Community-based academic or Community`),
    tier: wordField(TIER_WORDS, (raw) => `Tier "${raw}" must be Top, Mid or Community`),
    openPositions: z
      .string()
      .trim()
      .transform((raw, ctx) => {
        // Whole numbers only: "2.5 positions" or "-1" is a typo, not a number to round.
        const n = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < 1 || n > INT4_MAX) {
          ctx.addIssue({ code: "custom", message: `Open Positions must be a whole number from 1 to ${INT4_MAX.toLocaleString("en-US")} (got "${raw}")` });
          return z.NEVER;
        }
        return n;
      }),
    directorName: z.string().trim(),
    directorEmail: optionalEmail("Director Email"),
    coordinatorName: z.string().trim(),
    coordinatorEmail: optionalEmail("Coordinator Email"),
    phone: z.string().trim(),
    prefersEmail: z.string().transform((raw, ctx) => {
      const v = raw.trim().toLowerCase();
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      ctx.addIssue({ code: "custom", message: `Prefers Email "${raw}" must be Yes, No, Y, N, true or false` });
      return z.NEVER;
    }),
    applicationService: wordField(
      SERVICE_WORDS,
      (raw) => `Application Service "${raw.trim()}" must be ERAS, ResidencyCAS or Other (the program's own process); leave it blank for ERAS`,
    ).optional(),
  })
  .superRefine((row, ctx) => {
    // The letter in the code and the Position Type column describe the same thing; if they
    // disagree one of them is a typo, and guessing which would put a program in the wrong track.
    const letter = /^\d{7}([A-Z])/.exec(row.nrmpCode)?.[1];
    if (NRMP_CODE_PATTERN.test(row.nrmpCode) && letter !== undefined && letter !== row.positionType) {
      ctx.addIssue({
        code: "custom",
        path: ["nrmpCode"],
        message: `position letter ${letter} does not match Position Type ${row.positionType}`,
      });
    }
  });

const FIELD_ORDER: Field[] = COLUMNS.map((c) => c.field);

function fileError(row: number, message: string): ProgramImportResult {
  return { ok: false, errors: [{ row, column: "", message }] };
}

export function parseUnfilledProgramsCsv(text: string): ProgramImportResult {
  const source = text.replace(/^\uFEFF/, "");
  if (source.trim() === "") return fileError(1, "The file is empty: expected a header row and one row per program.");
  if (source.length > MAX_IMPORT_CHARACTERS) {
    return fileError(1, `The file is larger than ${MAX_IMPORT_CHARACTERS / 1_000_000} MB; split it into smaller files and import them one after another.`);
  }

  // header: false so that row numbers, duplicate headers and missing columns are ours to report
  // exactly; Papa's header mode renames duplicates and numbers rows after skipping blanks.
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false });
  const errors: ImportError[] = [];
  for (const e of parsed.errors) {
    if (e.type === "Delimiter") continue; // a one-column file: the missing-column check says more
    errors.push({ row: (e.row ?? 0) + 1, column: "", message: `The CSV could not be read: ${e.message}` });
  }

  const [headerCells = [], ...records] = parsed.data;
  const programCount = records.filter((cells) => cells.some((c) => c.trim() !== "")).length;
  if (programCount > MAX_IMPORT_ROWS) {
    return fileError(
      1,
      `The file has ${programCount.toLocaleString("en-US")} rows; at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} programs can be imported at once. Split it into smaller files.`,
    );
  }
  const columnIndex = new Map<Field, number>();
  headerCells.forEach((cell, index) => {
    const field = ALIAS_TO_FIELD.get(normalizeHeader(cell));
    if (field === undefined) return; // extra columns (notes, NRMP internal ids) are ignored
    if (columnIndex.has(field)) {
      errors.push({ row: 1, column: LABEL[field], message: `The column ${LABEL[field]} appears twice in the header ("${cell.trim()}")` });
    } else {
      columnIndex.set(field, index);
    }
  });
  for (const spec of COLUMNS) {
    if (spec.required && !columnIndex.has(spec.field)) {
      errors.push({ row: 1, column: spec.label, message: `Missing column "${spec.label}" in the header row` });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: ProgramRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  records.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((c) => c.trim() === "")) return; // blank lines (often a trailing newline)
    if (cells.length > headerCells.length) {
      errors.push({
        row: rowNumber,
        column: "",
        message: `Row ${rowNumber} has ${cells.length} values but the header has ${headerCells.length} columns (is there an unquoted comma?)`,
      });
      return;
    }
    const raw: Record<string, string> = {};
    for (const field of FIELD_ORDER) {
      const i = columnIndex.get(field);
      if (i === undefined && field === "applicationService") continue; // absent: keep what is stored
      raw[field] = i === undefined ? "" : (cells[i] ?? "");
    }
    const codeForMessages = (raw.nrmpCode ?? "").trim().toUpperCase();
    const prefix = codeForMessages === "" ? `Row ${rowNumber}` : `Program Code ${codeForMessages}`;

    const result = rowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path[0] as Field | undefined;
        errors.push({ row: rowNumber, column: field ? LABEL[field] : "", message: `${prefix}: ${issue.message}` });
      }
      return;
    }
    const row = result.data;
    const firstRow = firstRowOfCode.get(row.nrmpCode);
    if (firstRow !== undefined) {
      errors.push({
        row: rowNumber,
        column: LABEL.nrmpCode,
        message: `Program Code ${row.nrmpCode}: duplicate of row ${firstRow}; each program may appear only once`,
      });
      return;
    }
    firstRowOfCode.set(row.nrmpCode, rowNumber);
    rows.push(row);
  });

  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return fileError(2, "The file has a header row but no programs.");
  return { ok: true, rows };
}

export { MAX_IMPORT_CHARACTERS };

export { APPLICATION_SERVICE_LABELS, APPLICATION_SERVICES, type ApplicationServiceCode };
