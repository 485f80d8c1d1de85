// Concurrency: writes for one applicant are serialized, so racing requests cannot both win.
// Each case repeats ten times with fresh people (the "ten times in a row").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { claimProgram, assignAdvocate } from "@/tests/support/commands";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-06T15:00:00Z"));
const RUNS = { repeats: 9 } as const;

beforeAll(async () => {
  t = await createTestDatabase("races");
  school = await createSchool(t.db, { now: clock.now(), programs: 30 });
  // Twenty advocates on one applicant is past the playbook's two; the race needs them all assigned.
  await t.db.schoolPolicy.update({ where: { schoolId: school.schoolId }, data: { maxActiveAdvocates: 20 } });
});
afterAll(async () => t.drop());

function refusalCodes(results: PromiseSettledResult<unknown>[]) {
  return results.flatMap((r) => (r.status === "rejected" ? [(r.reason as AppError).refusal?.ruleCode ?? String(r.reason)] : []));
}

describe("races", () => {
  it("20 concurrent claims of one program by different advocates leave exactly one claim", RUNS, async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[0]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    const advocates = [];
    for (let i = 0; i < 20; i++) {
      const advocate = await school.addAdvocate({ connectedTo: [programId] });
      await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: advocate.advocateId });
      advocates.push(advocate);
    }
    const results = await Promise.allSettled(advocates.map((a) => claimProgram(ctx(a), { applicantId: applicant.applicantId, programId })));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refusalCodes(results)).toEqual(Array(19).fill("PROGRAM_ALREADY_CLAIMED"));
    expect(await t.db.claim.count({ where: { applicantId: applicant.applicantId, programId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { applicantId: applicant.applicantId, action: "claim.create" } })).toBe(1);
  });

  it("20 concurrent faculty contacts one below the cap leave exactly the cap", RUNS, async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const cap = 8;
    const already = school.programIds.slice(1, cap); // 7 programs: one below the cap
    const racing = school.programIds.slice(cap, cap + 20);
    const advocate = await school.addAdvocate({ connectedTo: [...already, ...racing] });
    await applyTo(ctx(applicant), applicant.applicantId, [...already, ...racing]);
    for (const programId of [...already, ...racing]) await emailProgram(ctx(applicant), applicant.applicantId, programId);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [...already, ...racing]);
    for (const programId of already) await advocateCall(ctx(advocate), applicant.applicantId, programId, "EMAIL");

    const results = await Promise.allSettled(racing.map((programId) => advocateCall(ctx(advocate), applicant.applicantId, programId, "EMAIL")));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refusalCodes(results)).toEqual(Array(19).fill("FACULTY_CAP_REACHED"));
    const facultyPrograms = await t.db.contact.groupBy({
      by: ["programId"],
      where: { applicantId: applicant.applicantId, actorRole: "ADVOCATE", direction: "OUTBOUND" },
    });
    expect(facultyPrograms).toHaveLength(cap);
  });
});
