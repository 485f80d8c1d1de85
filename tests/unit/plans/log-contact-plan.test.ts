// The plan of logging a contact, checked without a database: what is written, which tasks are
// created, completed or cancelled, who is told and what is scheduled.
import { describe, expect, it } from "vitest";
import { planLogContact } from "@/lib/domain/plans/log-contact";
import { ROW, type Plan } from "@/lib/domain/plans/plan";
import { APPLICANT, NOW, advocate, given, minutes } from "../domain/builders";

const at = { occurredAt: NOW, summary: "" };
const email = { programId: "p1", direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT", ...at } as const;
const call = { programId: "p1", direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE", ...at } as const;
const inbound = { programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE", ...at } as const;

function planOf(result: ReturnType<typeof planLogContact>): Plan {
  if (!result.ok) throw new Error(`Refused: ${result.code}`);
  return result.plan;
}

describe("the plan of logging a contact", () => {
  it("writes the applicant's email with its audit entry and completes the nudge it answers", () => {
    const s = given().target("p1").task("t-nudge", "NUDGE", minutes(60)).build();
    const plan = planOf(planLogContact(s, { actor: APPLICANT, narrativeVersionId: "n9" }, email, NOW));
    expect(plan.writes).toEqual([
      {
        op: "contact.create",
        ref: "contact",
        contact: {
          programId: "p1",
          actorRole: "APPLICANT",
          advocateKind: null,
          direction: "OUTBOUND",
          channel: "EMAIL",
          outcome: "SENT",
          occurredAt: NOW,
          summary: "",
          narrativeVersionId: null,
        },
        audit: { action: "contact.log", after: ROW },
      },
      { op: "tasks.close", taskIds: [], status: "CANCELLED", audit: { action: "task.cancel", reason: "Program declined" } },
      { op: "tasks.close", taskIds: ["t-nudge"], status: "DONE", audit: { action: "task.complete", reason: "The applicant emailed the program" } },
    ]);
    expect(plan.notifications).toEqual([]);
    expect(plan.jobs).toEqual([]);
  });

  it("has an advocate's call record the narrative version, create the follow-up, schedule its reminder and tell the applicant", () => {
    const s = given().ready("p1").build();
    const plan = planOf(planLogContact(s, { actor: advocate(), narrativeVersionId: "n9" }, call, NOW));
    expect(plan.writes[0]).toMatchObject({
      op: "contact.create",
      contact: { actorRole: "ADVOCATE", advocateKind: "PROGRAM_DIRECTOR", narrativeVersionId: "n9" },
    });
    expect(plan.writes.at(-1)).toEqual({
      op: "task.create",
      ref: "task:0",
      task: { programId: "p1", kind: "FOLLOW_UP", title: "Email Program p1, naming Dr. One briefly", dueAt: minutes(240), sourceContactRef: "contact" },
      audit: { action: "task.create", after: ROW },
    });
    expect(plan.jobs).toEqual([{ kind: "task-escalation", taskRef: "task:0", fromInboundCall: false }]);
    expect(plan.notifications).toEqual([{ kind: "applicant-tasks", taskRefs: ["task:0"], programName: "Program p1" }]);
  });

  it("turns a program's call into an urgent task whose escalation is an inbound call's", () => {
    const s = given().target("p1").build();
    const plan = planOf(planLogContact(s, { actor: APPLICANT, narrativeVersionId: null }, inbound, NOW));
    expect(plan.writes.find((w) => w.op === "task.create")).toMatchObject({ task: { kind: "URGENT_RESPONSE", dueAt: minutes(30) } });
    expect(plan.jobs).toEqual([{ kind: "task-escalation", taskRef: "task:0", fromInboundCall: true }]);
    // The applicant logged it: nobody else made the task, so nobody tells her of it.
    expect(plan.notifications).toEqual([]);
  });

  it("cancels the program's open tasks when it declines", () => {
    const s = given().target("p1").task("t1", "FOLLOW_UP", minutes(60)).task("t2", "FOLLOW_UP", minutes(60), "p2").build();
    const plan = planOf(planLogContact(s, { actor: APPLICANT, narrativeVersionId: null }, { ...inbound, outcome: "DECLINED" }, NOW));
    expect(plan.writes).toContainEqual({
      op: "tasks.close",
      taskIds: ["t1"],
      status: "CANCELLED",
      audit: { action: "task.cancel", reason: "Program declined" },
    });
    expect(plan.writes.some((w) => w.op === "task.create")).toBe(false);
  });

  it("marks the dean's override it relied on used, first", () => {
    const s = given().target("p1").assign("adv1").claim("p1").override("o1", "APPLICANT_EMAIL_FIRST", "p1").build();
    const result = planLogContact(s, { actor: advocate(), narrativeVersionId: null }, { ...call, channel: "EMAIL", outcome: "SENT" }, NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.writes[0]).toEqual({ op: "overrides.use", overrideIds: ["o1"] });
  });

  it("is the rules' refusal when they refuse, and plans nothing", () => {
    const s = given().target("p1", false).build();
    const result = planLogContact(s, { actor: APPLICANT, narrativeVersionId: null }, email, NOW);
    expect(result).toMatchObject({ ok: false, code: "NOT_APPLIED" });
    expect("plan" in result).toBe(false);
  });
});
