import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MAX_BULK_INVITATION_CHARACTERS,
  MAX_BULK_INVITATION_ROWS,
  describeRowError,
  parseBulkInvitationsCsv,
  sortRowErrors,
  type BulkRowError,
} from "@/lib/domain/bulk-invitations";

const template = readFileSync(fileURLToPath(new URL("../../public/templates/applicants-template.csv", import.meta.url)), "utf8");

const HEADER = "Name,Email,AAMC ID,Specialty";
const csv = (...lines: string[]) => lines.join("\n") + "\n";
const row = (n: number, extra = "") => `Applicant ${n},applicant${n}@school.edu,${String(10_000_000 + n)},Internal Medicine${extra}`;

function errorsOf(text: string): BulkRowError[] {
  const result = parseBulkInvitationsCsv(text);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

describe("parseBulkInvitationsCsv: good files", () => {
  it("reads the downloadable template", () => {
    const result = parseBulkInvitationsCsv(template);
    expect(result.errors).toEqual([]);
    expect(result.degreeAssumed).toBe(false);
    expect(result.rows.map((r) => r.degreeType)).toEqual(["US_MD", "US_DO", "IMG"]);
  });

  it("maps every column, numbers rows as a spreadsheet does and assumes US MD without a Degree column", () => {
    const result = parseBulkInvitationsCsv(csv(HEADER, "  Jane Doe , Jane.Doe@School.EDU ,12345678, Family Medicine ", "", row(2)));
    expect(result).toEqual({
      rows: [
        { row: 2, name: "Jane Doe", email: "jane.doe@school.edu", aamcId: "12345678", degreeType: "US_MD", specialty: "Family Medicine" },
        { row: 4, name: "Applicant 2", email: "applicant2@school.edu", aamcId: "10000002", degreeType: "US_MD", specialty: "Internal Medicine" },
      ],
      errors: [],
      degreeAssumed: true,
    });
  });

  it("matches headers whatever their case, spacing and order, ignores other columns, and reads a BOM and CRLF", () => {
    const text = "\uFEFFspecialty,  E-MAIL ADDRESS ,Phone,aamc id,Full Name,degree type\r\nSurgery,a@b.edu,555-0100,87654321,Ana B,us do\r\n";
    const result = parseBulkInvitationsCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([{ row: 2, name: "Ana B", email: "a@b.edu", aamcId: "87654321", degreeType: "US_DO", specialty: "Surgery" }]);
    expect(result.degreeAssumed).toBe(false);
  });

  it("accepts First Name and Last Name columns in place of Name", () => {
    const result = parseBulkInvitationsCsv(csv("First Name,Last Name,Email,AAMC ID,Specialty", "Ana,Bell,ana@b.edu,87654321,Surgery"));
    expect(result.rows[0]?.name).toBe("Ana Bell");
  });

  it.each([
    ["US MD", "US_MD"],
    ["MD", "US_MD"],
    ["US-DO", "US_DO"],
    ["DO", "US_DO"],
    ["IMG", "IMG"],
    ["International Medical Graduate", "IMG"],
  ])("reads the degree %s", (word, code) => {
    expect(parseBulkInvitationsCsv(csv(`${HEADER},Degree`, row(1, `,${word}`))).rows[0]?.degreeType).toBe(code);
  });
});

describe("parseBulkInvitationsCsv: bad rows", () => {
  it("lists every bad row with its row number and column, and returns only the good rows", () => {
    const result = parseBulkInvitationsCsv(
      csv(
        HEADER,
        row(1),
        "Bad Email,not-an-email,10000002,Surgery",
        "Short Id,short@school.edu,1234567,Surgery",
        "X,,,",
        row(5),
        "No Specialty,ns@school.edu,10000006,",
      ),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2, 6]);
    expect(result.errors).toEqual([
      { row: 3, column: "Email", message: 'Enter a valid email address, like name@school.edu. Found "not-an-email".' },
      {
        row: 4,
        column: "AAMC ID",
        message: 'AAMC ID must be exactly 8 digits. Found "1234567" (7 digits); if a leading zero was dropped, format the column as text.',
      },
      { row: 5, column: "Name", message: 'Enter the person\'s full name. Found "X".' },
      { row: 5, column: "Email", message: "Enter an email address." },
      { row: 5, column: "AAMC ID", message: "AAMC ID must be exactly 8 digits." },
      { row: 5, column: "Specialty", message: "Enter the specialty, e.g. Internal Medicine." },
      { row: 7, column: "Specialty", message: "Enter the specialty, e.g. Internal Medicine." },
    ]);
  });

  it("names the other row for an address or AAMC ID that appears twice, even when the repeat has other problems", () => {
    const errors = errorsOf(
      csv(HEADER, row(1), "Twin,APPLICANT1@school.edu,10000009,Surgery", "Other,other@school.edu,10000001,Surgery", "Both,applicant1@school.edu,10000001,"),
    );
    expect(errors).toEqual([
      { row: 3, column: "Email", message: "applicant1@school.edu is also on row 2: each applicant may appear only once." },
      { row: 4, column: "AAMC ID", message: "AAMC ID 10000001 is also on row 2: each applicant may appear only once." },
      { row: 5, column: "Email", message: "applicant1@school.edu is also on row 2: each applicant may appear only once." },
      { row: 5, column: "AAMC ID", message: "AAMC ID 10000001 is also on row 2: each applicant may appear only once." },
      { row: 5, column: "Specialty", message: "Enter the specialty, e.g. Internal Medicine." },
    ]);
  });

  it("refuses an unknown or blank degree in a Degree column", () => {
    const errors = errorsOf(csv(`${HEADER},Degree`, row(1, ",DVM"), row(2, ",")));
    expect(errors).toEqual([
      { row: 2, column: "Degree", message: 'Degree "DVM" must be US MD, US DO or IMG.' },
      { row: 3, column: "Degree", message: "Degree is blank: enter US MD, US DO or IMG." },
    ]);
  });

  it("refuses a row with more values than the header has columns", () => {
    expect(errorsOf(csv(HEADER, "Doe, Jane,jane@school.edu,12345678,Surgery"))).toEqual([
      { row: 2, column: "", message: "This row has 5 values but the header has 4 columns (is there an unquoted comma in a name?)." },
    ]);
  });
});

