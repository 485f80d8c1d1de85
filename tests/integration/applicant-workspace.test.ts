// The applicant workspace's use cases against a real PostgreSQL: allowed, refused, another
// school's record (NOT_FOUND), and the audit row written with each change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import type { Actor } from "@/lib/server/core/actor";
import {
  updateChecklist,
  updateProfile,
  saveNarrative,
  removeTarget,
  reorderTargets,
  setTargetPriority,
  completeTask,
  recordInterview,
  addTarget,
  markApplied,
  logContact,
  assignAdvocate,
} from "@/tests/support/commands";
import { getInterviewForCalendar } from "@/lib/server/offers-and-interviews/interview-for-calendar";
import { searchCatalog } from "@/lib/server/target-list/search-catalog";
import { getProgramTimeline } from "@/lib/server/outreach/program-timeline";
import { getMessagesView } from "@/lib/server/outreach/messages-view";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { getApplicantWorkspace } from "@/lib/server/applicant/workspace-view";
import { failure } from "./support/failure";
import { APPLICANT_NOT_FOUND } from "@/lib/server/auth/policy";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor, emailProgram } from "./support/flows";

let t: TestDatabase;
let school: SchoolFixture;
let other: SchoolFixture;
const clock = new ManualClock(new Date("2026-04-02T14:00:00Z"));

beforeAll(async () => {
  t = await createTestDatabase("applicant_ws");
  school = await createSchool(t.db, { now: clock.now(), programs: 8 });
  other = await createSchool(t.db, { now: clock.now(), programs: 3 });
});
afterAll(async () => t.drop());

const audits = (applicantId: string, action: string) => t.db.auditLog.count({ where: { applicantId, action } });

/** An actor of the other school pointing at this school's applicant: every query must miss it. */
function intruder(applicantId: string, role: Actor["role"] = "APPLICANT"): Actor {
  return { ...other.dean, role, applicantId: role === "APPLICANT" ? applicantId : null, advocateId: role === "ADVOCATE" ? "x" : null };
}

describe("reachability checklist", () => {
  it("saves a toggle with an audit row", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant({ checklistComplete: false });
    await updateChecklist(ctx(a), a.applicantId, { phoneLoud: true });
    const row = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: a.applicantId } });
    expect(row.phoneLoud).toBe(true);
    expect(row.voicemailReady).toBe(false);
    const log = await t.db.auditLog.findFirstOrThrow({ where: { applicantId: a.applicantId, action: "checklist.update" } });
    expect(log.before).toMatchObject({ phoneLoud: false });
    expect(log.after).toMatchObject({ phoneLoud: true });
  });

  it("refuses other roles and another school's actor, writing nothing", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant({ checklistComplete: false });
    expect((await failure(updateChecklist(ctx(school.dean), a.applicantId, { phoneLoud: true }))).code).toBe("FORBIDDEN");
    expect((await failure(updateChecklist(ctx(intruder(a.applicantId)), a.applicantId, { phoneLoud: true }))).code).toBe("NOT_FOUND");
    expect((await failure(updateChecklist(ctx(a), a.applicantId, { phoneLoud: "yes" }))).code).toBe("INVALID_INPUT");
    expect(await audits(a.applicantId, "checklist.update")).toBe(0);
  });
});

