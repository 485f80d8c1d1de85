import { describe, expect, it } from "vitest";
import { decideCompleteTask } from "../../../lib/domain/rules/decide/complete-task";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { decideRecordOffer } from "../../../lib/domain/rules/decide/record-offer";
import { decideRespondToOffer, effectsOfAcceptance, effectsOfRejection } from "../../../lib/domain/rules/decide/respond-to-offer";
import { effectsOfUnassign, decideUnassignAdvocate } from "../../../lib/domain/rules/decide/unassign-advocate";
import {
  taskForOffer,
  tasksAfterContact,
  tasksCompletedByContact,
  tasksCompletedByInterview,
  tasksToCancelAfterContact,
} from "../../../lib/domain/rules/tasks";
import { decideNudge } from "../../../lib/domain/rules/decide/nudge";
import { nudgeTask } from "../../../lib/domain/rules/nudges";
import { roundDeadline } from "../../../lib/domain/rules/offers";
import { APPLICANT, NOW, SOAP_WINDOW, given, minutes, outboundCall, outboundEmail } from "./builders";

const facultyCall = {
  actorRole: "ADVOCATE" as const,
  advocateId: "adv1",
  programId: "p1",
  direction: "OUTBOUND" as const,
  channel: "PHONE" as const,
  outcome: "SPOKE" as const,
};
const programCall = {
  actorRole: "APPLICANT" as const,
  advocateId: null,
  programId: "p1",
  direction: "INBOUND" as const,
  channel: "PHONE" as const,
  outcome: "SPOKE" as const,
};

describe("tasks after a contact", () => {
  it("asks the applicant to follow up by email, naming the advocate, within four hours", () => {
    const s = given().ready("p1").build();
    expect(tasksAfterContact(s, facultyCall, NOW)).toEqual([
      { kind: "FOLLOW_UP", programId: "p1", title: "Email Program p1, naming Dr. One briefly", dueAt: minutes(240) },
    ]);
  });

  it("makes an inbound contact an urgent task due in 30 minutes", () => {
    const [task] = tasksAfterContact(given().target("p1").build(), programCall, NOW);
    expect(task).toMatchObject({ kind: "URGENT_RESPONSE", dueAt: minutes(30) });
    expect(task?.title).toMatch(/call them back now/);
    const [interview] = tasksAfterContact(given().target("p1").build(), { ...programCall, outcome: "INTERVIEW_OFFERED" }, NOW);
    expect(interview?.title).toBe("Confirm the interview with Program p1 now");
  });

  it("follows the school's timing settings", () => {
    const s = given().policy({ urgentResponseMinutes: 15 }).target("p1").build();
    expect(tasksAfterContact(s, programCall, NOW)[0]?.dueAt).toEqual(minutes(15));
  });

  it("creates nothing after an accepted offer, after a decline, or for the applicant's own email", () => {
    expect(tasksAfterContact(given().target("p1").offer("o1", "p2", "ACCEPTED").build(), programCall, NOW)).toEqual([]);
    expect(tasksAfterContact(given().target("p1").build(), { ...programCall, outcome: "DECLINED" }, NOW)).toEqual([]);
    expect(tasksAfterContact(given().target("p1").build(), { ...facultyCall, actorRole: "APPLICANT", advocateId: null }, NOW)).toEqual([]);
  });

  it("does not duplicate an open task for the same program", () => {
    const s = given().target("p1").task("t1", "URGENT_RESPONSE", minutes(10)).build();
    expect(tasksAfterContact(s, programCall, NOW)).toEqual([]);
  });

  it("cancels a program's open tasks when it declines", () => {
    const s = given().target("p1").task("t1", "FOLLOW_UP", minutes(10)).task("t2", "FOLLOW_UP", minutes(10), "p2").build();
    expect(tasksToCancelAfterContact(s, { ...programCall, outcome: "DECLINED" })).toEqual(["t1"]);
    expect(tasksToCancelAfterContact(s, programCall)).toEqual([]);
  });

  it("logs an inbound call after acceptance, but refuses outreach", () => {
    const s = given().target("p1").target("p2").offer("o1", "p2", "ACCEPTED").build();
    expect(decideLogContact(s, { actor: { role: "APPLICANT" }, ...programCall }, NOW).ok).toBe(true);
    expect(decideLogContact(s, { actor: { role: "APPLICANT" }, ...outboundEmail("p1") }, NOW)).toMatchObject({ ok: false, code: "OFFER_ACCEPTED" });
  });
});

