// The plans of interviews and offers, of assigning and unassigning advocates, and of the
// applicant's own record (narrative, checklist, profile), checked without a database.
import { describe, expect, it } from "vitest";
import { planSaveNarrative, planUpdateChecklist, planUpdateProfile } from "@/lib/domain/plans/applicant-record";
import { planAssignAdvocate, planUnassignAdvocate } from "@/lib/domain/plans/assignments";
import { planRecordInterview, planRecordOffer, planRespondToOffer } from "@/lib/domain/plans/offers-and-interviews";
import { ROW, type Planned } from "@/lib/domain/plans/plan";
import { NOW, SOAP_WINDOW, given, minutes } from "../domain/builders";

function planned(result: Planned) {
  if (!result.ok) throw new Error(`Refused: ${result.code}`);
  return result.plan;
}

describe("interviews and offers", () => {
  const interview = { programId: "p1", startsAt: minutes(600), durationMinutes: 30, format: "VIDEO", location: "", notes: "" } as const;

  it("books an interview and answers the program's urgent task", () => {
    const s = given().target("p1").task("t1", "URGENT_RESPONSE", minutes(30)).task("t2", "URGENT_RESPONSE", minutes(30), "p2").build();
    expect(planned(planRecordInterview(s, interview, "APPLICANT")).writes).toEqual([
      { op: "interview.create", interview, audit: { action: "interview.record", after: ROW } },
      {
        op: "tasks.close",
        taskIds: ["t1"],
        status: "DONE",
        audit: { action: "task.complete", before: { status: "OPEN" }, after: { status: "DONE" }, reason: "Interview scheduled" },
      },
    ]);
  });

  it("records an offer with its round's deadline, a countdown task and its reminders", () => {
    const rounds = [{ number: 1, offersAt: minutes(0), respondBy: minutes(120) }];
    const s = given({ season: { ...SOAP_WINDOW, offerRounds: rounds } })
      .target("p1")
      .build();
    const plan = planned(planRecordOffer(s, { programId: "p1", round: 1, offeredAt: minutes(10) }, minutes(10), "APPLICANT"));
    expect(plan.writes).toEqual([
      {
        op: "offer.create",
        ref: "offer",
        offer: { programId: "p1", round: 1, offeredAt: minutes(10), respondBy: minutes(120) },
        audit: { action: "offer.record", after: ROW },
      },
      {
        op: "task.create",
        ref: "task:offer",
        task: { kind: "URGENT_RESPONSE", programId: "p1", title: "Accept or reject Program p1's offer before it expires", dueAt: minutes(120) },
        audit: { action: "task.create", after: ROW },
      },
    ]);
    expect(plan.jobs).toEqual([{ kind: "offer-deadline", offerRef: "offer" }]);
  });

  it("accepting withdraws the other pending offers and cancels every open task", () => {
    const s = given().target("p1").target("p2").offer("o1", "p1").offer("o2", "p2").task("t1", "FOLLOW_UP", minutes(60), "p3").build();
    expect(planned(planRespondToOffer(s, "o1", "ACCEPT", NOW, "APPLICANT")).writes).toEqual([
      {
        op: "offer.update",
        ref: "offer",
        offerId: "o1",
        status: "ACCEPTED",
        audit: { action: "offer.accept", before: { status: "PENDING" }, after: { status: "ACCEPTED" } },
      },
      { op: "tasks.close", taskIds: ["t1"], status: "CANCELLED", audit: { action: "task.cancel", reason: "Offer accepted" } },
      {
        op: "offer.update",
        ref: "offer:o2",
        offerId: "o2",
        status: "REJECTED",
        audit: { action: "offer.withdrawn", after: { status: "REJECTED" }, reason: "Another offer accepted" },
      },
    ]);
  });

  it("rejecting cancels that program's open tasks only", () => {
    const s = given().target("p1").offer("o1", "p1").task("t1", "URGENT_RESPONSE", minutes(60), "p1").task("t2", "FOLLOW_UP", minutes(60), "p2").build();
    expect(planned(planRespondToOffer(s, "o1", "REJECT", NOW, "APPLICANT")).writes).toEqual([
      {
        op: "offer.update",
        ref: "offer",
        offerId: "o1",
        status: "REJECTED",
        audit: { action: "offer.reject", before: { status: "PENDING" }, after: { status: "REJECTED" } },
      },
      { op: "tasks.close", taskIds: ["t1"], status: "CANCELLED", audit: { action: "task.cancel", reason: "Offer rejected" } },
    ]);
  });

  it("plans nothing for an offer from a program not applied to", () => {
    const s = given().target("p1", false).build();
    expect(planRecordOffer(s, { programId: "p1", round: 1, offeredAt: NOW }, NOW, "APPLICANT")).toMatchObject({ ok: false });
  });
});

