// The applicant's catalog and list against a real PostgreSQL: the catalog opens on the applicant's
// specialty and its prelim/TY backups until a filter is chosen, pages 50 at a time with the filters
// kept; the list view says which advocate last contacted each program, and whether an offer was
// accepted; refusals of the applicant's own actions say "you".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import type { PositionType } from "@/lib/domain/types";
import { searchCatalog } from "@/lib/server/target-list/search-catalog";
import { getListView } from "@/lib/server/target-list/list-view";
import { markApplied, recordOffer, respondToOffer } from "@/tests/support/commands";
import { failure } from "./support/failure";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-02T14:00:00Z"));

/** The fixture's 8 Internal Medicine programs, plus these. */
const EXTRA: { specialty: string; positionType: PositionType; count: number; state?: string }[] = [
  { specialty: "Transitional Year", positionType: "P", count: 2 },
  { specialty: "Surgery", positionType: "P", count: 3 },
  { specialty: "Surgery", positionType: "C", count: 4 },
  { specialty: "Pediatrics", positionType: "C", count: 60, state: "NY" },
];

beforeAll(async () => {
  t = await createTestDatabase("applicant_catalog");
  school = await createSchool(t.db, { now: clock.now(), programs: 8 });
  let n = 0;
  for (const group of EXTRA) {
    await t.db.program.createMany({
      data: Array.from({ length: group.count }, () => {
        n += 1;
        return {
          schoolId: school.schoolId,
          nrmpCode: `9${String(n).padStart(3, "0")}${String(300 + n).slice(-3)}${group.positionType}0`,
          name: `${group.specialty} ${group.positionType} ${String(n).padStart(3, "0")}`,
          specialty: group.specialty,
          positionType: group.positionType,
          city: "Albany",
          state: group.state ?? "IL",
          setting: "COMMUNITY" as const,
          tier: "MID" as const,
          openPositions: 1,
        };
      }),
    });
  }
});
afterAll(async () => t.drop());

describe("the catalog's starting filter", () => {
  it("opens on the applicant's specialty with Transitional Year and preliminary programs as backups", async () => {
    const a = await school.addApplicant();
    const opened = await searchCatalog(t.db, a, {});
    // 8 Internal Medicine + 2 Transitional Year + 3 Surgery prelims; no categorical Surgery, no Pediatrics.
    expect(opened.total).toBe(13);
    expect(opened.startingFilter).toBe(true);
    expect(opened.query).toMatchObject({ specialty: "Internal Medicine", backups: true, filtersChosen: false });
    expect(new Set(opened.programs.map((p) => `${p.specialty} ${p.positionType}`))).toEqual(
      new Set(["Internal Medicine C", "Transitional Year P", "Surgery P"]),
    );
    expect(opened.pageCount).toBe(1);
  });

  it("drops the starting filter once any filter is chosen, even 'Any'", async () => {
    const a = await school.addApplicant();
    const every = await searchCatalog(t.db, a, { specialty: "" });
    expect(every.startingFilter).toBe(false);
    expect(every.total).toBe(8 + 2 + 3 + 4 + 60);
    const byState = await searchCatalog(t.db, a, { state: "NY" });
    expect(byState.total).toBe(60);
    const surgeryOnly = await searchCatalog(t.db, a, { specialty: "Surgery" });
    expect(surgeryOnly.total).toBe(7);
    const surgeryAndBackups = await searchCatalog(t.db, a, { specialty: "Surgery", backups: "1" });
    expect(surgeryAndBackups.total).toBe(7 + 2);
    // A backup filter narrows with the others: prelims in Illinois only.
    expect((await searchCatalog(t.db, a, { specialty: "Internal Medicine", backups: "1", positionType: "P" })).total).toBe(5);
  });

  it("gives the dean's office the whole catalog", async () => {
    const all = await searchCatalog(t.db, school.dean, {});
    expect(all.startingFilter).toBe(false);
    expect(all.total).toBe(77);
  });
});