describe("nudge", () => {
  const waiting = () => given().target("p1").assign("adv1").claim("p1");

  it("is allowed where the program waits for the applicant's email, and names the advocate in the task", () => {
    const s = waiting().build();
    expect(decideNudge(s, "adv1", "p1", NOW)).toMatchObject({ ok: true });
    const task = nudgeTask(s, "p1", "adv1", NOW);
    expect(task).toMatchObject({ kind: "NUDGE", programId: "p1", title: "Email Program p1 so that Dr. One can call" });
    expect(task.dueAt).toEqual(minutes(240));
  });

  it("is refused by the same rules that stand before a faculty contact", () => {
    expect(decideNudge(given().target("p1", false).assign("adv1").claim("p1").build(), "adv1", "p1", NOW)).toMatchObject({ code: "NOT_APPLIED" });
    expect(decideNudge(given().target("p1").assign("adv1").build(), "adv1", "p1", NOW)).toMatchObject({ code: "NOT_CLAIM_HOLDER" });
    expect(decideNudge(given().target("p1").assign("adv2").claim("p1").build(), "adv2", "p1", NOW)).toMatchObject({ code: "NOT_CLAIM_HOLDER" });
    expect(decideNudge(waiting().build(), "adv3", "p1", NOW)).toMatchObject({ code: "NOT_ASSIGNED" });
    expect(decideNudge(given({ season: SOAP_WINDOW }).target("p1").assign("adv1").claim("p1").build(), "adv1", "p1", NOW)).toMatchObject({
      code: "PROGRAM_MUST_INITIATE",
    });
  });

  it("counts the interval from the latest nudge for that program, whoever sent it", () => {
    const s = waiting()
      .nudged("p1", minutes(-11 * 60))
      .nudged("p2", minutes(-1))
      .build();
    expect(decideNudge(s, "adv1", "p1", NOW)).toMatchObject({ code: "NUDGE_TOO_SOON" });
    expect(decideNudge(s, "adv1", "p1", minutes(60))).toMatchObject({ ok: true });
    const shorter = waiting().policy({ nudgeIntervalHours: 2 }).nudged("p1", minutes(-121)).build();
    expect(decideNudge(shorter, "adv1", "p1", NOW)).toMatchObject({ ok: true });
  });

  it("is done when the applicant emails the program, and only then", () => {
    const s = waiting().task("n1", "NUDGE", minutes(240)).task("u1", "URGENT_RESPONSE", minutes(30)).task("n2", "NUDGE", minutes(240), "p2").build();
    const email = { actorRole: "APPLICANT" as const, advocateId: null, ...outboundEmail("p1") };
    expect(tasksCompletedByContact(s, email)).toEqual(["n1"]);
    expect(tasksCompletedByContact(s, { ...email, channel: "PHONE" })).toEqual([]);
    expect(tasksCompletedByContact(s, { ...email, actorRole: "ADVOCATE", advocateId: "adv1" })).toEqual([]);
  });
});

describe("a contact logged for an earlier time", () => {
  it("counts calls by the day it happened in the school's zone, not by today", () => {
    // Called Tuesday 10:00 New York; logging on Wednesday a call made Tuesday 16:00 is the second that day.
    const s = given().target("p1").call("p1", new Date("2026-03-17T14:00:00Z")).build();
    const wednesday = new Date("2026-03-18T15:00:00Z");
    const tuesdayAfternoon = new Date("2026-03-17T20:00:00Z");
    expect(decideLogContact(s, { actor: APPLICANT, ...outboundCall("p1"), occurredAt: tuesdayAfternoon }, wednesday)).toMatchObject({
      code: "PHONE_DAILY_LIMIT",
    });
    expect(decideLogContact(s, { actor: APPLICANT, ...outboundCall("p1") }, wednesday)).toMatchObject({ ok: true });
  });

  it("is refused before the season's window opened, and judged by the mode of its own time", () => {
    const s = given({ season: SOAP_WINDOW }).target("p1").build();
    const before = minutes(-1, SOAP_WINDOW.windowStartsAt);
    expect(
      decideLogContact(s, { actor: APPLICANT, programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: before }, NOW),
    ).toMatchObject({ code: "CONTACT_BEFORE_SEASON" });
    // Inside the window, outbound needs the program first; a contact logged for after the window does not.
    const afterWindow = minutes(60, SOAP_WINDOW.windowEndsAt);
    expect(decideLogContact(s, { actor: APPLICANT, ...outboundEmail("p1"), occurredAt: NOW }, afterWindow)).toMatchObject({ code: "PROGRAM_MUST_INITIATE" });
    expect(decideLogContact(s, { actor: APPLICANT, ...outboundEmail("p1"), occurredAt: afterWindow }, afterWindow)).toMatchObject({ ok: true });
  });
});

