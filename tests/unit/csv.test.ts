// CSV exports open cleanly in Excel: a BOM, CRLF, RFC 4180 quoting, and no cell a spreadsheet
// would run as a formula. Runs under Asia/Tokyo (vitest.config.ts), so a time shown in the
// server's zone instead of the school's fails here.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { DashboardRow } from "@/lib/domain/alerts";
import {
  contactLogCsvRows,
  csvDownloadHeaders,
  dashboardCsvRows,
  dateInZone,
  exportFilename,
  formatCsvTime,
  neutraliseCell,
  toCsv,
  type ContactLogEntry,
} from "@/lib/domain/csv";

const ET = "America/New_York";

/** The file without its BOM, parsed back as a spreadsheet would read it. */
function parse(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { header: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("neutraliseCell", () => {
  it.each([
    ["=", '=HYPERLINK("http://evil","click")'],
    ["+", "+1+1"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A2)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
    ["NUL", "\0=1+1"],
    ["full-width =", "\uFF1D1+1"],
    ["full-width +", "\uFF0B1"],
    ["full-width -", "\uFF0D1"],
    ["full-width @", "\uFF20SUM(A1)"],
  ])("prefixes an apostrophe to text starting with %s", (_name, value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it("leaves a harmless '-' inside text, and ordinary text, untouched", () => {
    expect(neutraliseCell("Álvarez-Núñez")).toBe("Álvarez-Núñez");
    expect(neutraliseCell("Spoke with the PD - will apply")).toBe("Spoke with the PD - will apply");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell(" =1+1")).toBe(" =1+1");
    expect(neutraliseCell("")).toBe("");
  });

  it("passes numbers through as numbers, negative ones included", () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(0)).toBe(0);
    expect(neutraliseCell(45)).toBe(45);
    expect(neutraliseCell(Number.NaN)).toBe("");
  });

  it("writes an empty cell for null", () => {
    expect(neutraliseCell(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and separates lines with CRLF, with no bare LF", () => {
    const csv = toCsv(
      ["Name", "Count"],
      [
        ["José", 1],
        ["Zoë", 2],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFName,Count\r\nJosé,1\r\nZoë,2");
    expect(/(?<!\r)\n/.test(csv)).toBe(false);
  });

  it("quotes commas, double quotes and newlines, and they read back intact", () => {
    const cells = ["Smith, Jane", 'She said "call me"', "line one\nline two", "line one\r\nline two"];
    const csv = toCsv(["A", "B", "C", "D"], [cells]);
    expect(csv).toContain('"Smith, Jane","She said ""call me""","line one\nline two"');
    expect(parse(csv)).toEqual([["A", "B", "C", "D"], cells]);
  });

  it("neutralises every cell, and a neutralised formula reads back as text with its apostrophe", () => {
    const csv = toCsv(
      ["Summary", "Delta"],
      [
        ['=HYPERLINK("http://evil")', -3],
        ["-harmless? no: leading", null],
      ],
    );
    expect(parse(csv)).toEqual([
      ["Summary", "Delta"],
      ['\'=HYPERLINK("http://evil")', "-3"],
      ["'-harmless? no: leading", ""],
    ]);
    // The negative number is written bare, as a number, not as "'-3".
    expect(csv).toContain(",-3\r\n");
  });

  it("writes the header alone for no rows", () => {
    expect(toCsv(["A", "B"], [])).toBe("\uFEFFA,B");
  });
});

describe("times and file names in the school's zone", () => {
  // 02:30 UTC on 20 March is still 19 March in New York (and 20 March in Tokyo).
  const lateEvening = new Date("2026-03-20T02:30:00Z");

  it("formats a time as the school's wall clock with its zone", () => {
    expect(formatCsvTime(new Date("2026-03-19T14:05:00Z"), ET)).toBe("2026-03-19 10:05 EDT");
    expect(formatCsvTime(new Date("2026-01-05T05:00:00Z"), ET)).toBe("2026-01-05 00:00 EST");
    expect(formatCsvTime(lateEvening, ET)).toBe("2026-03-19 22:30 EDT");
  });

  it("dates the file by the school's day, not the server's", () => {
    expect(dateInZone(lateEvening, ET)).toBe("2026-03-19");
    expect(exportFilename("dashboard", lateEvening, ET)).toBe("soap-desk-dashboard-2026-03-19.csv");
    expect(exportFilename("contacts", lateEvening, ET)).toBe("soap-desk-contacts-2026-03-19.csv");
  });

  it("answers a download that is never cached", () => {
    expect(csvDownloadHeaders("soap-desk-dashboard-2026-03-19.csv")).toEqual({
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="soap-desk-dashboard-2026-03-19.csv"',
      "cache-control": "no-store",
    });
  });
});

function dashboardRow(overrides: Partial<DashboardRow> = {}): DashboardRow {
  return {
    openOverrides: 0,
    applicantId: "a1",
    fullName: "José Álvarez-Núñez",
    specialty: "Internal Medicine",
    strategy: "red-flag",
    targets: 12,
    applied: 10,
    maxApplications: 45,
    ownEmails: 4,
    facultyPrograms: 2,
    facultyCap: 8,
    advocates: [
      { advocateId: "v1", name: "Dr. Eleanor Hargrove" },
      { advocateId: "v2", name: "Dr. Sam Okafor" },
    ],
    activeAdvocates: 2,
    inboundContacts: 1,
    interviews: 1,
    pendingOffers: 1,
    nextDeadline: new Date("2026-03-19T17:00:00Z"),
    accepted: false,
    acceptedProgram: null,
    alerts: [
      { code: "THIN_LIST", severity: "medium", message: "12 programs on the target list.", programId: null },
      { code: "PROGRAM_SATURATION", severity: "low", message: "Program A saturated.", programId: "p1" },
      { code: "PROGRAM_SATURATION", severity: "low", message: "Program B saturated.", programId: "p2" },
    ],
    ...overrides,
  };
}

describe("dashboardCsvRows", () => {
  it("gives one row per applicant, the numbers as numbers, lists joined and the deadline in the school's zone", () => {
    const { headers, rows } = dashboardCsvRows([dashboardRow()], ET);
    expect(headers).toEqual([
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
    ]);
    expect(rows).toEqual([
      [
        "José Álvarez-Núñez",
        "Internal Medicine",
        "Red flag",
        12,
        10,
        45,
        4,
        2,
        8,
        "Dr. Eleanor Hargrove; Dr. Sam Okafor",
        1,
        1,
        1,
        "2026-03-19 13:00 EDT",
        "No",
        "",
        "Thin list; Program saturation",
        "12 programs on the target list.; Program A saturated.; Program B saturated.",
      ],
    ]);
  });

  it("shows an accepted applicant with no deadline, advocates or alerts as blanks", () => {
    const row = dashboardRow({ accepted: true, acceptedProgram: "Lakemont IM", nextDeadline: null, pendingOffers: 0, advocates: [], alerts: [] });
    const [cells] = dashboardCsvRows([row], ET).rows;
    expect(cells?.slice(9, 18)).toEqual(["", 1, 1, 0, "", "Yes", "Lakemont IM", "", ""]);
  });

  it("round-trips through toCsv with a formula-looking name neutralised", () => {
    const { headers, rows } = dashboardCsvRows([dashboardRow({ fullName: "=cmd|' /C calc'!A0" })], ET);
    const [, first] = parse(toCsv(headers, rows));
    expect(first?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(first?.[3]).toBe("12");
  });
});

describe("contactLogCsvRows", () => {
  const entry: ContactLogEntry = {
    occurredAt: new Date("2026-03-19T14:05:00Z"),
    applicantName: "José Álvarez-Núñez",
    aamcId: "20000001",
    programName: "Lakemont IM",
    nrmpCode: "1000140C0",
    actorName: "Dr. Eleanor Hargrove",
    actorRole: "ADVOCATE",
    advocateKind: "PROGRAM_DIRECTOR",
    direction: "OUTBOUND",
    channel: "PHONE",
    outcome: "SPOKE",
    summary: "Spoke with the PD, will follow up",
    narrativeVersion: 3,
  };

  it("gives one row per contact with who, what and when in the school's zone", () => {
    const { headers, rows } = contactLogCsvRows(
      [
        entry,
        {
          ...entry,
          actorName: "José Álvarez-Núñez",
          actorRole: "APPLICANT",
          advocateKind: null,
          direction: "INBOUND",
          channel: "EMAIL",
          outcome: "INTERVIEW_OFFERED",
          summary: "",
          narrativeVersion: null,
        },
      ],
      ET,
    );
    expect(headers).toEqual([
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
    ]);
    expect(rows).toEqual([
      [
        "2026-03-19 10:05 EDT",
        "José Álvarez-Núñez",
        "20000001",
        "Lakemont IM",
        "1000140C0",
        "Dr. Eleanor Hargrove",
        "Advocate (program director)",
        "Outbound",
        "Phone",
        "spoke",
        "Spoke with the PD, will follow up",
        3,
      ],
      [
        "2026-03-19 10:05 EDT",
        "José Álvarez-Núñez",
        "20000001",
        "Lakemont IM",
        "1000140C0",
        "José Álvarez-Núñez",
        "Applicant",
        "Inbound",
        "Email",
        "interview offered",
        "",
        null,
      ],
    ]);
  });
});
