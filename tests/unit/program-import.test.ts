import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseUnfilledProgramsCsv, type ImportError } from "@/lib/domain/program-import";
import { checkDemoPlan } from "@/prisma/seed-data/check-demo-plan";
import { demoFrame, demoPlans } from "@/prisma/seed-data/demo-outreach";
import { placeDemoSeason } from "@/lib/domain/demo-season";

const seedCsv = readFileSync(fileURLToPath(new URL("../../prisma/seed-data/unfilled-programs.csv", import.meta.url)), "utf8");

const HEADER =
  "Program Code,Program Name,Specialty,Position Type,City,State,Setting,Tier,Open Positions,Program Director,Director Email,Coordinator,Coordinator Email,Phone,Prefers Email";
const GOOD_IM =
  "1000140C0,Lakemont IM,Internal Medicine,C,Albany,NY,UNIVERSITY,TOP,2,Miriam Okafor,miriam.okafor@lakemont.example.edu,Jason Pruitt,jason.pruitt@lakemont.example.edu,(518) 555-0141,Yes";
const GOOD_TY =
  "1034999P0,Briar Creek TY,Transitional Year,P,Dayton,OH,COMMUNITY_ACADEMIC,MID,2,Laura Kessler,laura.kessler@briarcreek.example.org,Dana Whitfield,dana.whitfield@briarcreek.example.org,(937) 555-0118,No";

function csv(...lines: string[]): string {
  return lines.join("\n") + "\n";
}

/** Asserts the all-or-nothing contract and returns the errors for closer checks. */
function expectErrors(text: string): ImportError[] {
  const result = parseUnfilledProgramsCsv(text);
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty("rows");
  if (result.ok) throw new Error("unreachable");
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

describe("parseUnfilledProgramsCsv: the seed list", () => {
  it("parses the demo List of Unfilled Programs into about 60 valid, unique programs", () => {
    const result = parseUnfilledProgramsCsv(seedCsv);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.rows.length).toBeGreaterThanOrEqual(55);
    expect(result.rows.length).toBeLessThanOrEqual(65);
    expect(new Set(result.rows.map((r) => r.nrmpCode)).size).toBe(result.rows.length);
    for (const row of result.rows) {
      expect(row.nrmpCode).toMatch(/^\d{4}\d{3}[CMPAR]\d{1,3}$/);
      expect(row.nrmpCode.charAt(7)).toBe(row.positionType);
      expect(row.openPositions).toBeGreaterThan(0);
      expect(row.directorEmail).toMatch(/@[a-z]+\.example\.(org|edu)$/);
    }
    // The demo needs email-only programs and all three settings to show those screens.
    expect(result.rows.filter((r) => r.prefersEmail).length).toBeGreaterThanOrEqual(5);
    expect(new Set(result.rows.map((r) => r.setting))).toEqual(new Set(["UNIVERSITY", "COMMUNITY_ACADEMIC", "COMMUNITY"]));
    expect(new Set(result.rows.map((r) => r.state)).size).toBeGreaterThanOrEqual(20);
  });

  it("maps every column of a row", () => {
    const result = parseUnfilledProgramsCsv(csv(HEADER, GOOD_IM));
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          nrmpCode: "1000140C0",
          name: "Lakemont IM",
          specialty: "Internal Medicine",
          positionType: "C",
          city: "Albany",
          state: "NY",
          setting: "UNIVERSITY",
          tier: "TOP",
          openPositions: 2,
          directorName: "Miriam Okafor",
          directorEmail: "miriam.okafor@lakemont.example.edu",
          coordinatorName: "Jason Pruitt",
          coordinatorEmail: "jason.pruitt@lakemont.example.edu",
          phone: "(518) 555-0141",
          prefersEmail: true,
        },
      ],
    });
  });
});