describe("assignments", () => {
  it("assigns an advocate, the audit entry naming them", () => {
    const plan = planned(planAssignAdvocate(given().build(), { advocateId: "adv1", kind: "PROGRAM_DIRECTOR", name: "Dr. One" }, NOW));
    expect(plan.writes).toEqual([{ op: "assignment.upsert", advocateId: "adv1", advocateName: "Dr. One", audit: { action: "assignment.create", after: ROW } }]);
  });

  it("refuses a third active advocate", () => {
    const s = given().assign("adv1").assign("adv2").build();
    expect(planAssignAdvocate(s, { advocateId: "adv3", kind: "CHAIR", name: "Dr. Three" }, NOW)).toMatchObject({ ok: false, code: "ADVOCATE_CAP_REACHED" });
  });

  it("unassigning releases the advocate's claims, and only theirs", () => {
    const s = given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").claim("p2", "adv2").build();
    const plan = planned(planUnassignAdvocate(s, "adv1"));
    expect(plan.writes).toEqual([
      { op: "assignment.end", advocateId: "adv1", audit: { action: "assignment.end", before: { active: true }, after: { active: false } } },
      { op: "claim.delete", programId: "p1", audit: { action: "claim.release", before: ROW, reason: "Advocate unassigned" } },
    ]);
  });
});

describe("the applicant's own record", () => {
  const text = { strengths: ["Strong", "Kind"], weaknessContext: [], reliability: "Always answers." };

  it("saves the narrative as the next version, keeping the version before in the audit entry", () => {
    expect(planned(planSaveNarrative(given().build(), { role: "APPLICANT" }, 3, text)).writes).toEqual([
      { op: "narrative.create", narrative: { version: 4, ...text }, audit: { action: "narrative.save", before: { version: 3 }, after: ROW } },
    ]);
    expect(planned(planSaveNarrative(given().build(), { role: "APPLICANT" }, null, text)).writes[0]).toMatchObject({
      narrative: { version: 1 },
      audit: { before: null },
    });
  });

  it("refuses an advocate no longer assigned", () => {
    expect(planSaveNarrative(given().build(), { role: "ADVOCATE", advocateId: "adv9" }, 1, text)).toMatchObject({ ok: false, code: "NOT_ASSIGNED" });
  });

  it("ticks checklist boxes, saying the list before and after", () => {
    const s = given().build();
    expect(planned(planUpdateChecklist(s, { voicemailReady: true })).writes).toEqual([
      {
        op: "checklist.update",
        checklist: { voicemailReady: true },
        audit: { action: "checklist.update", before: s.checklist, after: { ...s.checklist, voicemailReady: true } },
      },
    ]);
  });

  it("replaces the profile and its red flags, keeping both versions in the audit entry", () => {
    const before = { aamcId: "12345678", degreeType: "US_MD", step2Score: 230, specialty: "Internal Medicine", phone: "", redFlags: [] } as const;
    const after = { ...before, phone: "+1 555 0100", redFlags: [{ kind: "STEP_FAILURE", context: "Step 1, passed on retake" }] } as const;
    const { redFlags, ...profile } = after;
    expect(planned(planUpdateProfile({ ...before, redFlags: [] }, { ...after, redFlags: [...redFlags] })).writes).toEqual([
      { op: "profile.update", profile, redFlags, audit: { action: "profile.update", before, after } },
    ]);
  });
});
