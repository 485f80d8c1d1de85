// The playbook's order, end to end through the use cases and a real PostgreSQL:
// apply → applicant email → faculty contact → follow-up task; inbound → urgent task; acceptance ends it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { NARRATIVE_NOT_THEIRS } from "@/lib/server/outreach/log-contact";
import {
  logContact,
  saveNarrative,
  markApplied,
  addTarget,
  claimProgram,
  releaseProgram,
  recordOffer,
  respondToOffer,
  createOverride,
  assignAdvocate,
  unassignAdvocate,
  removeTarget,
} from "@/tests/support/commands";
import { failure } from "./support/failure";
import { getAdvocateApplicant } from "@/lib/server/advocacy/advocate-applicant";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { advocateCall, applyTo, assignAndClaim, contextFor, emailProgram, programOffersInterview } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-02T14:00:00Z"));

beforeAll(async () => {
  t = await createTestDatabase("outreach");
  school = await createSchool(t.db, { now: clock.now(), prefersEmail: [5] });
});
afterAll(async () => t.drop());

async function expectRefusal(promise: Promise<unknown>, ruleCode: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).refusal?.ruleCode).toBe(ruleCode);
  expect((error as AppError).refusal?.reason.length).toBeGreaterThan(10);
  expect((error as AppError).refusal?.next.length).toBeGreaterThan(5);
}

describe("ordering", () => {
  it("refuses an email before the application, and writes nothing", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const [programId] = school.programIds as [string];
    await addTarget(ctx(applicant), applicant.applicantId, { programId });
    const auditBefore = await t.db.auditLog.count({ where: { applicantId: applicant.applicantId } });

    await expectRefusal(emailProgram(ctx(applicant), applicant.applicantId, programId), "NOT_APPLIED");

    expect(await t.db.contact.count({ where: { applicantId: applicant.applicantId } })).toBe(0);
    expect(await t.db.auditLog.count({ where: { applicantId: applicant.applicantId } })).toBe(auditBefore);
  });

  it("walks apply → email → faculty call → follow-up task, recording the narrative version", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[1]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] });
    await t.db.narrative.create({
      data: {
        schoolId: school.schoolId,
        applicantId: applicant.applicantId,
        version: 1,
        strengths: ["Clinically strong"],
        weaknessContext: [],
        reliability: "Never missed a shift.",
        authorUserId: applicant.userId,
      },
    });
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);

    // Faculty before the applicant's own email is refused, with a nudge as the next step.
    await expectRefusal(advocateCall(ctx(advocate), applicant.applicantId, programId), "APPLICANT_EMAIL_FIRST");

    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    const { result } = await advocateCall(ctx(advocate), applicant.applicantId, programId);
    expect(result.contact.narrativeVersionId).not.toBeNull();
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]!.kind).toBe("FOLLOW_UP");
    expect(result.tasks[0]!.dueAt.getTime() - clock.now().getTime()).toBe(240 * 60_000);

    // One call per program per day, by anyone.
    await expectRefusal(advocateCall(ctx(advocate), applicant.applicantId, programId), "PHONE_DAILY_LIMIT");
    clock.advanceMinutes(24 * 60);
    await advocateCall(ctx(advocate), applicant.applicantId, programId);
  });

  it("records the narrative version the advocate read, and refuses another applicant's", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const other = await school.addApplicant();
    const programId = school.programIds[1]!;
    const advocate = await school.addAdvocate({ connectedTo: [programId] });
    const story = { strengths: ["Clinically strong", "Reliable"], weaknessContext: [], reliability: "Never missed a shift." };
    const read = (await saveNarrative(ctx(applicant), applicant.applicantId, story)).result;
    await saveNarrative(ctx(applicant), applicant.applicantId, { ...story, reliability: "First in, last out." });
    const othersStory = (await saveNarrative(ctx(other), other.applicantId, story)).result;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [programId]);
    await emailProgram(ctx(applicant), applicant.applicantId, programId);

    const call = (narrativeVersionId: string) =>
      logContact(ctx(advocate), applicant.applicantId, {
        programId,
        direction: "OUTBOUND",
        channel: "EMAIL",
        outcome: "SENT",
        occurredAt: clock.now(),
        narrativeVersionId,
      });
    const refused = await failure(call(othersStory.id));
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "INVALID_INPUT", message: NARRATIVE_NOT_THEIRS });
    expect(await t.db.contact.count({ where: { applicantId: applicant.applicantId, actorRole: "ADVOCATE" } })).toBe(0);

    const { result } = await call(read.id);
    expect(result.contact.narrativeVersionId).toBe(read.id);
  });

  it("turns an inbound call into an urgent task due in 30 minutes", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[2]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    const { result } = await programOffersInterview(ctx(applicant), applicant.applicantId, programId);
    expect(result.tasks.map((task) => task.kind)).toEqual(["URGENT_RESPONSE"]);
    expect(result.tasks[0]!.dueAt.getTime() - clock.now().getTime()).toBe(30 * 60_000);
  });

  it("refuses calls to a program that prefers email", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[5]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await expectRefusal(
      logContact(ctx(applicant), applicant.applicantId, { programId, direction: "OUTBOUND", channel: "PHONE", outcome: "NO_ANSWER", occurredAt: clock.now() }),
      "PREFERS_EMAIL",
    );
  });

  it("after an accepted offer, cancels open tasks and refuses outreach and applications", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const [a, b, c] = [school.programIds[6]!, school.programIds[7]!, school.programIds[8]!];
    await applyTo(ctx(applicant), applicant.applicantId, [a, b]);
    await addTarget(ctx(applicant), applicant.applicantId, { programId: c });
    await logContact(ctx(applicant), applicant.applicantId, {
      programId: b,
      direction: "INBOUND",
      channel: "PHONE",
      outcome: "SPOKE",
      occurredAt: clock.now(),
    });
    const { result: offer } = await recordOffer(ctx(applicant), applicant.applicantId, { programId: a, round: 1, offeredAt: clock.now() });
    await respondToOffer(ctx(applicant), applicant.applicantId, { offerId: offer.id, response: "ACCEPT" });

    expect(await t.db.task.count({ where: { applicantId: applicant.applicantId, status: "OPEN" } })).toBe(0);
    expect(await t.db.task.count({ where: { applicantId: applicant.applicantId, status: "CANCELLED" } })).toBe(1);
    await expectRefusal(emailProgram(ctx(applicant), applicant.applicantId, b), "OFFER_ACCEPTED");
    await expectRefusal(markApplied(ctx(applicant), applicant.applicantId, { programId: c }), "OFFER_ACCEPTED");
  });
});