describe("offer rounds", () => {
  const rounds = [
    { number: 1, offersAt: minutes(0), respondBy: minutes(120) },
    { number: 2, offersAt: minutes(180), respondBy: minutes(300) },
  ];
  it("gives an offer its round's deadline and the applicant an urgent task due then", () => {
    const s = given({ season: { ...SOAP_WINDOW, offerRounds: rounds } })
      .target("p1")
      .build();
    expect(roundDeadline(s, 2, minutes(200))).toEqual(minutes(300));
    expect(taskForOffer(s, "p1", roundDeadline(s, 2, minutes(200)))).toMatchObject({
      kind: "URGENT_RESPONSE",
      dueAt: minutes(300),
      title: "Accept or reject Program p1's offer before it expires",
    });
  });

  it("gives no deadline for a round the season does not have, or an offer outside its round, and then no task", () => {
    const s = given({ season: { ...SOAP_WINDOW, offerRounds: rounds } })
      .target("p1")
      .build();
    expect(roundDeadline(s, 4, minutes(10))).toBeNull();
    expect(roundDeadline(given().build(), 1, minutes(10))).toBeNull();
    expect(roundDeadline(s, 1, minutes(-1))).toBeNull();
    expect(roundDeadline(s, 1, minutes(121))).toBeNull();
    expect(roundDeadline(s, 1, minutes(120))).toEqual(minutes(120));
    expect(taskForOffer(s, "p1", null)).toBeNull();
  });
});

describe("offers", () => {
  it("records an offer only from an applied program", () => {
    expect(decideRecordOffer(given().target("p1", false).build(), { programId: "p1" }, NOW, "APPLICANT")).toMatchObject({ ok: false, code: "NOT_APPLIED" });
    expect(decideRecordOffer(given().target("p1").build(), { programId: "p1" }, NOW, "APPLICANT").ok).toBe(true);
  });

  it("accepts only one offer, ever", () => {
    const s = given().target("p1").target("p2").offer("o1", "p1", "ACCEPTED").offer("o2", "p2").build();
    expect(decideRespondToOffer(s, "o2", "ACCEPT", NOW, "APPLICANT")).toMatchObject({ ok: false, code: "OFFER_ACCEPTED" });
    expect(decideRespondToOffer(s, "o2", "REJECT", NOW, "APPLICANT").ok).toBe(true);
  });

  it("acceptance cancels every open task and withdraws the other pending offers", () => {
    const s = given()
      .target("p1")
      .target("p2")
      .offer("o1", "p1")
      .offer("o2", "p2")
      .task("t1", "FOLLOW_UP", minutes(5))
      .task("t2", "URGENT_RESPONSE", minutes(5), "p2")
      .task("t3", "FOLLOW_UP", minutes(5), "p2", "DONE")
      .build();
    expect(effectsOfAcceptance(s, "o1")).toEqual({ cancelTaskIds: ["t1", "t2"], rejectOfferIds: ["o2"] });
    expect(effectsOfRejection(s, "o2")).toEqual({ cancelTaskIds: ["t2"] });
  });

  it("rejecting an offer closes the program to outreach", () => {
    const s = given().target("p1").offer("o1", "p1", "REJECTED").build();
    expect(decideLogContact(s, { actor: { role: "APPLICANT" }, ...outboundEmail("p1") }, NOW)).toMatchObject({ ok: false, code: "PROGRAM_CLOSED" });
  });
});

describe("unassigning", () => {
  it("releases the advocate's claims", () => {
    const s = given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").claim("p2", "adv2").build();
    expect(decideUnassignAdvocate(s, { advocateId: "adv1" }).ok).toBe(true);
    expect(decideUnassignAdvocate(s, { advocateId: "adv9" })).toMatchObject({ ok: false, code: "NOT_ASSIGNED" });
    expect(effectsOfUnassign(s, "adv1")).toEqual({ releaseProgramIds: ["p1"] });
  });
});

describe("completing tasks", () => {
  const s = given()
    .target("p1")
    .target("p2")
    .task("urgent", "URGENT_RESPONSE", minutes(30), "p1")
    .task("follow", "FOLLOW_UP", minutes(240), "p1")
    .task("other", "URGENT_RESPONSE", minutes(30), "p2")
    .task("done", "URGENT_RESPONSE", minutes(-60), "p1", "DONE")
    .task("gone", "URGENT_RESPONSE", minutes(-60), "p1", "CANCELLED")
    .build();

  it("an interview completes only the open urgent tasks for its program", () => {
    expect(tasksCompletedByInterview(s, "p1")).toEqual(["urgent"]);
    expect(tasksCompletedByInterview(s, "p2")).toEqual(["other"]);
    expect(tasksCompletedByInterview(s, "p3")).toEqual([]);
  });

  it("marks an open task done, once", () => {
    expect(decideCompleteTask(s, "follow", "APPLICANT")).toMatchObject({ ok: true, warnings: [] });
    expect(decideCompleteTask(s, "done", "APPLICANT")).toMatchObject({
      ok: false,
      code: "TASK_NOT_OPEN",
      reason: "This task is already done.",
      overridable: false,
    });
    expect(decideCompleteTask(s, "gone", "APPLICANT")).toMatchObject({ ok: false, code: "TASK_NOT_OPEN", reason: expect.stringMatching(/cancelled/) });
    expect(decideCompleteTask(s, "elsewhere", "APPLICANT")).toMatchObject({ ok: false, code: "TASK_NOT_FOUND", overridable: false });
  });
});