describe("the catalog's pages", () => {
  it("shows 50 to a page, every program exactly once, in a stable order", async () => {
    const a = await school.addApplicant();
    const first = await searchCatalog(t.db, a, { specialty: "" });
    const second = await searchCatalog(t.db, a, { specialty: "", page: "2" });
    expect([first.page, first.pageCount, first.programs.length]).toEqual([1, 2, 50]);
    expect([second.page, second.pageCount, second.programs.length]).toEqual([2, 2, 27]);
    const ids = [...first.programs, ...second.programs].map((p) => p.id);
    expect(new Set(ids).size).toBe(77);
  });

  it("keeps the filters on the next page and shows the last page when asked past it", async () => {
    const a = await school.addApplicant();
    const ny = await searchCatalog(t.db, a, { state: "NY", page: "2" });
    expect([ny.page, ny.pageCount, ny.programs.length]).toEqual([2, 2, 10]);
    expect(ny.programs.every((p) => p.state === "NY")).toBe(true);
    const past = await searchCatalog(t.db, a, { state: "NY", page: "9" });
    expect(past.page).toBe(2);
    expect(past.programs.map((p) => p.id)).toEqual(ny.programs.map((p) => p.id));
    expect((await failure(searchCatalog(t.db, a, { page: "0" }))).code).toBe("INVALID_INPUT");
  });

  it("marks the programs already on the list on any page", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const second = await searchCatalog(t.db, a, { specialty: "", page: "2" });
    const programId = second.programs[0]!.id;
    await applyTo(ctx(a), a.applicantId, [programId]);
    const again = await searchCatalog(t.db, a, { specialty: "", page: "2" });
    expect(again.programs.find((p) => p.id === programId)?.onList).toBe(true);
    expect(again.programs.filter((p) => p.onList)).toHaveLength(1);
  });
});

describe("the list view", () => {
  it("names the advocate who last contacted each program, and when", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2] = school.programIds as [string, string];
    const advocate = await school.addAdvocate({ name: "Dr. Hargrove", connectedTo: [p1] });
    await applyTo(ctx(a), a.applicantId, [p1, p2]);
    await emailProgram(ctx(a), a.applicantId, p1);
    await emailProgram(ctx(a), a.applicantId, p2);
    await assignAndClaim(ctx(school.dean), ctx(advocate), a.applicantId, [p1]);
    await advocateCall(ctx(advocate), a.applicantId, p1, "PHONE");

    const view = await getListView(t.db, a);
    expect(view.timeZone).toBe("America/New_York");
    expect(view.accepted).toBe(false);
    expect(view.targets.find((x) => x.programId === p1)?.advocateContact).toEqual({ by: "Dr. Hargrove", channel: "PHONE", at: clock.now().toISOString() });
    // The applicant's own email is not an advocate's contact.
    expect(view.targets.find((x) => x.programId === p2)?.advocateContact).toBeNull();
  });

  it("says the offer was accepted, and the applicant's refusals after it say 'you'", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant({ name: "Robin Match" });
    const [p1, p2] = [school.programIds[2]!, school.programIds[3]!];
    await applyTo(ctx(a), a.applicantId, [p1]);
    const { result: offer } = await recordOffer(ctx(a), a.applicantId, { programId: p1, round: 1, offeredAt: clock.now() });
    await respondToOffer(ctx(a), a.applicantId, { offerId: offer.id, response: "ACCEPT" });

    const view = await getListView(t.db, a);
    expect(view.accepted).toBe(true);
    expect(view.acceptedProgram).toMatch(/^Program 3 /);

    await t.db.target.create({ data: { schoolId: school.schoolId, applicantId: a.applicantId, programId: p2, rank: 2 } });
    const mine = await failure(markApplied(ctx(a), a.applicantId, { programId: p2 }));
    expect(mine.refusal?.ruleCode).toBe("OFFER_ACCEPTED");
    expect(mine.refusal?.reason).toMatch(/^You accepted the offer from Program 3 /);
    const deans = await failure(recordOffer(ctx(school.dean), a.applicantId, { programId: p1, round: 2, offeredAt: clock.now() }));
    expect(deans.refusal?.reason).toMatch(/^Robin Match accepted the offer from Program 3 /);
  });
});