describe("program-initiated mode inside the SOAP window", () => {
  it("refuses outbound contact until the program has reached out", async () => {
    const windowSchool = await createSchool(t.db, { now: clock.now(), season: "in-window", programs: 2 });
    const ctx = contextFor(t.db, clock);
    const applicant = await windowSchool.addApplicant();
    const programId = windowSchool.programIds[0]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await expectRefusal(emailProgram(ctx(applicant), applicant.applicantId, programId), "PROGRAM_MUST_INITIATE");
    await logContact(ctx(applicant), applicant.applicantId, { programId, direction: "INBOUND", channel: "EMAIL", outcome: "SPOKE", occurredAt: clock.now() });
    await emailProgram(ctx(applicant), applicant.applicantId, programId);
    expect(await t.db.contact.count({ where: { applicantId: applicant.applicantId, direction: "OUTBOUND" } })).toBe(1);
  });
});

describe("claims and overrides", () => {
  it("needs a recorded connection or a dean's override, used once", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const [p1, p2] = [school.programIds[9]!, school.programIds[10]!];
    const advocate = await school.addAdvocate({ connectedTo: [] });
    await applyTo(ctx(applicant), applicant.applicantId, [p1, p2]);
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, []);
    await expectRefusal(claimProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: p1 }), "NO_CONNECTION");

    await createOverride(ctx(school.dean), {
      applicantId: applicant.applicantId,
      programId: p1,
      ruleCode: "NO_CONNECTION",
      reason: "Dr. Advocate trained the PD's chief resident.",
    });
    const { result: claim, warnings } = await claimProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: p1 });
    expect(claim.overrideId).not.toBeNull();
    expect(warnings.map((w) => w.code)).toContain("OVERRIDDEN");
    // The override was for p1 only, and is now used.
    await expectRefusal(claimProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: p2 }), "NO_CONNECTION");
    await releaseProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: p1 });
    await expectRefusal(claimProgram(ctx(advocate), { applicantId: applicant.applicantId, programId: p1 }), "NO_CONNECTION");
  });

  it("refuses an override of an NRMP rule with a clear message", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const error = await createOverride(ctx(school.dean), {
      applicantId: applicant.applicantId,
      ruleCode: "PROGRAM_MUST_INITIATE",
      reason: "We really want to call them.",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    expect((error as AppError).message).toMatch(/cannot be overridden/);
    expect(await t.db.override.count({ where: { applicantId: applicant.applicantId } })).toBe(0);
  });
});