describe("parseUnfilledProgramsCsv: lenient where spreadsheets vary", () => {
  it("accepts header spelling variants in any case, words for enums and Y/N/true/false", () => {
    const text = csv(
      "\uFEFFNRMP code,PROGRAM NAME,specialty,position,city,st,Program Setting,tier,Positions Available,Prefers email (no calls)",
      "1000140c0,A,Internal Medicine,Categorical,Albany,ny,University,Top,2,y",
      "1034999P0,B,Transitional Year,preliminary,Dayton,OH,Community-based academic,Mid,1,N",
      "1057120C0,C,Family Medicine,C,Toledo,OH,Community,community,1,true",
      "1120120C0,D,Family Medicine,C,Erie,PA,Community,community,1,false",
      "",
    );
    const result = parseUnfilledProgramsCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows.map((r) => [r.nrmpCode, r.positionType, r.state, r.setting, r.tier, r.prefersEmail])).toEqual([
      ["1000140C0", "C", "NY", "UNIVERSITY", "TOP", true],
      ["1034999P0", "P", "OH", "COMMUNITY_ACADEMIC", "MID", false],
      ["1057120C0", "C", "OH", "COMMUNITY", "COMMUNITY", true],
      ["1120120C0", "C", "PA", "COMMUNITY", "COMMUNITY", false],
    ]);
    expect(result.rows[0]?.directorName).toBe("");
  });

  it("accepts 11-character codes with three track digits", () => {
    const result = parseUnfilledProgramsCsv(csv(HEADER, GOOD_IM.replace("1000140C0", "1000140C123")));
    expect(result.ok && result.rows[0]?.nrmpCode).toBe("1000140C123");
  });
});

describe("parseUnfilledProgramsCsv: bad input is refused with row-level errors and no rows", () => {
  it("refuses an unknown position letter in the code", () => {
    const errors = expectErrors(csv(HEADER, GOOD_TY, GOOD_IM.replace("1000140C0", "1000140X0")));
    expect(errors).toEqual([{ row: 3, column: "Program Code", message: "Program Code 1000140X0: position type must be C, M, P, A or R" }]);
  });

  it("refuses a code of the wrong shape", () => {
    const errors = expectErrors(csv(HEADER, GOOD_IM.replace("1000140C0", "100140C0")));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 2, column: "Program Code" });
    expect(errors[0]?.message).toMatch(/^Program Code 100140C0: must be a 4-digit institution code, a 3-digit specialty code/);
  });

  it("refuses a position letter that disagrees with the Position Type column", () => {
    const errors = expectErrors(csv(HEADER, GOOD_IM.replace(",C,Albany", ",P,Albany")));
    expect(errors).toEqual([{ row: 2, column: "Program Code", message: "Program Code 1000140C0: position letter C does not match Position Type P" }]);
  });

  it("refuses an unknown state", () => {
    const errors = expectErrors(csv(HEADER, GOOD_TY, GOOD_IM.replace(",NY,", ",ZZ,")));
    expect(errors).toEqual([
      { row: 3, column: "State", message: 'Program Code 1000140C0: state must be a two-letter US state code such as OH or TX (got "ZZ")' },
    ]);
  });

  it("refuses negative, zero, fractional and out-of-range open positions", () => {
    // 2,147,483,648 and beyond do not fit the database's integer column.
    for (const bad of ["-2", "0", "1.5", "two", "2147483648", "3000000000", "99999999999999999999"]) {
      const errors = expectErrors(csv(HEADER, GOOD_IM.replace(",TOP,2,", `,TOP,${bad},`)));
      expect(errors).toEqual([
        {
          row: 2,
          column: "Open Positions",
          message: `Program Code 1000140C0: Open Positions must be a whole number from 1 to 2,147,483,647 (got "${bad}")`,
        },
      ]);
    }
  });

  it("takes the largest number the database holds as open positions", () => {
    const result = parseUnfilledProgramsCsv(csv(HEADER, GOOD_IM.replace(",TOP,2,", ",TOP,2147483647,")));
    expect(result.ok && result.rows[0]?.openPositions).toBe(2_147_483_647);
  });

  it("refuses a header without a required column, naming it", () => {
    const header = HEADER.replace("State,", "");
    const row = GOOD_IM.replace(",NY,", ",");
    const errors = expectErrors(csv(header, row));
    expect(errors).toEqual([{ row: 1, column: "State", message: 'Missing column "State" in the header row' }]);
  });

  it("refuses a code that appears twice, pointing at the first row", () => {
    const errors = expectErrors(csv(HEADER, GOOD_IM, GOOD_TY, GOOD_IM));
    expect(errors).toEqual([{ row: 4, column: "Program Code", message: "Program Code 1000140C0: duplicate of row 2; each program may appear only once" }]);
  });

  it("refuses an empty file and a header with no programs", () => {
    expect(expectErrors("")).toEqual([{ row: 1, column: "", message: "The file is empty: expected a header row and one row per program." }]);
    expect(expectErrors("  \n\n")).toHaveLength(1);
    expect(expectErrors(csv(HEADER))).toEqual([{ row: 2, column: "", message: "The file has a header row but no programs." }]);
  });

  it("refuses bad enums, emails and Prefers Email values with specific messages", () => {
    const row = GOOD_IM.replace("UNIVERSITY,TOP", "Hospital,Elite").replace("miriam.okafor@lakemont.example.edu", "miriam.okafor").replace(",Yes", ",maybe");
    const errors = expectErrors(csv(HEADER, row));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Setting"],
      [2, "Tier"],
      [2, "Director Email"],
      [2, "Prefers Email"],
    ]);
    expect(errors[0]?.message).toBe('Program Code 1000140C0: Setting "Hospital" must be University, Community-based academic or Community');
    expect(errors[3]?.message).toBe('Program Code 1000140C0: Prefers Email "maybe" must be Yes, No, Y, N, true or false');
  });

  it("refuses a row with more values than the header (an unquoted comma)", () => {
    const errors = expectErrors(csv(HEADER, GOOD_IM.replace("Lakemont IM", "Lakemont, IM")));
    expect(errors).toEqual([{ row: 2, column: "", message: "Row 2 has 16 values but the header has 15 columns (is there an unquoted comma?)" }]);
  });

  it("returns no rows when one bad row sits among good ones, and reports every bad row", () => {
    const lines = seedCsv.trimEnd().split("\n");
    lines[10] = (lines[10] ?? "").replace(/,(\d+),([A-Z][a-z]+ [A-Z])/, ",-1,$2");
    lines[40] = (lines[40] ?? "").replace(/^(\d{7})[A-Z]/, "$1Q");
    const errors = expectErrors(lines.join("\n"));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [11, "Open Positions"],
      [41, "Program Code"],
    ]);
  });
});

