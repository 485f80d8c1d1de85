// Every state the advocate reads says one thing: the program the applicant accepted says so, a
// ready program stopped by the faculty limit is badged with the limit, the faculty-minimum advice
// counts only contacts already made, residents read a resident's numbers, and what applies to the
// whole list is said once.
import { describe, expect, it } from "vitest";
import { advocateApplicantSummary, advocateProgramRows, saidOnce, type AdvocateSelf } from "../../../lib/domain/advocate-view";
import { playbookWants } from "../../../lib/domain/advocate/playbook-wants";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import type { Decision } from "../../../lib/domain/rules/decision";
import type { AdvocateKind, ConnectionKind } from "../../../lib/domain/types";
import { NOW, advocate, given, outboundEmail } from "./builders";

function me(connected: string[], kind: AdvocateKind = "PROGRAM_DIRECTOR"): AdvocateSelf {
  return { advocateId: "adv1", kind, connections: new Map(connected.map((p) => [p, ["WORKED_THERE"] as ConnectionKind[]])) };
}

const row = (s: Parameters<typeof advocateProgramRows>[0], self: AdvocateSelf, programId: string) =>
  advocateProgramRows(s, self, NOW, {}).find((r) => r.programId === programId)!;
const messages = (d: Decision) => (d.ok ? d.warnings.map((w) => `${w.code}: ${w.message}`) : []);

describe("the program the applicant accepted", () => {
  it("says the applicant accepted it; every other program says matched elsewhere", () => {
    const s = given().ready("p1").ready("p2").offer("o1", "p1", "ACCEPTED").build();
    expect(row(s, me(["p1", "p2"]), "p1")).toMatchObject({ status: "accepted", statusLabel: "Accepted: the applicant took this program's offer" });
    expect(row(s, me(["p1", "p2"]), "p2")).toMatchObject({ status: "matched", statusLabel: "Matched elsewhere: nothing more to do" });
  });
});

describe("a ready program past the faculty contact limit", () => {
  it("is badged with the limit, not 'Ready', and the badge and the refusal say the same rule", () => {
    const s = given();
    for (let i = 1; i <= 8; i++) s.ready(`p${i}`).advocateContact(`p${i}`);
    const r = row(s.ready("p9").build(), me(["p9"]), "p9");
    expect(r.status).toBe("blocked");
    expect(r.statusLabel).toBe("Faculty contact limit reached");
    expect(r.statusLabel).not.toMatch(/^Ready/);
    expect(r.preview.refusal?.title).toBe(r.statusLabel);
  });

  it("stays 'Ready' when the dean's office overrode the limit for it", () => {
    const s = given();
    for (let i = 1; i <= 8; i++) s.ready(`p${i}`).advocateContact(`p${i}`);
    const r = row(s.ready("p9").override("ov1", "FACULTY_CAP_REACHED", "p9").build(), me(["p9"]), "p9");
    expect(r).toMatchObject({ status: "ready", statusLabel: "Ready: you can contact the program" });
  });
});

describe("the faculty-minimum heads-up", () => {
  it("before any contact, counts none made and names the one about to be made", () => {
    const d = decideLogContact(given().ready("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW);
    const [minimum] = messages(d).filter((m) => m.startsWith("BELOW_FACULTY_MINIMUM"));
    expect(minimum).toBe(
      "BELOW_FACULTY_MINIMUM: This contact makes it 1 program contacted by faculty; 3–8 personalized faculty contacts to aligned programs is ideal (school minimum 3).",
    );
    expect(minimum).not.toMatch(/have contacted 1 program so far/);
  });

  it("counts a program already contacted once, and the applicant reads what faculty have done so far", () => {
    const again = decideLogContact(given().ready("p1").advocateContact("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW);
    expect(messages(again).join()).toContain("Faculty have contacted 1 program so far;");
    const applicant = decideLogContact(given().target("p1").build(), { actor: { role: "APPLICANT" }, ...outboundEmail("p1") }, NOW);
    expect(messages(applicant).join()).toContain("Faculty have contacted 0 programs so far;");
  });
});

describe("a resident", () => {
  it("gets no faculty-minimum advice on a contact, and reads the residents' limit instead of the faculty numbers", () => {
    const s = given().ready("p1", "adv1", "RESIDENT").build();
    const d = decideLogContact(s, { actor: advocate("adv1", "RESIDENT"), ...outboundEmail("p1") }, NOW);
    expect(d.ok).toBe(true);
    expect(messages(d).some((m) => m.startsWith("BELOW_FACULTY_MINIMUM"))).toBe(false);
    expect(messages(d).some((m) => m.startsWith("WEAK_ADVOCATE"))).toBe(true);
    expect(playbookWants(s, "RESIDENT").map((w) => w.key)).toEqual(["list", "resident", "applied"]);
    expect(playbookWants(s, "PROGRAM_DIRECTOR").map((w) => w.key)).toEqual(["list", "faculty", "applied"]);
  });
});

describe("the playbook's numbers", () => {
  it("are said as what the playbook wants, from the school's settings", () => {
    const s = given().targets(13).build();
    const wants = advocateApplicantSummary(s, NOW, "CHAIR").wants;
    expect(wants[0]).toEqual({
      key: "list",
      label: "Programs on the list",
      count: 13,
      want: "The playbook wants 15–20 realistic programs.",
      standing: "below",
    });
    expect(wants[1]).toMatchObject({ key: "faculty", count: 0, standing: "below", want: expect.stringContaining("wants 3–8 personalized faculty contacts") });
    const full = given();
    for (let i = 1; i <= 8; i++) full.ready(`p${i}`).advocateContact(`p${i}`);
    expect(playbookWants(full.build(), "CHAIR")[1]?.standing).toBe("at-limit");
  });
});

describe("what is said once for the whole list", () => {
  it("lifts a refusal many programs share (no recorded connection) and the heads-ups about the applicant out of the rows", () => {
    const s = given({ checklist: { phoneLoud: true, voicemailReady: false, erasUpdated: true, contactCurrent: true } })
      .ready("p1")
      .target("p2")
      .target("p3")
      .target("p4")
      .build();
    const self = me(["p1"]);
    const { headsUps, refusals, rows } = saidOnce(s, self, advocateProgramRows(s, self, NOW, {}));
    expect(headsUps.map((w) => w.code)).toEqual(["CHECKLIST_INCOMPLETE"]);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ code: "NO_CONNECTION", programs: ["Program p2", "Program p3", "Program p4"] });
    expect(rows.filter((r) => r.preview.refusalSaidAbove).map((r) => r.programId)).toEqual(["p2", "p3", "p4"]);
    // Under the ready program: no heads-up about the applicant as a whole.
    const ready = rows.find((r) => r.programId === "p1")!;
    expect(ready.preview.warnings.map((w) => w.code)).not.toContain("CHECKLIST_INCOMPLETE");
    expect(ready.preview.warnings.map((w) => w.code)).not.toContain("BELOW_FACULTY_MINIMUM");
  });

  it("leaves a refusal only one program meets where it is", () => {
    const s = given().ready("p1").target("p2").build();
    const self = me(["p1"]);
    const { refusals, rows } = saidOnce(s, self, advocateProgramRows(s, self, NOW, {}));
    expect(refusals).toEqual([]);
    expect(rows.find((r) => r.programId === "p2")?.preview).toMatchObject({ refusal: { code: "NO_CONNECTION" }, refusalSaidAbove: false });
  });
});