describe("tenancy and audit", () => {
  it("answers not found for another school's applicant", async () => {
    const ctx = contextFor(t.db, clock);
    const other = await createSchool(t.db, { now: clock.now(), programs: 1 });
    const stranger = await other.addApplicant();
    const error = await markApplied(ctx(school.dean), stranger.applicantId, { programId: other.programIds[0]! }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("FORBIDDEN");
    const advocate = await school.addAdvocate();
    const notFound = await claimProgram(ctx(advocate), { applicantId: stranger.applicantId, programId: other.programIds[0]! }).catch((e: unknown) => e);
    expect((notFound as AppError).code).toBe("NOT_FOUND");
  });

  it("keeps the audit log append-only", async () => {
    const row = await t.db.auditLog.findFirstOrThrow();
    await expect(t.db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
  });
});

describe("assignments, releases and rejections", () => {
  it("unassigning an advocate releases their claims; the cap of two active advocates holds", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[11]!;
    const [first, second, third] = [await school.addAdvocate({ connectedTo: [programId] }), await school.addAdvocate(), await school.addAdvocate()];
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(first), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(second), applicant.applicantId, []);
    await expectRefusal(assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: third.advocateId }), "ADVOCATE_CAP_REACHED");

    const { result } = await unassignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: first.advocateId });
    expect(result.releasedProgramIds).toEqual([programId]);
    expect(await t.db.claim.count({ where: { applicantId: applicant.applicantId } })).toBe(0);
    await assignAdvocate(ctx(school.dean), { applicantId: applicant.applicantId, advocateId: third.advocateId });
    expect(await t.db.advocateAssignment.count({ where: { applicantId: applicant.applicantId, active: true } })).toBe(2);
  });

  it("shows a second advocate who holds a program", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[0]!;
    const holder = await school.addAdvocate({ connectedTo: [programId], name: "Dr. Holder Hale" });
    const other = await school.addAdvocate({ connectedTo: [programId] });
    await addTarget(ctx(applicant), applicant.applicantId, { programId });
    await assignAndClaim(ctx(school.dean), ctx(holder), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(other), applicant.applicantId, []);
    const page = await getAdvocateApplicant(t.db, other, applicant.applicantId, clock.now());
    const row = page.programs.find((p) => p.programId === programId);
    expect(row).toMatchObject({ status: "claimed-by-other", holder: "Dr. Holder Hale" });
  });

  it("the dean's office may release another advocate's claim; an advocate may not", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[12]!;
    const [holder, other] = [await school.addAdvocate({ connectedTo: [programId] }), await school.addAdvocate({ connectedTo: [programId] })];
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(holder), applicant.applicantId, [programId]);
    await assignAndClaim(ctx(school.dean), ctx(other), applicant.applicantId, []);
    await expectRefusal(claimProgram(ctx(other), { applicantId: applicant.applicantId, programId }), "PROGRAM_ALREADY_CLAIMED");
    await expectRefusal(releaseProgram(ctx(other), { applicantId: applicant.applicantId, programId }), "NOT_CLAIM_HOLDER");
    await releaseProgram(ctx(school.dean), { applicantId: applicant.applicantId, programId });
    await expectRefusal(releaseProgram(ctx(school.dean), { applicantId: applicant.applicantId, programId }), "NOT_CLAIM_HOLDER");
    await claimProgram(ctx(other), { applicantId: applicant.applicantId, programId });
  });

  it("removing a program from the list releases its claim, and only that one", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const [kept, removed] = [school.programIds[15]!, school.programIds[16]!];
    const advocate = await school.addAdvocate({ connectedTo: [kept, removed] });
    for (const programId of [kept, removed]) await addTarget(ctx(applicant), applicant.applicantId, { programId });
    await assignAndClaim(ctx(school.dean), ctx(advocate), applicant.applicantId, [kept, removed]);

    await removeTarget(ctx(applicant), applicant.applicantId, { programId: removed });
    const claims = await t.db.claim.findMany({ where: { applicantId: applicant.applicantId }, select: { programId: true } });
    expect(claims).toEqual([{ programId: kept }]);
    const release = await t.db.auditLog.findFirstOrThrow({ where: { applicantId: applicant.applicantId, action: "claim.release" } });
    expect(release.reason).toBe("Program removed from the target list");
  });

  it("rejecting an offer closes that program to further outreach", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[13]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    const { result: offer } = await recordOffer(ctx(applicant), applicant.applicantId, { programId, round: 2, offeredAt: clock.now() });
    await respondToOffer(ctx(applicant), applicant.applicantId, { offerId: offer.id, response: "REJECT" });
    await expectRefusal(respondToOffer(ctx(applicant), applicant.applicantId, { offerId: offer.id, response: "ACCEPT" }), "OFFER_NOT_PENDING");
    await expectRefusal(emailProgram(ctx(applicant), applicant.applicantId, programId), "PROGRAM_CLOSED");
  });

  it("rejects bad input with a specific message and writes nothing", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const before = await t.db.auditLog.count();
    const error = await logContact(ctx(applicant), applicant.applicantId, {
      programId: school.programIds[0],
      direction: "SIDEWAYS",
      channel: "EMAIL",
      outcome: "SENT",
      occurredAt: "yesterday-ish",
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    expect((error as AppError).fieldErrors?.direction?.[0]).toMatch(/contacted the program or it contacted you/);
    expect((error as AppError).fieldErrors?.occurredAt?.[0]).toMatch(/valid date/);
    expect(await t.db.auditLog.count()).toBe(before);
  });

  it("refuses a contact or an offer dated in the future", async () => {
    const ctx = contextFor(t.db, clock);
    const applicant = await school.addApplicant();
    const programId = school.programIds[14]!;
    await applyTo(ctx(applicant), applicant.applicantId, [programId]);
    const tomorrow = new Date(clock.now().getTime() + 24 * 3_600_000);
    const contact = await logContact(ctx(applicant), applicant.applicantId, {
      programId,
      direction: "INBOUND",
      channel: "PHONE",
      outcome: "SPOKE",
      occurredAt: tomorrow,
    }).catch((e: unknown) => e);
    expect((contact as AppError).fieldErrors?.occurredAt?.[0]).toMatch(/cannot be in the future/);
    const offer = await recordOffer(ctx(applicant), applicant.applicantId, { programId, round: 1, offeredAt: tomorrow }).catch((e: unknown) => e);
    expect((offer as AppError).fieldErrors?.offeredAt?.[0]).toMatch(/cannot be in the future/);
    expect(await t.db.contact.count({ where: { applicantId: applicant.applicantId } })).toBe(0);
  });
});

describe("database guards", () => {
  it("refuses a malformed NRMP program code or AAMC ID even past the edges", async () => {
    const base = {
      schoolId: school.schoolId,
      name: "Bad",
      specialty: "Internal Medicine",
      city: "X",
      state: "IL",
      setting: "COMMUNITY" as const,
      tier: "MID" as const,
      openPositions: 1,
    };
    await expect(t.db.program.create({ data: { ...base, nrmpCode: "10001X0C0", positionType: "C" } })).rejects.toThrow(/programs_nrmp_code_format/);
    await expect(t.db.program.create({ data: { ...base, nrmpCode: "1000140P0", positionType: "C" } })).rejects.toThrow(/programs_position_type_matches_code/);
    const applicant = await school.addApplicant();
    await expect(t.db.applicantProfile.update({ where: { id: applicant.applicantId }, data: { aamcId: "1234567X" } })).rejects.toThrow(
      /applicant_profiles_aamc_id_format/,
    );
  });
});
