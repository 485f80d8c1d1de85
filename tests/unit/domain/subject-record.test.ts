// An applicant's whole record as the dean's office downloads it: the CSV has one line per field
// of each item, times in the school's zone, formulas neutralised and empty sections said; the JSON
// is the record as stored; the file is named by AAMC ID and the school's day, and never cached.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  RECORD_SECTIONS,
  subjectRecordCsv,
  subjectRecordFilename,
  subjectRecordHeaders,
  subjectRecordJson,
  type SubjectRecord,
} from "@/lib/domain/privacy/subject-record";

const at = (iso: string) => new Date(iso);

function record(): SubjectRecord {
  const empty = Object.fromEntries(RECORD_SECTIONS.map((s) => [s, []])) as unknown as Omit<SubjectRecord, "exportedAt" | "school" | "applicant">;
  return {
    ...empty,
    // 02:00 UTC on 9 April is the evening of 8 April in New York.
    exportedAt: at("2026-04-09T02:00:00Z"),
    school: { name: "Northfield", timeZone: "America/New_York" },
    applicant: {
      name: "José Álvarez-Núñez",
      email: "jose@example.edu",
      aamcId: "20000001",
      degreeType: "US_MD",
      step2Score: 231,
      specialty: "Internal Medicine",
      phone: "555-0100",
      phoneLoud: true,
      voicemailReady: false,
      erasUpdated: true,
      contactCurrent: true,
      createdAt: at("2026-03-01T15:00:00Z"),
    },
    redFlags: [{ kind: "STEP_FAILURE", context: '=HYPERLINK("http://evil")', createdAt: at("2026-03-02T15:00:00Z") }],
    narratives: [
      {
        version: 1,
        strengths: ["Clinically strong", "Reliable"],
        weaknessContext: ["Failed Step 1, passed on retake"],
        reliability: "Never late.",
        author: "José",
        savedAt: at("2026-03-03T15:00:00Z"),
      },
    ],
  };
}

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("subjectRecordCsv", () => {
  const rows = rowsOf(subjectRecordCsv(record()));

  it("opens with the header and one line per field, times in the school's zone", () => {
    expect(rows[0]).toEqual(["Section", "Item", "Field", "Value"]);
    expect(rows).toContainEqual(["export", "1", "exportedAt", "2026-04-08 22:00 EDT"]);
    expect(rows).toContainEqual(["applicant", "1", "name", "José Álvarez-Núñez"]);
    expect(rows).toContainEqual(["applicant", "1", "step2Score", "231"]);
    expect(rows).toContainEqual(["applicant", "1", "voicemailReady", "No"]);
    expect(rows).toContainEqual(["narratives", "1", "strengths", "Clinically strong; Reliable"]);
    expect(rows).toContainEqual(["narratives", "1", "weaknessContext", "Failed Step 1, passed on retake"]);
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    expect(rows).toContainEqual(["redFlags", "1", "context", '\'=HYPERLINK("http://evil")']);
  });

  it("says so for a section with nothing in it, so no section is silently missing", () => {
    for (const section of RECORD_SECTIONS.filter((s) => !["redFlags", "narratives"].includes(s))) expect(rows).toContainEqual([section, "", "", "none"]);
  });

  it("is a file Excel opens as UTF-8 with CRLF lines", () => {
    const csv = subjectRecordCsv(record());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
  });
});

describe("subjectRecordJson", () => {
  it("is the record as stored, times in UTC", () => {
    const parsed = JSON.parse(subjectRecordJson(record())) as Record<string, unknown>;
    expect(parsed.exportedAt).toBe("2026-04-09T02:00:00.000Z");
    expect((parsed.applicant as Record<string, unknown>).email).toBe("jose@example.edu");
    // Every section is there, an empty one as an empty list.
    expect(Object.keys(parsed).sort()).toEqual(["applicant", "exportedAt", "school", ...RECORD_SECTIONS].sort());
    expect(parsed.offers).toEqual([]);
  });
});

describe("the download", () => {
  it("is named by the AAMC ID and the school's day, and never cached", () => {
    expect(subjectRecordFilename(record(), "csv")).toBe("soap-desk-record-20000001-2026-04-08.csv");
    expect(subjectRecordHeaders(record(), "json")).toEqual({
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="soap-desk-record-20000001-2026-04-08.json"',
      "cache-control": "no-store",
    });
    expect(subjectRecordHeaders(record(), "csv")["content-type"]).toBe("text/csv; charset=utf-8");
  });
});