describe("profile", () => {
  it("updates the profile and replaces red flags with their context", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant({ redFlags: ["LEAVE_OF_ABSENCE"] });
    const input = {
      aamcId: "31234567",
      degreeType: "US_DO",
      step2Score: 232,
      specialty: "Family Medicine",
      phone: "(555) 010-0199",
      redFlags: [{ kind: "STEP_FAILURE", context: "Failed Step 1 once, passed on retake; 243 on Step 2 CK." }],
    };
    await updateProfile(ctx(a), a.applicantId, input);
    const row = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: a.applicantId }, include: { redFlags: true } });
    expect(row).toMatchObject({ aamcId: "31234567", degreeType: "US_DO", step2Score: 232, phone: "(555) 010-0199" });
    expect(row.redFlags.map((f) => f.kind)).toEqual(["STEP_FAILURE"]);
    expect(await audits(a.applicantId, "profile.update")).toBe(1);
  });

  it("saves a red flag for an invited applicant with no phone on file, and never asks for one", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    await t.db.applicantProfile.update({ where: { id: a.applicantId }, data: { phone: "" } });
    const profile = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: a.applicantId } });
    const flag = { kind: "LEAVE_OF_ABSENCE", context: "A semester of family leave in year 3; back on track since." };
    await updateProfile(ctx(a), a.applicantId, {
      aamcId: profile.aamcId,
      degreeType: profile.degreeType,
      step2Score: profile.step2Score,
      specialty: profile.specialty,
      phone: "",
      redFlags: [flag],
    });
    const row = await t.db.applicantProfile.findUniqueOrThrow({ where: { id: a.applicantId }, include: { redFlags: true } });
    expect(row.phone).toBe("");
    expect(row.redFlags.map((f) => ({ kind: f.kind, context: f.context }))).toEqual([flag]);
  });

  it("refuses an AAMC ID of another applicant and bad input", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const b = await school.addApplicant();
    const bId = (await t.db.applicantProfile.findUniqueOrThrow({ where: { id: b.applicantId } })).aamcId;
    const base = { degreeType: "US_MD", step2Score: null, specialty: "Internal Medicine", phone: "555-0100", redFlags: [] };
    expect((await failure(updateProfile(ctx(a), a.applicantId, { ...base, aamcId: bId }))).code).toBe("CONFLICT");
    const bad = await failure(updateProfile(ctx(a), a.applicantId, { ...base, aamcId: "123" }));
    expect(bad.code).toBe("INVALID_INPUT");
    expect(bad.fieldErrors?.aamcId?.[0]).toMatch(/8 digits/);
    expect((await failure(updateProfile(ctx(intruder(a.applicantId)), a.applicantId, { ...base, aamcId: "39999999" }))).code).toBe("NOT_FOUND");
    expect(await audits(a.applicantId, "profile.update")).toBe(0);
  });
});

describe("narrative", () => {
  const story = {
    strengths: ["Clinically strong on the wards", "Team player on nights"],
    weaknessContext: ["Late switch from surgery"],
    reliability: "Never missed a shift.",
  };

  it("versions every save, by the applicant or an assigned advocate", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const advocate = await school.addAdvocate();
    expect((await saveNarrative(ctx(a), a.applicantId, story)).result.version).toBe(1);
    expect((await saveNarrative(ctx(a), a.applicantId, { ...story, reliability: "Never missed a shift; first in." })).result.version).toBe(2);

    // Not assigned: the same answer as for an applicant that does not exist.
    const refused = await failure(saveNarrative(ctx(advocate), a.applicantId, story));
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "NOT_FOUND", message: APPLICANT_NOT_FOUND });

    await assignAdvocate(ctx(school.dean), { applicantId: a.applicantId, advocateId: advocate.advocateId });
    const v3 = await saveNarrative(ctx(advocate), a.applicantId, story);
    expect(v3.result).toMatchObject({ version: 3, authorUserId: advocate.userId });
    expect(await t.db.narrative.count({ where: { applicantId: a.applicantId } })).toBe(3);
    expect(await audits(a.applicantId, "narrative.save")).toBe(3);
  });

  it("refuses the dean, another school's advocate and a story without two strengths", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    expect((await failure(saveNarrative(ctx(school.dean), a.applicantId, story))).code).toBe("FORBIDDEN");
    expect((await failure(saveNarrative(ctx(intruder(a.applicantId, "ADVOCATE")), a.applicantId, story))).code).toBe("NOT_FOUND");
    expect((await failure(saveNarrative(ctx(a), a.applicantId, { ...story, strengths: ["Only one"] }))).code).toBe("INVALID_INPUT");
    expect(await t.db.narrative.count({ where: { applicantId: a.applicantId } })).toBe(0);
  });
});

