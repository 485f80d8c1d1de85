// An applicant's whole record, downloaded by the dean's office through the real route handler
// against real PostgreSQL: the JSON holds everything SOAP Desk holds about them (profile, red
// flags, narratives, list, contacts, offers, advocates, overrides, history), the CSV the same one
// line per field, Excel-safe; each download is audited and shows in the applicant's access log.
// Another school's dean, an advocate (even the assigned one), the applicant herself and nobody
// signed in are refused as "not found", and a refusal writes nothing.
import { NextRequest } from "next/server";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as recordRoute } from "@/app/dean/applicants/[applicantId]/record/[format]/route";
import { createOverride, logContact, recordOffer, saveNarrative } from "@/tests/support/commands";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { runInScope } from "@/lib/server/entry/scope";
import { getAccessLog } from "@/lib/server/privacy/access-log";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

// 02:00 UTC on 9 April is the evening of 8 April in New York: the file is dated by the school's day.
const clock = new ManualClock(new Date("2026-04-09T02:00:00Z"));
const EVIL = '=HYPERLINK("http://evil")';
const CONTEXT = "Failed Step 1 after a family illness; passed on the retake";

let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
let jose: Actor & { applicantId: string };
let advocate: Actor & { advocateId: string };
let aamcId: string;
let programName: string;

beforeAll(async () => {
  t = await createTestDatabase("subject_access");
  const ctx = contextFor(t.db, clock);
  home = await createSchool(t.db, { now: clock.now(), programs: 2 });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
  const [first, second] = home.programIds as [string, string];
  jose = await home.addApplicant({ name: "José Álvarez-Núñez", redFlags: ["STEP_FAILURE"] });
  await t.db.redFlag.updateMany({ where: { applicantId: jose.applicantId }, data: { context: CONTEXT } });
  advocate = await home.addAdvocate({ name: "Dr. Eleanor Hargrove", connectedTo: [first] });
  await saveNarrative(ctx(jose), jose.applicantId, { strengths: ["Clinically strong", "Reliable"], weaknessContext: [CONTEXT], reliability: "Never late." });
  await applyTo(ctx(jose), jose.applicantId, [first, second]);
  await assignAndClaim(ctx(home.dean), ctx(advocate), jose.applicantId, [first]);
  await emailProgram(ctx(jose), jose.applicantId, first);
  await advocateCall(ctx(advocate), jose.applicantId, first);
  await logContact(ctx(jose), jose.applicantId, {
    programId: second,
    direction: "OUTBOUND",
    channel: "EMAIL",
    outcome: "SENT",
    occurredAt: clock.now(),
    summary: EVIL,
  });
  await recordOffer(ctx(jose), jose.applicantId, { programId: second, round: 1, offeredAt: clock.now() });
  await createOverride(ctx(home.dean), {
    applicantId: jose.applicantId,
    programId: second,
    ruleCode: "NO_CONNECTION",
    reason: "The chair asked for one more call.",
  });
  await away.addApplicant({ name: "Away Applicant" });
  aamcId = (await t.db.applicantProfile.findUniqueOrThrow({ where: { id: jose.applicantId } })).aamcId;
  programName = (await t.db.program.findUniqueOrThrow({ where: { id: first } })).name;
});
afterAll(async () => t?.drop());

async function download(format: string, actor: Actor | null, applicantId = jose.applicantId): Promise<Response> {
  const scope = { db: t.db, clock, actor: async () => actor, revalidate: () => {}, outbox: () => ({ mailer: null, origin: "http://localhost" }) };
  const path = `/dean/applicants/${applicantId}/record/${format}`;
  return runInScope(scope, () => recordRoute(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ applicantId, format }) }));
}

const exports = () => t.db.auditLog.count({ where: { action: "record.export" } });

