// "Your next actions" for an advocate: worked out from the same snapshot the rules read, ordered
// by consequence, and only what the rules allow now.
import { describe, expect, it } from "vitest";
import { nextActions } from "../../../lib/domain/advocate/next-actions";
import type { AdvocateSelf } from "../../../lib/domain/advocate-view";
import type { AdvocateKind, ConnectionKind } from "../../../lib/domain/types";
import { NOW, SOAP_WINDOW, given, minutes } from "./builders";

function me(connected: string[] = ["p1"], kind: AdvocateKind = "PROGRAM_DIRECTOR"): AdvocateSelf {
  return { advocateId: "adv1", kind, connections: new Map(connected.map((p) => [p, ["TRAINED_WITH_PD"] as ConnectionKind[]])) };
}

const kinds = (actions: ReturnType<typeof nextActions>) => actions.map((a) => `${a.kind}:${a.programId}`);

describe("the next actions of an advocate", () => {
  it("names a program ready for the advocate's call, the applicant, why the playbook allows it, and its page", () => {
    const [action, ...rest] = nextActions([given().ready("p1").build()], me(), NOW);
    expect(rest).toEqual([]);
    expect(action).toEqual({
      kind: "contact",
      applicantId: "app1",
      applicantName: "Alex Rivera",
      programId: "p1",
      programName: "Program p1",
      title: "Call Program p1",
      why: "Alex applied and emailed it, and you hold it; your connection: Trained with the program director.",
      dueAt: null,
      overdue: false,
      href: "/advocate/applicants/app1/programs/p1",
    });
  });

  it("says 'write to' where the program prefers email", () => {
    const s = given().programOf("p1", { prefersEmail: true }).ready("p1").build();
    expect(nextActions([s], me(), NOW)[0]?.title).toBe("Write to Program p1");
  });

  it("offers a nudge only where the program waits for the applicant's email, and not twice within the interval", () => {
    const waiting = () => given().target("p1").assign("adv1").claim("p1");
    expect(kinds(nextActions([waiting().build()], me(), NOW))).toEqual(["nudge:p1"]);
    expect(nextActions([waiting().nudged("p1", minutes(-60)).build()], me(), NOW)).toEqual([]);
    // Not applied yet: nothing to nudge about, nothing to call.
    expect(nextActions([given().target("p1", false).assign("adv1").claim("p1").build()], me(), NOW)).toEqual([]);
  });

  it("waits for the program in program-initiated mode, then says the program reached out", () => {
    const before = given({ season: SOAP_WINDOW }).ready("p1");
    expect(nextActions([before.build()], me(), NOW)).toEqual([]);
    const after = given({ season: SOAP_WINDOW }).target("p1").inbound("p1").ready("p1").build();
    const [action] = nextActions([after], me(), NOW).filter((a) => a.kind === "contact");
    expect(action?.why).toMatch(/^The program reached out, Alex applied and emailed it/);
  });

  it("leaves out a program the faculty limit stops, and everything once an offer is accepted", () => {
    const atCap = given();
    for (let i = 1; i <= 8; i++) atCap.ready(`p${i}`).advocateContact(`p${i}`);
    atCap.ready("p9");
    expect(kinds(nextActions([atCap.build()], me(["p9"]), NOW))).not.toContain("contact:p9");
    const accepted = given().ready("p1").ready("p2").offer("o1", "p2", "ACCEPTED").build();
    expect(nextActions([accepted], me(), NOW)).toEqual([]);
  });

  it("proposes a claim only where the advocate has a connection and the claim is allowed", () => {
    const s = given().target("p1").target("p2").assign("adv1").build();
    expect(kinds(nextActions([s], me(["p2"]), NOW))).toEqual(["claim:p2"]);
    expect(nextActions([given().target("p1").assign("adv1").claim("p1", "adv2").build()], me(), NOW)).toEqual([]);
  });

  it("gathers several claims on one list into one line that opens the list", () => {
    const s = given().targets(5).assign("adv1").build();
    const actions = nextActions([s], me(["p1", "p2", "p3", "p4"]), NOW);
    expect(actions).toEqual([
      expect.objectContaining({
        kind: "claim",
        programId: null,
        title: "Claim the 4 programs you have a connection to",
        why: "Program p1, Program p2, Program p3 and 1 more. One advocate per program keeps one story.",
        href: "/advocate/applicants/app1#list-heading",
      }),
    ]);
  });

  it("orders by consequence: a program waiting for an answer, an overdue follow-up, a call, a nudge, a follow-up not yet due, a claim", () => {
    const s = given()
      .ready("p1") // ready to call
      .target("p2")
      .claim("p2") // applied, not emailed: nudge
      .ready("p3")
      .advocateContact("p3")
      .task("f3", "FOLLOW_UP", minutes(-30), "p3", "OPEN", minutes(-300)) // overdue follow-up
      .ready("p4")
      .advocateContact("p4")
      .task("f4", "FOLLOW_UP", minutes(90), "p4", "OPEN", minutes(-10)) // due later
      .target("p5") // connected, unclaimed: claim
      .target("p6")
      .task("u6", "URGENT_RESPONSE", minutes(20), "p6") // the program called the applicant
      .build();
    const actions = nextActions([s], me(["p1", "p5"]), NOW);
    expect(kinds(actions)).toEqual(["answer:p6", "follow-up:p3", "contact:p1", "nudge:p2", "follow-up:p4", "claim:p5"]);
    expect(actions[1]).toMatchObject({ overdue: true, dueAt: minutes(-30), title: "Check that Alex followed up with Program p3" });
    expect(actions[0]).toMatchObject({ title: "Make sure Alex answers Program p6", overdue: false });
  });

  it("drops a follow-up the applicant has already sent, and puts the applicants' actions together in one order", () => {
    const followedUp = given().ready("p1").advocateContact("p1").task("f1", "FOLLOW_UP", minutes(-30), "p1", "OPEN", minutes(-600)).email("p1").build();
    expect(nextActions([followedUp], me(), NOW)).toEqual([]);
    const other = given({ applicantId: "app2", fullName: "Sam Lee" }).target("p7").task("u7", "URGENT_RESPONSE", minutes(-5), "p7").build();
    const both = nextActions([given().ready("p1").build(), other], me(), NOW);
    expect(both.map((a) => `${a.applicantName}:${a.kind}`)).toEqual(["Sam Lee:answer", "Alex Rivera:contact"]);
    expect(both[0]).toMatchObject({ overdue: true, href: "/advocate/applicants/app2/programs/p7" });
  });

  it("is empty when nothing can be done now", () => {
    expect(nextActions([given().target("p1").build()], me([]), NOW)).toEqual([]);
    expect(nextActions([], me(), NOW)).toEqual([]);
  });
});