describe("target list", () => {
  it("reorders with dense ranks, and keeps them dense after a removal", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2, p3, p4] = school.programIds as [string, string, string, string];
    for (const programId of [p1, p2, p3, p4]) await addTarget(ctx(a), a.applicantId, { programId });
    await reorderTargets(ctx(a), a.applicantId, { programIds: [p3, p1, p4, p2] });
    const ranks = async () =>
      (await t.db.target.findMany({ where: { applicantId: a.applicantId }, orderBy: { rank: "asc" } })).map((r) => [r.programId, r.rank]);
    expect(await ranks()).toEqual([
      [p3, 1],
      [p1, 2],
      [p4, 3],
      [p2, 4],
    ]);
    expect(await audits(a.applicantId, "target.reorder")).toBe(1);

    const removed = await removeTarget(ctx(a), a.applicantId, { programId: p1 });
    expect(removed.warnings.map((w) => w.code)).toContain("TARGET_LIST_SIZE");
    expect(await ranks()).toEqual([
      [p3, 1],
      [p4, 2],
      [p2, 3],
    ]);
    expect(await audits(a.applicantId, "target.remove")).toBe(1);
  });

  it("refuses an order that is not the list, and another school's actor", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2, p3] = school.programIds as [string, string, string];
    for (const programId of [p1, p2]) await addTarget(ctx(a), a.applicantId, { programId });
    expect((await failure(reorderTargets(ctx(a), a.applicantId, { programIds: [p2, p3] }))).refusal?.ruleCode).toBe("LIST_CHANGED");
    expect((await failure(reorderTargets(ctx(a), a.applicantId, { programIds: [p2, p2] }))).code).toBe("INVALID_INPUT");
    expect((await failure(reorderTargets(ctx(intruder(a.applicantId)), a.applicantId, { programIds: [p2, p1] }))).code).toBe("NOT_FOUND");
    expect(await audits(a.applicantId, "target.reorder")).toBe(0);
  });

  it("refuses to remove an applied program", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const programId = school.programIds[0]!;
    await applyTo(ctx(a), a.applicantId, [programId]);
    const error = await failure(removeTarget(ctx(a), a.applicantId, { programId }));
    expect(error.refusal?.ruleCode).toBe("ALREADY_APPLIED");
    expect(await t.db.target.count({ where: { applicantId: a.applicantId } })).toBe(1);
    expect(await audits(a.applicantId, "target.remove")).toBe(0);
  });

  it("sets priority on a listed program, refuses one off the list", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2] = school.programIds as [string, string];
    await addTarget(ctx(a), a.applicantId, { programId: p1 });
    await setTargetPriority(ctx(a), a.applicantId, { programId: p1, priority: "FACULTY" });
    expect((await t.db.target.findFirstOrThrow({ where: { applicantId: a.applicantId, programId: p1 } })).priority).toBe("FACULTY");
    expect(await audits(a.applicantId, "target.setPriority")).toBe(1);
    expect((await failure(setTargetPriority(ctx(a), a.applicantId, { programId: p2, priority: "SELF" }))).refusal?.ruleCode).toBe("NOT_ON_LIST");
    expect((await failure(setTargetPriority(ctx(a), a.applicantId, { programId: p1, priority: "BOTH" }))).code).toBe("INVALID_INPUT");
  });
});

