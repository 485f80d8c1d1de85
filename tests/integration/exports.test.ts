// The dean's CSV exports, through the real route handlers against real PostgreSQL: a download Excel
// opens cleanly (BOM, CRLF, no caching), one row per applicant or per contact with the right
// values, formulas neutralised, only the dean's own school, and a 404 for anyone else.
import { NextRequest } from "next/server";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as contactsExport } from "@/app/dean/export/contacts/route";
import { GET as dashboardExport } from "@/app/dean/export/dashboard/route";
import { saveNarrative, logContact } from "@/tests/support/commands";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import type { RouteHandler } from "@/lib/server/entry/define-route";
import { runInScope } from "@/lib/server/entry/scope";
import { getContactLog } from "@/lib/server/reports/contact-log";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

// 02:00 UTC on 9 April is still the evening of 8 April in New York (and the 9th in Tokyo, where
// the tests run): the file is dated by the school's day.
const clock = new ManualClock(new Date("2026-04-09T02:00:00Z"));
const EVIL = '=HYPERLINK("http://evil")';
const noMail = { mailer: null, origin: "http://localhost" };

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
let jose: Actor & { applicantId: string };
let sam: Actor & { applicantId: string };
let advocate: Actor & { advocateId: string };
let awayApplicant: Actor & { applicantId: string };
const aamc: Record<string, string> = {};
const programs: Record<string, { name: string; nrmpCode: string }> = {};

beforeAll(async () => {
  t = await createTestDatabase("exports");
  const ctx = contextFor(t.db, clock);
  home = await createSchool(t.db, { now: clock.now(), programs: 2 });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
  const [first, second] = home.programIds as [string, string];

  jose = await home.addApplicant({ name: "José Álvarez-Núñez" });
  sam = await home.addApplicant({ name: "Sam Lee" });
  advocate = await home.addAdvocate({ name: "Dr. Eleanor Hargrove", connectedTo: [first] });
  awayApplicant = await away.addApplicant({ name: "Away Applicant" });

  // 22:00 EDT: José applies and emails; 22:15 his advocate calls, using his narrative (version 1).
  await applyTo(ctx(jose), jose.applicantId, [first]);
  await saveNarrative(ctx(jose), jose.applicantId, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never missed a shift." });
  await assignAndClaim(ctx(home.dean), ctx(advocate), jose.applicantId, [first]);
  await emailProgram(ctx(jose), jose.applicantId, first);
  clock.advanceMinutes(15);
  await advocateCall(ctx(advocate), jose.applicantId, first);
  // 22:30 EDT: Sam emails another program with a summary that is a formula.
  clock.advanceMinutes(15);
  await applyTo(ctx(sam), sam.applicantId, [second]);
  await logContact(ctx(sam), sam.applicantId, {
    programId: second,
    direction: "OUTBOUND",
    channel: "EMAIL",
    outcome: "SENT",
    occurredAt: clock.now(),
    summary: EVIL,
  });
  // Another school's contact, which the home dean must never see.
  await applyTo(ctx(awayApplicant), awayApplicant.applicantId, [away.programIds[0]!]);
  await logContact(ctx(awayApplicant), awayApplicant.applicantId, {
    programId: away.programIds[0]!,
    direction: "OUTBOUND",
    channel: "EMAIL",
    outcome: "SENT",
    occurredAt: clock.now(),
    summary: "Away school only",
  });

  for (const a of await t.db.applicantProfile.findMany({ select: { id: true, aamcId: true } })) aamc[a.id] = a.aamcId;
  for (const p of await t.db.program.findMany({ select: { id: true, name: true, nrmpCode: true } })) programs[p.id] = p;
});
afterAll(async () => t?.drop());

async function download(route: RouteHandler, path: string, actor: Actor | null): Promise<Response> {
  const scope = { db: t.db, clock, actor: async () => actor, revalidate: () => {}, outbox: () => noMail };
  return runInScope(scope, () => route(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({}) }));
}

/** The body as bytes then as text with its BOM kept (Response.text() would strip it). */
async function body(response: Response): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

function records(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectCsvDownload(response: Response, filename: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${filename}"`);
  expect(response.headers.get("cache-control")).toBe("no-store");
}

function expectExcelFriendly({ bytes, text }: { bytes: Uint8Array; text: string }) {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text).toContain("\r\n");
  expect(/(?<!\r)\n/.test(text)).toBe(false);
}