describe("parseUnfilledProgramsCsv: the Application Service column", () => {
  const WITH_SERVICE = `${HEADER},Application Service`;

  it("accepts ERAS, ResidencyCAS and Other in their usual spellings, blank meaning ERAS", () => {
    const spellings: [string, string][] = [
      ["ERAS", "ERAS"],
      ["eras", "ERAS"],
      ["", "ERAS"],
      ["  ", "ERAS"],
      ["ResidencyCAS", "RESIDENCY_CAS"],
      ["Residency CAS", "RESIDENCY_CAS"],
      ["RESIDENCY_CAS", "RESIDENCY_CAS"],
      ["Other", "OTHER"],
      ["program's own process", "OTHER"],
      ["Program’s own process", "OTHER"],
    ];
    for (const [cell, service] of spellings) {
      const result = parseUnfilledProgramsCsv(csv(WITH_SERVICE, `${GOOD_IM},${cell}`));
      if (!result.ok) throw new Error(`${cell}: ${JSON.stringify(result.errors)}`);
      expect([cell, result.rows[0]?.applicationService]).toEqual([cell, service]);
    }
  });

  it("reads header variants of the column", () => {
    for (const header of ["Application Service", "application_service", "Apply via"]) {
      const result = parseUnfilledProgramsCsv(csv(`${HEADER},${header}`, `${GOOD_IM},ResidencyCAS`));
      expect(result.ok && result.rows[0]?.applicationService).toBe("RESIDENCY_CAS");
    }
  });

  it("leaves the service out when the file has no such column, so a re-import keeps the stored one", () => {
    const result = parseUnfilledProgramsCsv(csv(HEADER, GOOD_IM));
    expect(result.ok && "applicationService" in (result.rows[0] ?? {})).toBe(false);
  });

  it("refuses any other service, naming the accepted values", () => {
    const errors = expectErrors(csv(WITH_SERVICE, `${GOOD_IM},ERAS`, `${GOOD_TY},AMCAS`));
    expect(errors).toEqual([
      {
        row: 3,
        column: "Application Service",
        message: `Program Code 1034999P0: Application Service "AMCAS" must be ERAS, ResidencyCAS or Other (the program's own process); leave it blank for ERAS`,
      },
    ]);
  });

  it("lists a bad service beside the row's other problems", () => {
    const errors = expectErrors(csv(WITH_SERVICE, `${GOOD_IM.replace(",NY,", ",ZZ,")},Common App`));
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "State"],
      [2, "Application Service"],
    ]);
  });
});