describe("tasks and interviews", () => {
  it("completes an urgent task once, and not another applicant's", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const b = await school.addApplicant();
    const programId = school.programIds[2]!;
    const { result } = await logContact(ctx(a), a.applicantId, {
      programId,
      direction: "INBOUND",
      channel: "PHONE",
      outcome: "SPOKE",
      occurredAt: clock.now(),
    });
    const task = result.tasks[0]!;
    expect(task.kind).toBe("URGENT_RESPONSE");

    expect((await failure(completeTask(ctx(b), b.applicantId, { taskId: task.id }))).refusal?.ruleCode).toBe("TASK_NOT_FOUND");
    expect((await failure(completeTask(ctx(intruder(a.applicantId)), a.applicantId, { taskId: task.id }))).code).toBe("NOT_FOUND");
    await completeTask(ctx(a), a.applicantId, { taskId: task.id });
    expect((await t.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("DONE");
    const again = await failure(completeTask(ctx(a), a.applicantId, { taskId: task.id }));
    expect(again.refusal).toMatchObject({ ruleCode: "TASK_NOT_OPEN", reason: "This task is already done." });
    expect(await audits(a.applicantId, "task.complete")).toBe(1);
  });

  it("records an interview only with an applied program, closing the urgent task", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const programId = school.programIds[3]!;
    const interview = { programId, startsAt: "2026-04-03T15:00:00.000Z", durationMinutes: 30, format: "VIDEO", location: "Zoom" };
    await addTarget(ctx(a), a.applicantId, { programId });
    expect((await failure(recordInterview(ctx(a), a.applicantId, interview))).refusal?.ruleCode).toBe("NOT_APPLIED");

    await markApplied(ctx(a), a.applicantId, { programId });
    await logContact(ctx(a), a.applicantId, { programId, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED", occurredAt: clock.now() });
    const { result } = await recordInterview(ctx(a), a.applicantId, interview);
    expect(result.startsAt.toISOString()).toBe("2026-04-03T15:00:00.000Z");
    expect(await t.db.task.count({ where: { applicantId: a.applicantId, status: "OPEN" } })).toBe(0);
    expect(await audits(a.applicantId, "interview.record")).toBe(1);

    // The calendar file is read from the actor's own record only.
    const b = await school.addApplicant();
    expect((await getInterviewForCalendar(t.db, a, result.id)).program.name).toMatch(/^Program 4/);
    expect((await failure(getInterviewForCalendar(t.db, b, result.id))).code).toBe("NOT_FOUND");
    expect((await failure(getInterviewForCalendar(t.db, intruder(a.applicantId), result.id))).code).toBe("NOT_FOUND");
    expect((await failure(getInterviewForCalendar(t.db, school.dean, result.id))).code).toBe("NOT_FOUND");
  });
});

describe("catalog, messages and timeline", () => {
  it("searches the actor's school only; advocates are refused", async () => {
    const a = await school.addApplicant();
    const all = await searchCatalog(t.db, a, {});
    expect(all.total).toBe(8);
    expect(all.programs.every((p) => p.name.startsWith("Program"))).toBe(true);
    const one = await searchCatalog(t.db, a, { q: "Program 3 ", specialty: "Internal Medicine", state: "il", positionType: "C", setting: "COMMUNITY" });
    expect(one.programs.map((p) => p.name)).toEqual([expect.stringMatching(/^Program 3 /)]);
    expect((await searchCatalog(t.db, other.dean, {})).total).toBe(3);
    const advocate = await school.addAdvocate();
    expect((await failure(searchCatalog(t.db, advocate, {}))).code).toBe("FORBIDDEN");
    expect((await failure(searchCatalog(t.db, a, { state: "Illinois" }))).code).toBe("INVALID_INPUT");
  });

  it("prechecks each program's email with the rules, and shows every touch on the timeline", async () => {
    const ctx = contextFor(t.db, clock);
    const a = await school.addApplicant();
    const [p1, p2] = school.programIds as [string, string];
    await applyTo(ctx(a), a.applicantId, [p1]);
    await addTarget(ctx(a), a.applicantId, { programId: p2 });
    const view = await getMessagesView(t.db, a, clock.now());
    expect(view.programs.find((p) => p.programId === p1)?.refusal).toBeNull();
    expect(view.programs.find((p) => p.programId === p2)?.refusal?.ruleCode).toBe("NOT_APPLIED");

    await emailProgram(ctx(a), a.applicantId, p1);
    await logContact(ctx(a), a.applicantId, { programId: p1, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED", occurredAt: clock.now() });
    const timeline = await getProgramTimeline(t.db, a, p1);
    // "Added" carries the database's own clock, so only the events on the test's clock are ordered here.
    expect(timeline.events.filter((e) => !(e.kind === "target" && e.what === "added")).map((e) => e.kind)).toEqual(["target", "contact", "contact", "task"]);
    expect(timeline.events.filter((e) => e.kind === "target")).toHaveLength(2);
    expect(timeline.events.filter((e) => e.kind === "contact").map((e) => (e.kind === "contact" ? e.who : ""))).toEqual(["You", timeline.program.name]);
    expect((await failure(getProgramTimeline(t.db, a, other.programIds[0]))).code).toBe("NOT_FOUND");
  });
});

describe("an override of the faculty-contact cap", () => {
  it("raises the limit the dashboard and the applicant read, and says so to the applicant", async () => {
    const a = await school.addApplicant();
    expect((await getApplicantWorkspace(t.db, a, clock.now())).facultyLimitNote).toBeNull();

    await t.db.override.create({
      data: {
        schoolId: a.schoolId,
        applicantId: a.applicantId,
        ruleCode: "FACULTY_CAP_REACHED",
        reason: "A ninth program with a real connection",
        createdById: school.dean.userId,
      },
    });
    const row = (await getDeanDashboard(t.db, school.dean, clock.now())).rows.find((r) => r.applicantId === a.applicantId);
    expect(row?.facultyCap).toBe(9);
    expect(row?.alerts.map((x) => x.code)).not.toContain("ADVOCATE_OVER_CAP");
    expect((await getApplicantWorkspace(t.db, a, clock.now())).facultyLimitNote).toBe(
      "The dean's office raised your faculty-contact limit to 9 (the school's limit is 8).",
    );
  });
});
