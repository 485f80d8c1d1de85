// The plans of the target list's commands, a claim, a release, a nudge and a task marked done,
// checked without a database.
import { describe, expect, it } from "vitest";
import { planClaim, planNudge, planRelease } from "@/lib/domain/plans/advocacy";
import { ROW, type Planned } from "@/lib/domain/plans/plan";
import { planCompleteTask } from "@/lib/domain/plans/tasks";
import { planAddTarget, planMarkApplied, planRemoveTarget, planReorderTargets, planSetTargetPriority } from "@/lib/domain/plans/target-list";
import { NOW, given, minutes } from "../domain/builders";

function planned(result: Planned) {
  if (!result.ok) throw new Error(`Refused: ${result.code}`);
  return result.plan;
}

describe("the target list's plans", () => {
  it("adds a program at the bottom of the list", () => {
    const s = given().target("p1").target("p2").build();
    expect(planned(planAddTarget(s, "p3", NOW, "APPLICANT")).writes).toEqual([
      { op: "target.create", programId: "p3", rank: 3, audit: { action: "target.add", after: ROW } },
    ]);
  });

  it("marks an application sent now, saying before and after", () => {
    const s = given().target("p1", false).build();
    expect(planned(planMarkApplied(s, "p1", NOW, "APPLICANT")).writes).toEqual([
      {
        op: "target.update",
        programId: "p1",
        data: { appliedAt: NOW },
        audit: { action: "target.markApplied", before: { appliedAt: null }, after: { appliedAt: NOW } },
      },
    ]);
  });

  it("changes a priority, saying the one before", () => {
    const s = given().target("p1").build();
    expect(planned(planSetTargetPriority(s, "p1", "FACULTY", "APPLICANT")).writes).toEqual([
      {
        op: "target.update",
        programId: "p1",
        data: { priority: "FACULTY" },
        audit: { action: "target.setPriority", before: { priority: "SELF" }, after: { priority: "FACULTY" } },
      },
    ]);
  });

  it("removes a program, releases its claim and moves the programs below it up", () => {
    const s = given().target("p1").target("p2", false).target("p3").assign().claim("p2").build();
    expect(planned(planRemoveTarget(s, "p2", "APPLICANT")).writes).toEqual([
      { op: "target.delete", programId: "p2", audit: { action: "target.remove", before: ROW } },
      { op: "claim.delete", programId: "p2", audit: { action: "claim.release", before: ROW, reason: "Program removed from the target list" } },
      { op: "target.ranks", ranks: [{ programId: "p3", rank: 2 }] },
    ]);
  });

  it("writes only the ranks a new order changes, with one audit entry for the order", () => {
    const s = given().target("p1").target("p2").target("p3").build();
    expect(planned(planReorderTargets(s, ["p1", "p3", "p2"], "APPLICANT")).writes).toEqual([
      {
        op: "target.ranks",
        ranks: [
          { programId: "p3", rank: 2 },
          { programId: "p2", rank: 3 },
        ],
      },
      {
        op: "audit",
        entityType: "Target",
        entityId: s.applicantId,
        audit: { action: "target.reorder", before: { order: ["p1", "p2", "p3"] }, after: { order: ["p1", "p3", "p2"] } },
      },
    ]);
  });

  it("plans nothing when the rules refuse", () => {
    const s = given().target("p1").build();
    expect(planAddTarget(s, "p1", NOW, "APPLICANT")).toMatchObject({ ok: false });
    expect(planReorderTargets(s, ["p9"], "APPLICANT")).toMatchObject({ ok: false, code: "LIST_CHANGED" });
  });
});

describe("an advocate's plans", () => {
  const connected = { advocateId: "adv1", advocateKind: "PROGRAM_DIRECTOR", hasConnection: true } as const;

  it("claims a program for the advocate", () => {
    const s = given().target("p1").assign().build();
    expect(planned(planClaim(s, connected, "p1", NOW)).writes).toEqual([
      { op: "claim.create", programId: "p1", advocateId: "adv1", overrideId: null, audit: { action: "claim.create", after: ROW } },
    ]);
  });

  it("records the dean's override a claim relied on, and marks it used first", () => {
    const s = given().target("p1").assign().override("ov1", "NO_CONNECTION", "p1").build();
    const writes = planned(planClaim(s, { ...connected, hasConnection: false, advocateKind: "RESIDENT" }, "p1", NOW)).writes;
    expect(writes[0]).toEqual({ op: "overrides.use", overrideIds: ["ov1"] });
    expect(writes[1]).toMatchObject({ op: "claim.create", overrideId: "ov1" });
  });

  it("releases a claim, keeping the released row in the audit entry", () => {
    const s = given().target("p1").assign().claim("p1").build();
    expect(planned(planRelease(s, { role: "ADVOCATE", advocateId: "adv1" }, "p1")).writes).toEqual([
      { op: "claim.delete", programId: "p1", audit: { action: "claim.release", before: ROW } },
    ]);
  });

  it("nudges: a task the advocate asked for, and the applicant told", () => {
    const s = given().target("p1").assign().claim("p1").build();
    const plan = planned(planNudge(s, "adv1", "user-adv1", "p1", NOW));
    expect(plan.writes).toEqual([
      {
        op: "task.create",
        ref: "task:nudge",
        task: expect.objectContaining({ programId: "p1", kind: "NUDGE", createdById: "user-adv1" }),
        audit: { action: "nudge.create", after: ROW },
      },
    ]);
    expect(plan.notifications).toEqual([{ kind: "applicant-tasks", taskRefs: ["task:nudge"], programName: "Program p1" }]);
  });
});

describe("marking a task done", () => {
  it("completes the open task now", () => {
    const s = given().target("p1").task("t1", "FOLLOW_UP", minutes(60)).build();
    expect(planned(planCompleteTask(s, "t1", NOW, "APPLICANT")).writes).toEqual([
      {
        op: "task.done",
        ref: "task",
        taskId: "t1",
        audit: { action: "task.complete", before: { status: "OPEN" }, after: { status: "DONE", completedAt: NOW } },
      },
    ]);
  });

  it("refuses a task that is not the applicant's", () => {
    expect(planCompleteTask(given().build(), "t9", NOW, "APPLICANT")).toMatchObject({ ok: false, code: "TASK_NOT_FOUND" });
  });
});