describe("parseBulkInvitationsCsv: the file as a whole", () => {
  it("refuses an empty file, a header without rows, and missing or repeated columns", () => {
    expect(errorsOf("")).toEqual([{ row: 1, column: "", message: expect.stringMatching(/^The file is empty/) }]);
    expect(errorsOf(" \n\n")[0]?.message).toMatch(/^The file is empty/);
    expect(errorsOf(csv(HEADER))).toEqual([{ row: 2, column: "", message: "The file has a header row but no applicants." }]);
    expect(errorsOf(csv("Name,Email,Email Address", "A,a@b.edu,a@b.edu"))).toEqual([
      { row: 1, column: "Email", message: 'The column Email appears twice ("Email Address").' },
      { row: 1, column: "AAMC ID", message: 'Missing column "AAMC ID" in the header row.' },
      { row: 1, column: "Specialty", message: 'Missing column "Specialty" in the header row.' },
    ]);
    expect(errorsOf(csv("Email,AAMC ID,Specialty", "a@b.edu,12345678,Surgery"))[0]?.message).toBe(
      'Missing column "Name" in the header row (or "First Name" and "Last Name").',
    );
  });

  it(`refuses more than ${MAX_BULK_INVITATION_ROWS} rows and more than 1 MB, saying so`, () => {
    const many = csv(HEADER, ...Array.from({ length: MAX_BULK_INVITATION_ROWS + 1 }, (_, i) => row(i + 1)));
    expect(errorsOf(many)).toEqual([{ row: 1, column: "", message: expect.stringMatching(/1,001 applicant rows; at most 1,000 can be invited at once/) }]);
    const exactly = csv(HEADER, ...Array.from({ length: MAX_BULK_INVITATION_ROWS }, (_, i) => row(i + 1)));
    expect(parseBulkInvitationsCsv(exactly).rows).toHaveLength(MAX_BULK_INVITATION_ROWS);
    const huge = csv(HEADER, `${"A".repeat(MAX_BULK_INVITATION_CHARACTERS)},a@b.edu,12345678,Surgery`);
    expect(errorsOf(huge)).toEqual([{ row: 1, column: "", message: expect.stringMatching(/larger than 1 MB/) }]);
  });

  it("reports a broken quote as a row error", () => {
    expect(errorsOf(csv(HEADER, '"Unclosed,a@b.edu,12345678,Surgery'))[0]).toMatchObject({ column: "", message: expect.stringMatching(/could not be read/) });
  });
});

describe("row errors as a list", () => {
  it("sorts by row, then in the template's column order, and reads as a line", () => {
    const sorted = sortRowErrors([
      { row: 4, column: "Email", message: "b" },
      { row: 2, column: "AAMC ID", message: "c" },
      { row: 2, column: "Name", message: "a" },
    ]);
    expect(sorted.map(describeRowError)).toEqual(["Row 2 (Name): a", "Row 2 (AAMC ID): c", "Row 4 (Email): b"]);
    expect(describeRowError({ row: 1, column: "", message: "Empty." })).toBe("Row 1: Empty.");
  });
});
