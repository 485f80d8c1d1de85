// The dean's program view: per program, which of the school's applicants it heard from, from whom,
// and its saturation with our faculty's calls; never another school's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import { ManualClock } from "@/lib/server/core/clock";
import { getProgramDetail, getProgramOverview } from "@/lib/server/programs/program-view";
import { loadApplicantSnapshot } from "@/lib/server/use-case/load-applicant-snapshot";
import { updatePolicy } from "@/lib/server/settings/school-settings";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";
import { failure } from "./support/failure";

const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
let t: TestDatabase;
let school: SchoolFixture;
let other: SchoolFixture;
const applicantIds: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase("program_view");
  school = await createSchool(t.db, { now: clock.now(), programs: 4 });
  other = await createSchool(t.db, { now: clock.now(), programs: 2 });
  const ctx = contextFor(t.db, clock);
  await updatePolicy(ctx(school.dean), { ...DEFAULT_POLICY, cohortLoadWarnAbove: 1 });
  const programId = school.programIds[1]!;
  for (const name of ["Ada Able", "Ben Brook"]) {
    const applicant = await school.addApplicant({ name });
    const advocate = await school.addAdvocate({ connectedTo: [programId], name: `Dr. for ${name}` });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    await advocateCall(ctx(advocate), applicant.applicantId, programId);
    applicantIds.push(applicant.applicantId);
  }
  const third = await school.addApplicant({ name: "Cy Cole" });
  await applyTo(ctx(third), third.applicantId, [programId]);
  await programOffersInterview(ctx(third), third.applicantId, programId);
  applicantIds.push(third.applicantId);
  const stranger = await other.addApplicant();
  await applyTo(ctx(stranger), stranger.applicantId, [other.programIds[0]!]);
  await emailProgram(ctx(stranger), stranger.applicantId, other.programIds[0]!);
});
afterAll(async () => t?.drop());

describe("the program view", () => {
  it("counts, per program, our applicants on its lists, their emails, our faculty's calls and its calls to us", async () => {
    const view = await getProgramOverview(t.db, school.dean, {});
    expect(view.total).toBe(4);
    const busy = view.programs[0]!;
    expect(busy).toMatchObject({ id: school.programIds[1], targeted: 3, applied: 3, emailed: 2, faculty: 2, inbound: 1, saturated: true });
    expect(view.programs.slice(1).every((p) => p.targeted === 0 && !p.saturated)).toBe(true);
    expect((await getProgramOverview(t.db, school.dean, { heard: "1" })).programs.map((p) => p.id)).toEqual([school.programIds[1]]);
    expect((await getProgramOverview(t.db, school.dean, { q: busy.name })).programs.map((p) => p.id)).toEqual([busy.id]);
    expect((await getProgramOverview(t.db, school.dean, { q: "100%_" })).total).toBe(0);
  });

  it("lists who each program heard from, and when", async () => {
    const detail = await getProgramDetail(t.db, school.dean, school.programIds[1]);
    expect(detail.facultyApplicants).toBe(2);
    expect(detail.targets.map((x) => x.applicant.user.name)).toEqual(["Ada Able", "Ben Brook", "Cy Cole"]);
    const who = detail.contacts.map((c) => `${c.actor.name}:${c.actorRole}:${c.direction}:${c.applicant.user.name}`);
    expect(who).toContain("Dr. for Ada Able:ADVOCATE:OUTBOUND:Ada Able");
    expect(who).toContain("Ben Brook:APPLICANT:OUTBOUND:Ben Brook");
    expect(who.filter((w) => w.includes(":INBOUND:"))).toEqual(["Cy Cole:APPLICANT:INBOUND:Cy Cole"]);
  });

  it("gives the rules each program's faculty load from the other applicants' faculty calls, not emails or programs' calls", async () => {
    const [ada, ben, cy] = applicantIds as [string, string, string];
    const loadOf = (applicantId: string) => t.db.$transaction(async (tx) => (await loadApplicantSnapshot(tx, school.schoolId, applicantId)).cohortFacultyLoad);
    expect(await loadOf(cy)).toEqual({ [school.programIds[1]!]: 2 });
    expect(await loadOf(ada)).toEqual({ [school.programIds[1]!]: 1 });
    expect(await loadOf(ben)).toEqual({ [school.programIds[1]!]: 1 });
  });

  it("never shows another school's programs or contacts, and is the dean's office's alone", async () => {
    expect((await failure(getProgramDetail(t.db, school.dean, other.programIds[0]))).code).toBe("NOT_FOUND");
    const theirs = await getProgramOverview(t.db, other.dean, { heard: "1" });
    expect(theirs.programs.map((p) => p.emailed)).toEqual([1]);
    const applicant = await school.addApplicant();
    expect((await failure(getProgramOverview(t.db, applicant, {}))).code).toBe("FORBIDDEN");
  });
});
