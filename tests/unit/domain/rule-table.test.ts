// Every RuleCode refuses in at least one case, next to a neighbouring case that is allowed.
import { describe, expect, it } from "vitest";
import { RULE_CATALOG, RULE_CODES, type RuleCode } from "../../../lib/domain/rules/catalog";
import type { Decision } from "../../../lib/domain/rules/decision";
import { decideAddTarget } from "../../../lib/domain/rules/decide/add-target";
import { decideAssignAdvocate } from "../../../lib/domain/rules/decide/assign-advocate";
import { decideClaim } from "../../../lib/domain/rules/decide/claim";
import { decideCompleteTask } from "../../../lib/domain/rules/decide/complete-task";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { decideMarkApplied } from "../../../lib/domain/rules/decide/mark-applied";
import { decideRecordOffer } from "../../../lib/domain/rules/decide/record-offer";
import { decideRelease } from "../../../lib/domain/rules/decide/release";
import { decideReorderTargets } from "../../../lib/domain/rules/decide/reorder-targets";
import { decideRespondToOffer } from "../../../lib/domain/rules/decide/respond-to-offer";
import { decideNudge } from "../../../lib/domain/rules/decide/nudge";
import { APPLICANT, NOW, SOAP_WINDOW, advocate, given, minutes, outboundCall, outboundEmail } from "./builders";

interface Case {
  code: RuleCode;
  name: string;
  refused: () => Decision;
  allowed: () => Decision;
  reasonIncludes?: string;
}

const claimBy = (advocateId: string, hasConnection = true) => ({
  advocateId,
  advocateKind: "PROGRAM_DIRECTOR" as const,
  hasConnection,
});

