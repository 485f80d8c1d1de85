// The school's settings, through the real use cases: a lowered cap keeps history, refuses new
// outreach and shows on the dashboard; offer rounds give an offer its deadline and the applicant
// an urgent task; bad settings change nothing; only the dean's office may change them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import { ManualClock } from "@/lib/server/core/clock";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { recordOffer } from "@/tests/support/commands";
import { getSchoolSettings, updatePolicy, updateSeason } from "@/lib/server/settings/school-settings";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { failure } from "./support/failure";
import type { ActionResult } from "@/lib/domain/action-result";
import { runInScope } from "@/lib/server/entry/scope";
import { updateSeasonAction } from "@/app/dean/settings/actions";

const clock = new ManualClock(new Date("2026-03-19T13:30:00Z"));
let t: TestDatabase;
let school: SchoolFixture;

beforeAll(async () => {
  t = await createTestDatabase("settings");
  school = await createSchool(t.db, { now: clock.now(), programs: 6 });
});
afterAll(async () => t?.drop());

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

describe("school settings", () => {
  it("a cap lowered below what an applicant has keeps their history, refuses new outreach and alerts the dashboard", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programs = school.programIds.slice(1, 5);
    const advocate = await school.addAdvocate({ connectedTo: programs });
    await applyTo(ctx(applicant), applicant.applicantId, programs);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, programs);
    for (const programId of programs.slice(0, 3)) {
      await emailProgram(ctx(applicant), applicant.applicantId, programId);
      await advocateCall(ctx(advocate), applicant.applicantId, programId);
    }
    await updatePolicy(ctx(school.dean), { ...DEFAULT_POLICY, facultyContactCap: 2, facultyContactMinimum: 1 });

    expect(await t.db.contact.count({ where: { applicantId: applicant.applicantId, actorRole: "ADVOCATE" } })).toBe(3);
    await emailProgram(ctx(applicant), applicant.applicantId, programs[3]!);
    const refused = await failure(advocateCall(ctx(advocate), applicant.applicantId, programs[3]!));
    expect(refused.refusal?.ruleCode).toBe("FACULTY_CAP_REACHED");
    expect(refused.refusal?.reason).toContain("limit 2");
    const row = (await getDeanDashboard(t.db, school.dean, clock.now())).rows.find((r) => r.applicantId === applicant.applicantId);
    expect(row?.alerts.map((a) => a.code)).toContain("ADVOCATE_OVER_CAP");
    expect(await t.db.auditLog.count({ where: { action: "settings.policy", schoolId: school.schoolId } })).toBe(1);
  });

  it("an offer recorded in a round gets the round's deadline and an urgent task due then", async () => {
    const ctx = contextFor(t.db, clock);
    await updateSeason(ctx(school.dean), SEASON);
    const settings = await getSchoolSettings(t.db, school.dean);
    expect(settings.season?.offerRounds.map((r) => r.respondBy.toISOString())).toEqual(["2026-03-19T15:00:00.000Z", "2026-03-19T18:00:00.000Z"]);

    const applicant = await school.addApplicant();
    const programId = school.programIds[0]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    const offer = await recordOffer(ctx(applicant), applicant.applicantId, { programId, round: 1, offeredAt: clock.now() });
    expect(offer.result.respondBy?.toISOString()).toBe("2026-03-19T15:00:00.000Z");
    const task = await t.db.task.findFirstOrThrow({ where: { applicantId: applicant.applicantId, title: { contains: "offer" } } });
    expect(task).toMatchObject({ kind: "URGENT_RESPONSE", status: "OPEN" });
    expect(task.dueAt.toISOString()).toBe("2026-03-19T15:00:00.000Z");

    // An offer logged outside its round's hours (round 2 opens at 16:00) gets no deadline.
    const other = school.programIds[5]!;
    await applyTo(ctx(applicant), applicant.applicantId, [other]);
    const outside = await recordOffer(ctx(applicant), applicant.applicantId, { programId: other, round: 2, offeredAt: clock.now() });
    expect(outside.result.respondBy).toBeNull();
  });

  it("refuses bad settings with a clear message and changes nothing", async () => {
    const ctx = contextFor(t.db, clock);
    const before = await t.db.auditLog.count({ where: { schoolId: school.schoolId } });
    const badRound = await failure(
      updateSeason(ctx(school.dean), { ...SEASON, offerRounds: [{ offersAt: "2026-03-19T15:00:00Z", respondBy: "2026-03-19T13:00:00Z" }] }),
    );
    expect(badRound.code).toBe("INVALID_INPUT");
    expect(JSON.stringify(badRound.fieldErrors)).toContain("response deadline must come after its offers");
    const badCap = await failure(updatePolicy(ctx(school.dean), { ...DEFAULT_POLICY, maxApplications: 46 }));
    expect(JSON.stringify(badCap.fieldErrors)).toMatch(/at most 45/);
    expect(await t.db.auditLog.count({ where: { schoolId: school.schoolId } })).toBe(before);
    expect((await getSchoolSettings(t.db, school.dean)).season?.offerRounds).toHaveLength(2);
  });

  it("refuses a December window while the offer rounds stay in March, naming the rounds, and changes nothing", async () => {
    const ctx = contextFor(t.db, clock);
    await updateSeason(ctx(school.dean), SEASON);
    const before = await t.db.auditLog.count({ where: { schoolId: school.schoolId } });
    const december = { ...SEASON, windowStartsAt: "2026-12-01T16:00:00Z", windowEndsAt: "2026-12-04T01:00:00Z" };
    const refused = await failure(updateSeason(ctx(school.dean), december));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.message).toBe(
      "Round 1 and Round 2 fall outside the SOAP window (Tue, Dec 1, 11:00 AM EST to Thu, Dec 3, 8:00 PM EST); offers are made and answered inside it. " +
        "Move those rounds to NRMP's times inside the window, or correct the window, then save again.",
    );
    expect(refused.fieldErrors?.offerRounds).toEqual([refused.message]);
    const settings = await getSchoolSettings(t.db, school.dean);
    expect(settings.season?.windowStartsAt.toISOString()).toBe("2026-02-01T15:00:00.000Z");
    expect(await t.db.auditLog.count({ where: { schoolId: school.schoolId } })).toBe(before);

    // The Settings page's action answers the same refusal, which the form shows beside the rounds.
    const pressed = (await runInScope(
      {
        db: t.db,
        clock,
        actor: async () => school.dean,
        revalidate: () => {},
        outbox: () => ({ mailer: null, origin: "http://localhost" }),
      },
      () => updateSeasonAction(december) as Promise<ActionResult>,
    )) as ActionResult;
    expect(pressed).toMatchObject({ ok: false, code: "INVALID_INPUT", message: refused.message, fieldErrors: { offerRounds: [refused.message] } });
    expect(await t.db.auditLog.count({ where: { schoolId: school.schoolId } })).toBe(before);

    // Moved with it, the same window is accepted.
    const moved = [
      { offersAt: "2026-12-03T14:00:00Z", respondBy: "2026-12-03T16:00:00Z" },
      { offersAt: "2026-12-03T17:00:00Z", respondBy: "2026-12-03T19:00:00Z" },
    ];
    const saved = await updateSeason(ctx(school.dean), { ...december, offerRounds: moved });
    expect(saved.offerRounds.map((r) => r.offersAt.toISOString())).toEqual(["2026-12-03T14:00:00.000Z", "2026-12-03T17:00:00.000Z"]);
    await updateSeason(ctx(school.dean), SEASON);
  });

  it("is the dean's office's alone", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const advocate = await school.addAdvocate();
    for (const actor of [applicant, advocate]) {
      expect((await failure(updatePolicy(ctx(actor), DEFAULT_POLICY))).code).toBe("FORBIDDEN");
      expect((await failure(getSchoolSettings(t.db, actor))).code).toBe("FORBIDDEN");
    }
  });
});
