// The applicant's Match Week view against a real PostgreSQL: the banner reads its own school's
// season only; a pending offer carries its round's deadline; a "call them back" task carries the
// program's phone and the person to ask for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { getSeasonView } from "@/lib/server/applicant/season-view";
import { getOffersView } from "@/lib/server/offers-and-interviews/offers-view";
import { getApplicantWorkspace } from "@/lib/server/applicant/workspace-view";
import { recordOffer } from "@/tests/support/commands";
import { updateSeason } from "@/lib/server/settings/school-settings";
import { seasonStatus } from "@/lib/domain/applicant/season-status";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor, programOffersInterview } from "./support/flows";
import { failure } from "./support/failure";

// Thursday of Match Week, 1:00 PM EDT: round 2 (12:00-2:00 PM EDT) is open.
const clock = new ManualClock(new Date("2026-03-19T17:00:00Z"));
let t: TestDatabase;
let school: SchoolFixture;
let other: SchoolFixture;

const SEASON = {
  name: "Match Week 2026",
  resultsAt: "2026-03-16T14:00:00Z",
  erasOpensAt: "2026-03-16T15:00:00Z",
  windowStartsAt: "2026-02-01T15:00:00Z",
  windowEndsAt: "2026-03-20T00:00:00Z",
  communicationMode: "OPEN",
  offerRounds: [
    { offersAt: "2026-03-19T13:00:00Z", respondBy: "2026-03-19T15:00:00Z" },
    { offersAt: "2026-03-19T16:00:00Z", respondBy: "2026-03-19T18:00:00Z" },
  ],
};

const OTHER_SEASON = {
  ...SEASON,
  name: "Other school's week",
  windowStartsAt: "2026-03-16T15:00:00Z",
  communicationMode: "PROGRAM_INITIATED",
  offerRounds: [{ offersAt: "2026-03-19T20:00:00Z", respondBy: "2026-03-19T22:00:00Z" }],
};

beforeAll(async () => {
  t = await createTestDatabase("applicant_season");
  school = await createSchool(t.db, { now: clock.now(), programs: 4 });
  other = await createSchool(t.db, { now: clock.now(), programs: 2, season: "none" });
  const ctx = contextFor(t.db, clock);
  await updateSeason(ctx(school.dean), SEASON);
  await updateSeason(ctx(other.dean), OTHER_SEASON);
});
afterAll(async () => t?.drop());

describe("the Match Week banner's season", () => {
  it("reads the actor's own school's season and rounds only", async () => {
    const mine = await school.addApplicant();
    const theirs = await other.addApplicant();

    const view = await getSeasonView(t.db, mine);
    expect(view.timeZone).toBe("America/New_York");
    expect(view.season).toMatchObject({ name: "Match Week 2026", communicationMode: "OPEN" });
    expect(view.season?.offerRounds.map((r) => r.respondBy.toISOString())).toEqual(["2026-03-19T15:00:00.000Z", "2026-03-19T18:00:00.000Z"]);
    expect(seasonStatus(view.season, clock.now(), view.timeZone).round?.text).toBe("Round 2 offers are out: answer by 2:00 PM EDT.");

    const otherView = await getSeasonView(t.db, theirs);
    expect(otherView.season).toMatchObject({ name: "Other school's week", communicationMode: "PROGRAM_INITIATED" });
    expect(otherView.season?.offerRounds).toHaveLength(1);
    const status = seasonStatus(otherView.season, clock.now(), otherView.timeZone);
    expect(status.whatToDo).toBe("Programs must contact you first: apply in ERAS and wait for their call or email.");
    expect(status.round?.text).toBe("Next offer round: Round 1, offers at 4:00 PM EDT, answer by 6:00 PM EDT.");
  });

  it("is the applicant's own view: the dean's office gets no applicant banner", async () => {
    expect((await failure(getSeasonView(t.db, school.dean))).code).toBe("FORBIDDEN");
  });
});

describe("a pending offer's deadline", () => {
  it("an offer recorded inside its round shows the round's deadline in the offers view, and expires after it", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[1]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    await recordOffer(ctx(applicant), applicant.applicantId, { programId, round: 2, offeredAt: clock.now() });

    const view = await getOffersView(t.db, applicant, clock.now());
    expect(view.offers).toHaveLength(1);
    expect(view.offers[0]).toMatchObject({ programId, round: 2, status: "PENDING", expired: false });
    expect(view.offers[0]?.respondBy?.toISOString()).toBe("2026-03-19T18:00:00.000Z");

    expect((await getOffersView(t.db, applicant, new Date("2026-03-19T18:00:00Z"))).offers[0]?.expired).toBe(false);
    expect((await getOffersView(t.db, applicant, new Date("2026-03-19T18:01:00Z"))).offers[0]?.expired).toBe(true);
  });
});

describe("tap to call", () => {
  it("the workspace's urgent task carries the program's phone and contact person, coordinator first", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const [withCoordinator, directorOnly] = [school.programIds[2]!, school.programIds[3]!];
    await t.db.program.update({
      where: { id: withCoordinator },
      data: {
        phone: "+1 (555) 010-0199",
        coordinatorName: "Sam Lee",
        coordinatorEmail: "im-coordinator@example.org",
        directorName: "Dr. Ana Ruiz",
        directorEmail: "pd@example.org",
      },
    });
    await t.db.program.update({ where: { id: directorOnly }, data: { phone: "555.010.0200", directorName: "Dr. Ben Ito", directorEmail: "ito@example.org" } });
    await applyTo(ctx(applicant), applicant.applicantId, [withCoordinator, directorOnly]);
    await programOffersInterview(ctx(applicant), applicant.applicantId, withCoordinator);
    await programOffersInterview(ctx(applicant), applicant.applicantId, directorOnly);

    const w = await getApplicantWorkspace(t.db, applicant, clock.now());
    const urgent = w.tasks.filter((task) => task.kind === "URGENT_RESPONSE");
    expect(urgent).toHaveLength(2);
    expect(urgent.find((task) => task.programId === withCoordinator)?.contact).toEqual({
      phone: "+1 (555) 010-0199",
      telHref: "tel:+15550100199",
      prefersEmail: false,
      person: { role: "coordinator", name: "Sam Lee", email: "im-coordinator@example.org" },
    });
    expect(urgent.find((task) => task.programId === directorOnly)?.contact).toMatchObject({
      telHref: "tel:5550100200",
      person: { role: "program director", name: "Dr. Ben Ito", email: "ito@example.org" },
    });
  });
});