describe("parseUnfilledProgramsCsv: upload limits", () => {
  it("refuses more than 20,000 programs with a clear message", () => {
    const lines = Array.from({ length: 20_001 }, () => GOOD_IM);
    const errors = expectErrors(csv(HEADER, ...lines));
    expect(errors).toEqual([
      { row: 1, column: "", message: "The file has 20,001 rows; at most 20,000 programs can be imported at once. Split it into smaller files." },
    ]);
  });

  it("refuses a file larger than 5 MB", () => {
    const errors = expectErrors(csv(HEADER, GOOD_IM, "x".repeat(5_000_001)));
    expect(errors[0]?.message).toMatch(/^The file is larger than 5 MB/);
  });
});

describe("the demo school built on the seed list", () => {
  const result = parseUnfilledProgramsCsv(seedCsv);
  const rows = result.ok ? result.rows : [];

  // Seeded on a weekday morning, late on a Saturday night, in December, across the spring and
  // autumn clock changes, and just before midnight (the interview "today" moves earlier).
  const instants = [
    "2026-12-07T14:05:00Z",
    "2026-12-13T04:59:00Z",
    "2026-12-24T23:30:00Z",
    "2027-03-14T06:40:00Z",
    "2026-11-01T05:59:59Z",
    "2026-07-10T03:45:00Z",
  ];
  const frameAt = (iso: string) => demoFrame(placeDemoSeason(new Date(iso), "America/New_York"), new Date(iso));

  it.each(instants)("obeys the SOAP rules of program-initiated mode when seeded at %s (the seed refuses to run otherwise)", (iso) => {
    expect(checkDemoPlan(rows, frameAt(iso))).toEqual([]);
  });

  it("the honesty check catches outreach before the program reached out (program-initiated mode)", () => {
    const frame = frameAt(instants[0]!);
    const broken = structuredClone(demoPlans(frame));
    const aisha = broken.find((p) => p.applicant === "aisha");
    // Palmetto Shoals never wrote to Aisha: in the SOAP window she may not write first.
    aisha?.contacts.push({ program: "1294320C0", by: "applicant", direction: "OUTBOUND", channel: "EMAIL", at: -30, outcome: "SENT", summary: "" });
    expect(checkDemoPlan(rows, frame, broken)).toContain(
      "Aisha Rahman: applicant outbound email to 1294320C0 at -30 before the program reached out (program-initiated mode: the program contacts first)",
    );
  });

  it("the honesty check catches a contact before the window opened and a pending offer outside the open round", () => {
    const frame = frameAt(instants[0]!);
    const broken = structuredClone(demoPlans(frame));
    const olivia = broken.find((p) => p.applicant === "olivia")!;
    olivia.contacts.push({
      program: "1089140C0",
      by: "applicant",
      direction: "INBOUND",
      channel: "EMAIL",
      at: frame.windowStartsAt - 1,
      outcome: "OTHER",
      summary: "",
    });
    olivia.offers[0]!.round = 1;
    const problems = checkDemoPlan(rows, frame, broken);
    expect(problems.some((p) => p.includes("is before the SOAP window opened"))).toBe(true);
    expect(problems).toContain("Olivia Brennan: offer from 1089140C0 is not made during round 1");
    expect(problems).toContain("Olivia Brennan: pending offer from 1089140C0: round 1 is over, it would have expired");
  });

  it("the honesty check catches outreach before the applicant's own email", () => {
    const frame = frameAt(instants[0]!);
    const broken = structuredClone(demoPlans(frame));
    const olivia = broken.find((p) => p.applicant === "olivia");
    // Lone Cedar is claimed by Dr. Hargrove but Olivia has not emailed it yet.
    olivia?.contacts.push({
      program: "1705140C0",
      by: "hargrove",
      direction: "OUTBOUND",
      channel: "PHONE",
      at: -60,
      outcome: "SPOKE",
      summary: "",
      narrativeVersion: 2,
    });
    expect(checkDemoPlan(rows, frame, broken)).toContain("Olivia Brennan: hargrove outbound phone to 1705140C0 before the applicant's own email (rule 2)");
  });
});