describe("dashboard export", () => {
  it("gives the dean one row per applicant of the school, dated by the school's day", async () => {
    const response = await download(dashboardExport, "/dean/export/dashboard", home.dean);
    expectCsvDownload(response, "soap-desk-dashboard-2026-04-08.csv");
    const file = await body(response);
    expectExcelFriendly(file);
    const rows = records(file.text);
    expect(rows.map((r) => r.Applicant).sort()).toEqual(["José Álvarez-Núñez", "Sam Lee"]);
    expect(rows.find((r) => r.Applicant === "José Álvarez-Núñez")).toMatchObject({
      Specialty: "Internal Medicine",
      Targets: "1",
      Applied: "1",
      "Application cap": "45",
      "Own emails": "1",
      "Faculty-contacted programs": "1",
      "Faculty contact cap": "8",
      Advocates: "Dr. Eleanor Hargrove",
      Accepted: "No",
      "Next offer deadline": "",
    });
    expect(rows.find((r) => r.Applicant === "Sam Lee")).toMatchObject({ Applied: "1", "Own emails": "1", "Faculty-contacted programs": "0", Advocates: "" });
    expect(file.text).not.toContain("Away Applicant");
  });

  it("gives another school's dean only their own school", async () => {
    const rows = records((await body(await download(dashboardExport, "/dean/export/dashboard", away.dean))).text);
    expect(rows.map((r) => r.Applicant)).toEqual(["Away Applicant"]);
  });
});

describe("contact-log export", () => {
  it("gives the dean one row per contact of the school with who, what, when and the narrative version", async () => {
    const response = await download(contactsExport, "/dean/export/contacts", home.dean);
    expectCsvDownload(response, "soap-desk-contacts-2026-04-08.csv");
    const file = await body(response);
    expectExcelFriendly(file);
    const rows = records(file.text);
    const [first, second] = home.programIds as [string, string];
    expect(rows).toEqual([
      {
        Time: "2026-04-08 22:00 EDT",
        Applicant: "José Álvarez-Núñez",
        "AAMC ID": aamc[jose.applicantId],
        Program: programs[first]!.name,
        "NRMP code": programs[first]!.nrmpCode,
        Who: "José Álvarez-Núñez",
        Role: "Applicant",
        Direction: "Outbound",
        Channel: "Email",
        Outcome: "sent",
        Summary: "Short introduction email",
        "Narrative version": "",
      },
      {
        Time: "2026-04-08 22:15 EDT",
        Applicant: "José Álvarez-Núñez",
        "AAMC ID": aamc[jose.applicantId],
        Program: programs[first]!.name,
        "NRMP code": programs[first]!.nrmpCode,
        Who: "Dr. Eleanor Hargrove",
        Role: "Advocate (program director)",
        Direction: "Outbound",
        Channel: "Phone",
        Outcome: "spoke",
        Summary: "",
        "Narrative version": "1",
      },
      {
        Time: "2026-04-08 22:30 EDT",
        Applicant: "Sam Lee",
        "AAMC ID": aamc[sam.applicantId],
        Program: programs[second]!.name,
        "NRMP code": programs[second]!.nrmpCode,
        Who: "Sam Lee",
        Role: "Applicant",
        Direction: "Outbound",
        Channel: "Email",
        Outcome: "sent",
        Summary: `'${EVIL}`,
        "Narrative version": "",
      },
    ]);
    expect(rows).toHaveLength(await t.db.contact.count({ where: { schoolId: home.schoolId } }));
    expect(file.text).not.toContain("Away school only");
    expect(file.text).not.toContain("Away Applicant");
  });

  it("gives another school's dean only their own school's contacts", async () => {
    const rows = records((await body(await download(contactsExport, "/dean/export/contacts", away.dean))).text);
    expect(rows.map((r) => [r.Applicant, r.Summary])).toEqual([["Away Applicant", "Away school only"]]);
  });

  it("reads the log in the same number of statements for one contact or three", async () => {
    const statements: string[] = [];
    const counted: Db = createPrismaClient(t.url, { onQuery: (sql) => statements.push(sql) });
    try {
      const small = await getContactLog(counted, away.dean);
      const smallCount = statements.length;
      expect(smallCount).toBeGreaterThan(2);
      statements.length = 0;
      const large = await getContactLog(counted, home.dean);
      expect([small.entries.length, large.entries.length]).toEqual([1, 3]);
      expect(statements.length).toBe(smallCount);
    } finally {
      await counted.$disconnect();
    }
  });
});

describe("who may download", () => {
  it.each([
    ["dashboard", dashboardExport, "/dean/export/dashboard"],
    ["contacts", contactsExport, "/dean/export/contacts"],
  ] as const)("the %s export answers 404 to an applicant and an advocate, and 401 to nobody", async (_name, route, path) => {
    for (const actor of [jose, advocate]) {
      const response = await download(route, path, actor);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).not.toContain("text/csv");
    }
    expect((await download(route, path, null)).status).toBe(401);
  });
});