export const CASES: Case[] = [
  {
    code: "CONTACT_BEFORE_SEASON",
    name: "a contact dated before the SOAP window opened",
    refused: () =>
      decideLogContact(
        given({ season: SOAP_WINDOW }).target("p1").inbound("p1").build(),
        { actor: APPLICANT, ...outboundEmail("p1"), occurredAt: minutes(-1, SOAP_WINDOW.windowStartsAt) },
        NOW,
      ),
    allowed: () =>
      decideLogContact(
        given({ season: SOAP_WINDOW }).target("p1").inbound("p1").build(),
        { actor: APPLICANT, ...outboundEmail("p1"), occurredAt: SOAP_WINDOW.windowStartsAt },
        NOW,
      ),
  },
  {
    code: "NUDGE_NOT_NEEDED",
    name: "nudging an applicant who has already emailed the program",
    refused: () => decideNudge(given().ready("p1").build(), "adv1", "p1", NOW),
    allowed: () => decideNudge(given().target("p1").assign("adv1").claim("p1").build(), "adv1", "p1", NOW),
  },
  {
    code: "NUDGE_TOO_SOON",
    name: "a second nudge for the same program within the interval",
    refused: () => decideNudge(given().target("p1").assign("adv1").claim("p1").nudged("p1", minutes(-719)).build(), "adv1", "p1", NOW),
    allowed: () => decideNudge(given().target("p1").assign("adv1").claim("p1").nudged("p1", minutes(-720)).build(), "adv1", "p1", NOW),
    reasonIncludes: "less than 12 hours ago",
  },
  {
    code: "UNKNOWN_PROGRAM",
    name: "adding a program missing from the catalog",
    refused: () => decideAddTarget(given().build(), { programId: "nope" }, NOW, "APPLICANT"),
    allowed: () => decideAddTarget(given().build(), { programId: "p1" }, NOW, "APPLICANT"),
  },
  {
    code: "NOT_ON_LIST",
    name: "marking applied a program not on the list",
    refused: () => decideMarkApplied(given().build(), { programId: "p1" }, NOW, "APPLICANT"),
    allowed: () => decideMarkApplied(given().target("p1", false).build(), { programId: "p1" }, NOW, "APPLICANT"),
  },
  {
    code: "ALREADY_ON_LIST",
    name: "adding the same program twice",
    refused: () => decideAddTarget(given().target("p1").build(), { programId: "p1" }, NOW, "APPLICANT"),
    allowed: () => decideAddTarget(given().target("p1").build(), { programId: "p2" }, NOW, "APPLICANT"),
  },
  {
    code: "ALREADY_APPLIED",
    name: "marking applied twice",
    refused: () => decideMarkApplied(given().target("p1", true).build(), { programId: "p1" }, NOW, "APPLICANT"),
    allowed: () => decideMarkApplied(given().target("p1", false).build(), { programId: "p1" }, NOW, "APPLICANT"),
  },
  {
    code: "NOT_APPLIED",
    name: "emailing a program before applying",
    refused: () => decideLogContact(given().target("p1", false).build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
    allowed: () => decideLogContact(given().target("p1", true).build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
    reasonIncludes: "the PD has nowhere to look you up",
  },
  {
    code: "APPLICANT_EMAIL_FIRST",
    name: "faculty contact before the applicant's own email",
    refused: () => decideLogContact(given().target("p1").assign("adv1").claim("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
    allowed: () => decideLogContact(given().ready("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
  },
  {
    code: "PROGRAM_MUST_INITIATE",
    name: "outbound inside the SOAP window before the program reached out",
    refused: () => decideLogContact(given({ season: SOAP_WINDOW }).target("p1").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
    allowed: () => decideLogContact(given({ season: SOAP_WINDOW }).target("p1").inbound("p1").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
  },
  {
    code: "OFFER_ACCEPTED",
    name: "applying after accepting an offer",
    refused: () => decideMarkApplied(given().target("p1").target("p2", false).offer("o1", "p1", "ACCEPTED").build(), { programId: "p2" }, NOW, "APPLICANT"),
    allowed: () => decideMarkApplied(given().target("p1").target("p2", false).offer("o1", "p1", "PENDING").build(), { programId: "p2" }, NOW, "APPLICANT"),
  },
  {
    code: "PROGRAM_CLOSED",
    name: "outreach to a program that declined",
    refused: () => decideLogContact(given().target("p1").inbound("p1", "DECLINED").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
    allowed: () => decideLogContact(given().target("p1").inbound("p1", "SPOKE").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
    reasonIncludes: "declined",
  },
  {
    code: "APPLICATION_CAP_REACHED",
    name: "the 46th application",
    refused: () => decideMarkApplied(given().targets(45).target("p46", false).build(), { programId: "p46" }, NOW, "APPLICANT"),
    allowed: () => decideMarkApplied(given().targets(44).target("p46", false).build(), { programId: "p46" }, NOW, "APPLICANT"),
    reasonIncludes: "45",
  },
  {
    code: "FACULTY_CAP_REACHED",
    name: "a ninth faculty-contacted program (a repeat to one of the eight is free)",
    refused: () => {
      const b = given();
      for (let i = 1; i <= 8; i++) b.ready(`p${i}`).advocateContact(`p${i}`);
      return decideLogContact(b.ready("p9").build(), { actor: advocate(), ...outboundEmail("p9") }, NOW);
    },
    allowed: () => {
      const b = given();
      for (let i = 1; i <= 8; i++) b.ready(`p${i}`).advocateContact(`p${i}`);
      return decideLogContact(b.build(), { actor: advocate(), ...outboundEmail("p8") }, NOW);
    },
  },
  {
    code: "ADVOCATE_CAP_REACHED",
    name: "a third active advocate",
    refused: () => decideAssignAdvocate(given().assign("adv1").assign("adv2", "DEAN").build(), { advocateId: "adv3", kind: "CHAIR" }, NOW),
    allowed: () => decideAssignAdvocate(given().assign("adv1").assign("adv2", "DEAN", false).build(), { advocateId: "adv3", kind: "CHAIR" }, NOW),
  },
  {
    code: "RESIDENT_CAP_REACHED",
    name: "a third resident contact",
    refused: () =>
      decideLogContact(
        given()
          .ready("p1", "adv3", "RESIDENT")
          .advocateContact("p1", "adv3", "RESIDENT")
          .ready("p2", "adv3")
          .advocateContact("p2", "adv3", "RESIDENT")
          .ready("p3", "adv3")
          .build(),
        { actor: advocate("adv3", "RESIDENT"), ...outboundEmail("p3") },
        NOW,
      ),
    allowed: () =>
      decideLogContact(
        given().ready("p1", "adv3", "RESIDENT").advocateContact("p1", "adv3", "RESIDENT").ready("p3", "adv3").build(),
        { actor: advocate("adv3", "RESIDENT"), ...outboundEmail("p3") },
        NOW,
      ),
  },
  {
    code: "RESIDENT_ALREADY_CONTACTED_PROGRAM",
    name: "a second resident message to the same program",
    refused: () =>
      decideLogContact(
        given().ready("p1", "adv3", "RESIDENT").advocateContact("p1", "adv3", "RESIDENT").build(),
        { actor: advocate("adv3", "RESIDENT"), ...outboundEmail("p1") },
        NOW,
      ),
    allowed: () =>
      decideLogContact(
        given().ready("p1", "adv3", "RESIDENT").advocateContact("p1", "adv3", "RESIDENT").ready("p2", "adv3").build(),
        { actor: advocate("adv3", "RESIDENT"), ...outboundEmail("p2") },
        NOW,
      ),
  },
  {
    // 19:00 and 23:00 in New York are the same day there, but different days in UTC and the same in Tokyo.
    code: "PHONE_DAILY_LIMIT",
    name: "a second call the same New York day",
    refused: () =>
      decideLogContact(
        given().target("p1").call("p1", new Date("2026-03-17T23:00:00Z")).build(),
        { actor: APPLICANT, ...outboundCall("p1") },
        new Date("2026-03-18T03:00:00Z"),
      ),
    allowed: () =>
      decideLogContact(
        given().target("p1").call("p1", new Date("2026-03-17T15:00:00Z")).build(),
        { actor: APPLICANT, ...outboundCall("p1") },
        new Date("2026-03-18T05:00:00Z"),
      ),
  },
  {
    code: "PREFERS_EMAIL",
    name: "calling a program that prefers email",
    refused: () => decideLogContact(given().programOf("p1", { prefersEmail: true }).target("p1").build(), { actor: APPLICANT, ...outboundCall("p1") }, NOW),
    allowed: () => decideLogContact(given().programOf("p1", { prefersEmail: true }).target("p1").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
  },
  {
    code: "PROGRAM_ALREADY_CLAIMED",
    name: "a second advocate claiming a held program",
    refused: () => decideClaim(given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").build(), claimBy("adv2"), "p1", NOW),
    allowed: () => decideClaim(given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").build(), claimBy("adv2"), "p2", NOW),
    reasonIncludes: "Dr. One",
  },
  {
    code: "NO_CONNECTION",
    name: "a claim without a recorded connection",
    refused: () => decideClaim(given().target("p1").assign("adv1").build(), claimBy("adv1", false), "p1", NOW),
    allowed: () => decideClaim(given().target("p1").assign("adv1").build(), claimBy("adv1", true), "p1", NOW),
  },
  {
    code: "ADVOCATE_NOT_ALLOWED",
    name: "assigning a parent as advocate",
    refused: () => decideAssignAdvocate(given().build(), { advocateId: "mom", kind: "FAMILY" }, NOW),
    allowed: () => decideAssignAdvocate(given().build(), { advocateId: "dean", kind: "DEAN" }, NOW),
    reasonIncludes: "it looks unprofessional and desperate",
  },
  {
    code: "NOT_ASSIGNED",
    name: "a claim by an advocate not assigned to the applicant",
    refused: () => decideClaim(given().target("p1").assign("adv1", "PROGRAM_DIRECTOR", false).build(), claimBy("adv1"), "p1", NOW),
    allowed: () => decideClaim(given().target("p1").assign("adv1").build(), claimBy("adv1"), "p1", NOW),
  },
  {
    code: "ALREADY_ASSIGNED",
    name: "assigning the same advocate twice",
    refused: () => decideAssignAdvocate(given().assign("adv1").build(), { advocateId: "adv1", kind: "PROGRAM_DIRECTOR" }, NOW),
    allowed: () => decideAssignAdvocate(given().assign("adv1").build(), { advocateId: "adv2", kind: "PROGRAM_DIRECTOR" }, NOW),
  },
  {
    code: "NOT_CLAIM_HOLDER",
    name: "a faculty contact to a program the advocate has not claimed",
    refused: () => decideLogContact(given().target("p1").email("p1").assign("adv1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
    allowed: () => decideLogContact(given().ready("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
  },
  {
    code: "OFFER_NOT_FOUND",
    name: "answering an unknown offer",
    refused: () => decideRespondToOffer(given().target("p1").offer("o1", "p1").build(), "nope", "ACCEPT", NOW, "APPLICANT"),
    allowed: () => decideRespondToOffer(given().target("p1").offer("o1", "p1").build(), "o1", "ACCEPT", NOW, "APPLICANT"),
  },
  {
    code: "OFFER_NOT_PENDING",
    name: "answering an offer twice",
    refused: () => decideRespondToOffer(given().target("p1").offer("o1", "p1", "REJECTED").build(), "o1", "REJECT", NOW, "APPLICANT"),
    allowed: () => decideRespondToOffer(given().target("p1").offer("o1", "p1", "PENDING").build(), "o1", "REJECT", NOW, "APPLICANT"),
  },
  {
    code: "OFFER_EXPIRED",
    name: "answering an offer after its round's deadline",
    refused: () => decideRespondToOffer(given().target("p1").offer("o1", "p1", "PENDING", minutes(-1)).build(), "o1", "ACCEPT", NOW, "APPLICANT"),
    allowed: () => decideRespondToOffer(given().target("p1").offer("o1", "p1", "PENDING", NOW).build(), "o1", "ACCEPT", NOW, "APPLICANT"),
    reasonIncludes: "expires at its round's deadline",
  },
  {
    code: "OFFER_ALREADY_RECORDED",
    name: "recording a second pending offer from the same program",
    refused: () => decideRecordOffer(given().target("p1").offer("o1", "p1").build(), { programId: "p1" }, NOW, "APPLICANT"),
    allowed: () => decideRecordOffer(given().target("p1").offer("o1", "p1", "REJECTED").build(), { programId: "p1" }, NOW, "APPLICANT"),
  },
  {
    code: "TASK_NOT_FOUND",
    name: "completing a task that is not this applicant's",
    refused: () => decideCompleteTask(given().task("t1", "URGENT_RESPONSE", minutes(30)).build(), "t9", "APPLICANT"),
    allowed: () => decideCompleteTask(given().task("t1", "URGENT_RESPONSE", minutes(30)).build(), "t1", "APPLICANT"),
  },
  {
    code: "TASK_NOT_OPEN",
    name: "completing a task twice",
    refused: () => decideCompleteTask(given().task("t1", "FOLLOW_UP", minutes(240), "p1", "DONE").build(), "t1", "APPLICANT"),
    allowed: () => decideCompleteTask(given().task("t1", "FOLLOW_UP", minutes(240), "p1", "OPEN").build(), "t1", "APPLICANT"),
    reasonIncludes: "already done",
  },
  {
    code: "LIST_CHANGED",
    name: "a new order that leaves out a program added in another window",
    refused: () => decideReorderTargets(given().target("p1").target("p2").target("p3").build(), ["p2", "p1"], "APPLICANT"),
    allowed: () => decideReorderTargets(given().target("p1").target("p2").target("p3").build(), ["p3", "p1", "p2"], "APPLICANT"),
    reasonIncludes: "another window",
  },
];

describe("rule table", () => {
  it.each(CASES)("$code refuses $name", ({ code, refused, reasonIncludes }) => {
    const d = refused();
    expect(d).toMatchObject({ ok: false, code, overridable: RULE_CATALOG[code].overridable });
    if (!d.ok) {
      expect(d.reason.length).toBeGreaterThan(10);
      expect(d.next.length).toBeGreaterThan(3);
      if (reasonIncludes) expect(d.reason).toContain(reasonIncludes);
    }
  });

  it.each(CASES)("$code: the neighbouring case is allowed", ({ allowed }) => {
    expect(allowed()).toMatchObject({ ok: true });
  });

  it("covers every rule in the catalog", () => {
    const covered = new Set(CASES.map((c) => c.code));
    const missing = Object.keys(RULE_CATALOG).filter((code) => !covered.has(code as RuleCode));
    expect(missing).toEqual([]);
    expect(Object.keys(RULE_CATALOG).sort()).toEqual([...RULE_CODES].sort());
  });

  it("keeps NRMP rules out of reach of overrides and lets the playbook's be overridden", () => {
    for (const code of RULE_CODES) {
      if (RULE_CATALOG[code].source === "NRMP") expect(RULE_CATALOG[code].overridable, code).toBe(false);
    }
    for (const code of ["NO_CONNECTION", "FACULTY_CAP_REACHED", "ADVOCATE_CAP_REACHED", "APPLICANT_EMAIL_FIRST"] as const) {
      expect(RULE_CATALOG[code].overridable, code).toBe(true);
    }
  });

  it("names the claim holder and tells a refused advocate the applicant can be nudged", () => {
    const d = decideLogContact(given().target("p1").assign("adv1").claim("p1").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.next).toMatch(/Nudge Alex Rivera with one click/);
    const release = decideRelease(given().target("p1").assign("adv2").claim("p1", "adv1").build(), { role: "ADVOCATE", advocateId: "adv2" }, "p1");
    expect(release).toMatchObject({ ok: false, code: "NOT_CLAIM_HOLDER" });
    if (!release.ok) expect(release.reason).toContain("Dr. One");
  });
});