describe("the dean's office downloads an applicant's whole record", () => {
  it("as JSON: everything held about them, never cached, and the download audited", async () => {
    const response = await download("json", home.dean);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="soap-desk-record-${aamcId}-2026-04-08.json"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const record = (await response.json()) as Record<string, unknown> & { [section: string]: unknown };

    expect(record.exportedAt).toBe("2026-04-09T02:00:00.000Z");
    expect(record.applicant).toMatchObject({ name: "José Álvarez-Núñez", aamcId, degreeType: "US_MD", step2Score: 245, phone: "555-0100" });
    expect(record.redFlags).toEqual([{ kind: "STEP_FAILURE", context: CONTEXT, createdAt: expect.any(String) }]);
    expect(record.narratives).toEqual([
      expect.objectContaining({ version: 1, weaknessContext: [CONTEXT], reliability: "Never late.", author: "José Álvarez-Núñez" }),
    ]);
    expect(record.targets).toHaveLength(2);
    expect(record.contacts).toEqual([
      expect.objectContaining({ program: programName, by: "José Álvarez-Núñez", direction: "OUTBOUND", channel: "EMAIL", summary: "Short introduction email" }),
      expect.objectContaining({ program: programName, by: "Dr. Eleanor Hargrove", role: "ADVOCATE", channel: "PHONE", narrativeVersion: 1 }),
      expect.objectContaining({ summary: EVIL }),
    ]);
    expect(record.offers).toEqual([expect.objectContaining({ round: 1, status: "PENDING" })]);
    expect(record.advocates).toEqual([expect.objectContaining({ name: "Dr. Eleanor Hargrove", active: true })]);
    expect(record.claims).toEqual([{ program: programName, advocate: "Dr. Eleanor Hargrove", claimedAt: expect.any(String) }]);
    expect(record.overrides).toEqual([expect.objectContaining({ reason: "The chair asked for one more call.", by: "Dana Dean" })]);
    expect(record.history).toContainEqual({ at: expect.any(String), action: "Logged a contact with a program", by: "Dr. Eleanor Hargrove" });
    // Nobody else's record is in it.
    expect(JSON.stringify(record)).not.toContain("Away Applicant");

    expect(await t.db.auditLog.findFirstOrThrow({ where: { action: "record.export" } })).toMatchObject({
      actorUserId: home.dean.userId,
      applicantId: jose.applicantId,
      after: { format: "json" },
    });
  });

  it("as CSV: one line per field, times in the school's zone, formulas neutralised", async () => {
    const response = await download("csv", home.dean);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="soap-desk-record-${aamcId}-2026-04-08.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const value = (section: string, item: string, field: string) =>
      parsed.data.find((r) => r.Section === section && r.Item === item && r.Field === field)?.Value;
    expect(value("applicant", "1", "name")).toBe("José Álvarez-Núñez");
    expect(value("redFlags", "1", "context")).toBe(CONTEXT);
    expect(value("narratives", "1", "weaknessContext")).toBe(CONTEXT);
    expect(value("contacts", "1", "occurredAt")).toBe("2026-04-08 22:00 EDT");
    expect(value("contacts", "3", "summary")).toBe(`'${EVIL}`);
    expect(value("advocates", "1", "name")).toBe("Dr. Eleanor Hargrove");
    expect(parsed.data.find((r) => r.Section === "interviews")).toEqual({ Section: "interviews", Item: "", Field: "", Value: "none" });
    expect(await t.db.auditLog.count({ where: { action: "record.export", after: { equals: { format: "csv" } } } })).toBe(1);
  });

  it("shows each download in the applicant's access log", async () => {
    const log = await getAccessLog(t.db, home.dean, jose.applicantId);
    expect(log.entries.map((e) => [e.who?.name, e.what])).toEqual([
      ["Dana Dean", "Downloaded the whole record (CSV)"],
      ["Dana Dean", "Downloaded the whole record (JSON)"],
    ]);
  });
});

describe("anyone else", () => {
  it.each([
    ["another school's dean", () => away.dean],
    ["the advocate assigned to them", () => advocate],
    ["the applicant herself", () => jose],
    ["nobody signed in", () => null],
  ])("is refused, %s, and nothing is written", async (_who, actor) => {
    const before = await exports();
    const response = await download("json", actor());
    const body = (await response.json()) as { ok: boolean; code: string; message: string };
    if (actor() === null) expect([response.status, body.code]).toEqual([401, "UNAUTHENTICATED"]);
    else expect([response.status, body]).toEqual([404, { ok: false, code: "NOT_FOUND", message: expect.stringMatching(/^That applicant/) }]);
    expect(JSON.stringify(body)).not.toContain("José");
    expect(await exports()).toBe(before);
  });

  it("hears the same for an applicant of another school as for one that does not exist", async () => {
    const [awayApplicant] = await t.db.applicantProfile.findMany({ where: { schoolId: away.schoolId }, select: { id: true } });
    const other = await download("json", home.dean, awayApplicant!.id);
    const missing = await download("json", home.dean, "c0000000000000000000000000");
    expect([other.status, await other.json()]).toEqual([missing.status, await missing.json()]);
    expect(other.status).toBe(404);
  });

  it("is told which formats there are, for any other", async () => {
    const response = await download("xml", home.dean);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain("Ask for the record as json or csv.");
  });
});
