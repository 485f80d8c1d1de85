// Each WarningCode rides along with an allowed decision in at least one case.
import { describe, expect, it } from "vitest";
import { WARNING_CODES, type Decision, type WarningCode } from "../../../lib/domain/rules/decision";
import { decideAddTarget } from "../../../lib/domain/rules/decide/add-target";
import { decideAssignAdvocate } from "../../../lib/domain/rules/decide/assign-advocate";
import { decideClaim } from "../../../lib/domain/rules/decide/claim";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { decideMarkApplied } from "../../../lib/domain/rules/decide/mark-applied";
import { APPLICANT, NOW, advocate, given, outboundEmail } from "./builders";

const codes = (d: Decision) => (d.ok ? d.warnings.map((w) => w.code) : [`refused:${d.code}`]);

const CASES: { code: WarningCode; name: string; warns: () => Decision; quiet: () => Decision }[] = [
  {
    code: "CHECKLIST_INCOMPLETE",
    name: "outreach with voicemail not set up",
    warns: () =>
      decideLogContact(
        given({ checklist: { phoneLoud: true, voicemailReady: false, erasUpdated: true, contactCurrent: true } })
          .target("p1")
          .build(),
        { actor: APPLICANT, ...outboundEmail("p1") },
        NOW,
      ),
    quiet: () => decideLogContact(given().target("p1").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
  },
  {
    code: "BELOW_FACULTY_MINIMUM",
    name: "faculty contacts under three once outreach began",
    warns: () => decideLogContact(given().ready("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
    quiet: () =>
      decideLogContact(
        given().ready("p1").advocateContact("p1").ready("p2").advocateContact("p2").ready("p3").build(),
        { actor: advocate(), ...outboundEmail("p3") },
        NOW,
      ),
  },
  {
    code: "TARGET_LIST_SIZE",
    name: "a 21st program",
    warns: () => decideAddTarget(given().targets(20, false).build(), { programId: "p21" }, NOW, "APPLICANT"),
    quiet: () => decideAddTarget(given().targets(15, false).build(), { programId: "p21" }, NOW, "APPLICANT"),
  },
  {
    code: "WEAK_ADVOCATE",
    name: "assigning an attending the applicant barely worked with",
    warns: () => decideAssignAdvocate(given().build(), { advocateId: "a", kind: "ATTENDING_LIMITED_CONTACT" }, NOW),
    quiet: () => decideAssignAdvocate(given().build(), { advocateId: "a", kind: "CLERKSHIP_DIRECTOR" }, NOW),
  },
  {
    code: "TOP_TIER_FOR_AVERAGE",
    name: "faculty capital spent on a top-tier program for an average applicant",
    warns: () =>
      decideClaim(
        given({ step2Score: 228 }).tier("p1", "TOP").target("p1").assign("adv1").build(),
        { advocateId: "adv1", advocateKind: "CHAIR", hasConnection: true },
        "p1",
        NOW,
      ),
    quiet: () =>
      decideClaim(
        given({ step2Score: 250 }).tier("p1", "TOP").target("p1").assign("adv1").build(),
        { advocateId: "adv1", advocateKind: "CHAIR", hasConnection: true },
        "p1",
        NOW,
      ),
  },
  {
    code: "COHORT_LOAD",
    name: "a fourth applicant of the school at the same program",
    warns: () =>
      decideLogContact(
        given({ cohortFacultyLoad: { p1: 3 } })
          .ready("p1")
          .build(),
        { actor: advocate(), ...outboundEmail("p1") },
        NOW,
      ),
    quiet: () =>
      decideLogContact(
        given({ cohortFacultyLoad: { p1: 2 } })
          .ready("p1")
          .build(),
        { actor: advocate(), ...outboundEmail("p1") },
        NOW,
      ),
  },
  {
    code: "IMG_NO_TIE",
    name: "a faculty email without a tie where policy allows it",
    warns: () =>
      decideLogContact(
        given({ degreeType: "IMG" }).policy({ allowFacultyEmailWithoutTie: true }).ready("p1").build(),
        { actor: advocate("adv1", "PROGRAM_DIRECTOR", false), ...outboundEmail("p1") },
        NOW,
      ),
    quiet: () =>
      decideLogContact(
        given({ degreeType: "IMG" }).policy({ allowFacultyEmailWithoutTie: true }).ready("p1").build(),
        { actor: advocate("adv1", "PROGRAM_DIRECTOR", true), ...outboundEmail("p1") },
        NOW,
      ),
  },
  {
    code: "RED_FLAG_WITHOUT_ADVOCATE",
    name: "a red-flag applicant reaching out with no advocate",
    warns: () =>
      decideLogContact(
        given({ redFlags: ["STEP_FAILURE"] })
          .target("p1")
          .build(),
        { actor: APPLICANT, ...outboundEmail("p1") },
        NOW,
      ),
    quiet: () =>
      decideLogContact(
        given({ redFlags: ["STEP_FAILURE"] })
          .target("p1")
          .assign("adv1")
          .build(),
        { actor: APPLICANT, ...outboundEmail("p1") },
        NOW,
      ),
  },
  {
    code: "NOT_ON_LIST",
    name: "an inbound call from a program not on the list",
    warns: () => decideLogContact(given().build(), { actor: APPLICANT, programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE" }, NOW),
    quiet: () =>
      decideLogContact(given().target("p1").build(), { actor: APPLICANT, programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE" }, NOW),
  },
  {
    code: "AFTER_ACCEPTANCE",
    name: "an inbound call after the applicant accepted an offer",
    warns: () =>
      decideLogContact(
        given().target("p1").target("p2").offer("o1", "p2", "ACCEPTED").build(),
        { actor: APPLICANT, programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE" },
        NOW,
      ),
    quiet: () =>
      decideLogContact(
        given().target("p1").target("p2").offer("o1", "p2", "PENDING").build(),
        { actor: APPLICANT, programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE" },
        NOW,
      ),
  },
  {
    code: "OVERRIDDEN",
    name: "a claim without connection on a dean's override",
    warns: () =>
      decideClaim(
        given().target("p1").assign("adv1").override("ov1", "NO_CONNECTION", "p1").build(),
        { advocateId: "adv1", advocateKind: "CHAIR", hasConnection: false },
        "p1",
        NOW,
      ),
    quiet: () =>
      decideClaim(
        given().target("p1").assign("adv1").override("ov1", "NO_CONNECTION", "p1").build(),
        { advocateId: "adv1", advocateKind: "CHAIR", hasConnection: true },
        "p1",
        NOW,
      ),
  },
];

describe("warnings", () => {
  it.each(CASES)("$code: $name", ({ code, warns, quiet }) => {
    expect(codes(warns())).toContain(code);
    const q = quiet();
    expect(q.ok).toBe(true);
    expect(codes(q)).not.toContain(code);
  });

  it("covers every warning code", () => {
    const covered = new Set(CASES.map((c) => c.code));
    expect(WARNING_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it("warns about a short list and an incomplete checklist when marking applied", () => {
    const d = decideMarkApplied(
      given({ checklist: { phoneLoud: false, voicemailReady: true, erasUpdated: true, contactCurrent: true } })
        .target("p1", false)
        .build(),
      { programId: "p1" },
      NOW,
      "APPLICANT",
    );
    expect(codes(d)).toEqual(["TARGET_LIST_SIZE", "CHECKLIST_INCOMPLETE"]);
  });

  it("treats an IMG like an average applicant for top-tier faculty contacts", () => {
    const d = decideLogContact(
      given({ degreeType: "IMG", step2Score: 260 }).tier("p1", "TOP").ready("p1").build(),
      { actor: advocate(), ...outboundEmail("p1") },
      NOW,
    );
    expect(codes(d)).toContain("TOP_TIER_FOR_AVERAGE");
  });
});
