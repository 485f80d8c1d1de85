// A refusal addresses its reader: the applicant reads "you" about their own record; an advocate or
// the dean's office reads the applicant's name. The same check, the same code, different words.
import { describe, expect, it } from "vitest";
import { RULE_CATALOG, type RuleCode } from "../../../lib/domain/rules/catalog";
import { readerFor, type Decision, type Reader, type Refused } from "../../../lib/domain/rules/decision";
import { refuserFor } from "../../../lib/domain/rules/rule-entry";
import { decideAddTarget } from "../../../lib/domain/rules/decide/add-target";
import { decideAssignAdvocate } from "../../../lib/domain/rules/decide/assign-advocate";
import { decideUnassignAdvocate } from "../../../lib/domain/rules/decide/unassign-advocate";
import { decideClaim } from "../../../lib/domain/rules/decide/claim";
import { decideCompleteTask } from "../../../lib/domain/rules/decide/complete-task";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { decideMarkApplied } from "../../../lib/domain/rules/decide/mark-applied";
import { decideNudge } from "../../../lib/domain/rules/decide/nudge";
import { decideRecordOffer } from "../../../lib/domain/rules/decide/record-offer";
import { decideRemoveTarget } from "../../../lib/domain/rules/decide/remove-target";
import { decideReorderTargets } from "../../../lib/domain/rules/decide/reorder-targets";
import { decideRespondToOffer } from "../../../lib/domain/rules/decide/respond-to-offer";
import { decideSetTargetPriority } from "../../../lib/domain/rules/decide/set-target-priority";
import { APPLICANT, NOW, SOAP_WINDOW, advocate, given, outboundCall, outboundEmail } from "./builders";

/** The builders' applicant. */
const NAME = "Alex Rivera";
/** Words that talk about the applicant instead of to them. */
const THIRD_PERSON = /\b(the|this) applicant\b|\bapplicant's\b|\btheir\b/i;

function refusal(d: Decision): Refused {
  if (d.ok) throw new Error("expected a refusal");
  return d;
}

const accepted = () => given().target("p1").target("p2", false).offer("o1", "p1", "ACCEPTED").assign("adv1").claim("p2").build();

describe("who reads a refusal", () => {
  it("is whoever acts: the applicant, an advocate or the dean's office, each with words of their own", () => {
    expect(readerFor("APPLICANT")).toBe("APPLICANT");
    expect(readerFor("ADVOCATE")).toBe("ADVOCATE");
    expect(readerFor("DEAN")).toBe("DEAN");
  });
});

describe("an accepted offer", () => {
  it("tells the applicant what they did, in the second person", () => {
    const d = refusal(decideMarkApplied(accepted(), { programId: "p2" }, NOW, "APPLICANT"));
    expect(d.code).toBe("OFFER_ACCEPTED");
    expect(d.reason).toBe("You accepted the offer from Program p1. A SOAP acceptance is binding: no further outreach or applications.");
    expect(d.next).toBe("Nothing more to send: Program p1 will contact you about onboarding.");
  });

  it("names the applicant to an advocate and to the dean's office", () => {
    const advocateReads = refusal(decideLogContact(accepted(), { actor: advocate(), ...outboundEmail("p2") }, NOW));
    expect(advocateReads.reason).toBe(`${NAME} accepted the offer from Program p1. A SOAP acceptance is binding: no further outreach or applications.`);
    expect(advocateReads.next).toBe(`Congratulate ${NAME} and close out the remaining work.`);
    const deanReads = refusal(decideRecordOffer(accepted(), { programId: "p1" }, NOW, "DEAN"));
    expect(deanReads.reason).toMatch(new RegExp(`^${NAME} accepted the offer`));
  });

  it("is one code whoever reads it", () => {
    const s = accepted();
    const codes = [
      decideAddTarget(s, { programId: "p3" }, NOW, "APPLICANT"),
      decideLogContact(s, { actor: APPLICANT, ...outboundEmail("p2") }, NOW),
      decideClaim(s, { advocateId: "adv1", advocateKind: "PROGRAM_DIRECTOR", hasConnection: true }, "p2", NOW),
      decideNudge(s, "adv1", "p2", NOW),
    ].map((d) => refusal(d).code);
    expect(new Set(codes)).toEqual(new Set(["OFFER_ACCEPTED"]));
  });
});

describe("the applicant reads 'you', an advocate reads the name", () => {
  const cases: { code: RuleCode; applicant: () => Decision; other: () => Decision; you: string; named: string }[] = [
    {
      code: "PROGRAM_CLOSED",
      applicant: () => decideLogContact(given().target("p1").inbound("p1", "DECLINED").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
      other: () => decideLogContact(given().ready("p1").inbound("p1", "DECLINED").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
      you: "Program p1 has declined you;",
      named: `Program p1 has declined ${NAME};`,
    },
    {
      code: "PROGRAM_CLOSED",
      applicant: () => decideMarkApplied(given().target("p1", false).offer("o1", "p1", "REJECTED").build(), { programId: "p1" }, NOW, "APPLICANT"),
      other: () => decideLogContact(given().ready("p1").offer("o1", "p1", "REJECTED").build(), { actor: advocate(), ...outboundEmail("p1") }, NOW),
      you: "You rejected the offer from Program p1;",
      named: `${NAME} rejected the offer from Program p1;`,
    },
    {
      code: "APPLICATION_CAP_REACHED",
      applicant: () => decideMarkApplied(given().targets(45).target("p46", false).build(), { programId: "p46" }, NOW, "APPLICANT"),
      other: () => decideMarkApplied(given().targets(45).target("p46", false).build(), { programId: "p46" }, NOW, "DEAN"),
      you: "you have used all 45.",
      named: `${NAME} has used all 45.`,
    },
    {
      code: "NOT_APPLIED",
      applicant: () => decideLogContact(given().target("p1", false).build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
      other: () => decideNudge(given().target("p1", false).assign("adv1").claim("p1").build(), "adv1", "p1", NOW),
      you: "if your name is not already in ERAS",
      named: `if ${NAME}'s name is not already in ERAS`,
    },
    {
      code: "NOT_ON_LIST",
      applicant: () => decideSetTargetPriority(given().build(), { programId: "p1" }, "APPLICANT"),
      other: () => decideRecordOffer(given().build(), { programId: "p1" }, NOW, "DEAN"),
      you: "not on your target list",
      named: `not on ${NAME}'s target list`,
    },
    {
      code: "PROGRAM_MUST_INITIATE",
      applicant: () => decideLogContact(given({ season: SOAP_WINDOW }).target("p1").build(), { actor: APPLICANT, ...outboundEmail("p1") }, NOW),
      other: () => decideNudge(given({ season: SOAP_WINDOW }).target("p1").assign("adv1").claim("p1").build(), "adv1", "p1", NOW),
      you: "until the program has contacted you.",
      named: `until the program has contacted ${NAME}.`,
    },
    {
      code: "ALREADY_APPLIED",
      applicant: () => decideRemoveTarget(given().target("p1").build(), { programId: "p1" }, "APPLICANT"),
      other: () => decideRemoveTarget(given().target("p1").build(), { programId: "p1" }, "DEAN"),
      you: "You already marked this application as sent",
      named: `${NAME}'s application is already marked as sent`,
    },
    {
      code: "TASK_NOT_FOUND",
      applicant: () => decideCompleteTask(given().build(), "t1", "APPLICANT"),
      other: () => decideCompleteTask(given().build(), "t1", "DEAN"),
      you: "You have no such task.",
      named: `There is no such task for ${NAME}.`,
    },
    {
      code: "OFFER_NOT_FOUND",
      applicant: () => decideRespondToOffer(given().build(), "o1", "ACCEPT", NOW, "APPLICANT"),
      other: () => decideRespondToOffer(given().build(), "o1", "ACCEPT", NOW, "DEAN"),
      you: "You have no such offer.",
      named: `There is no such offer for ${NAME}.`,
    },
  ];

  it.each(cases)("$code: $you", ({ code, applicant, other, you, named }) => {
    const mine = refusal(applicant());
    const theirs = refusal(other());
    expect([mine.code, theirs.code]).toEqual([code, code]);
    expect(mine.reason).toContain(you);
    expect(`${mine.reason} ${mine.next}`).not.toMatch(THIRD_PERSON);
    expect(`${mine.reason} ${mine.next}`).not.toContain(NAME);
    expect(theirs.reason).toContain(named);
  });

  it("keeps the advocate's words for a call already made today, and says 'for you' to the applicant", () => {
    const s = given().target("p1").ready("p1").call("p1", new Date("2026-03-17T14:00:00Z")).build();
    expect(refusal(decideLogContact(s, { actor: APPLICANT, ...outboundCall("p1") }, NOW)).reason).toMatch(/^Someone already called Program p1 for you today\./);
    expect(refusal(decideLogContact(s, { actor: advocate(), ...outboundCall("p1") }, NOW)).reason).toMatch(
      /^Someone already called Program p1 for this applicant today\./,
    );
  });

  it("says 'your list' to the applicant whose order went stale", () => {
    const s = given().target("p1").target("p2").build();
    expect(refusal(decideReorderTargets(s, ["p1"], "APPLICANT")).reason).toBe("Your list changed in another window, so this order no longer matches it.");
    expect(refusal(decideReorderTargets(s, ["p1", "p1"], "APPLICANT")).reason).toMatch(/no longer matches your list/);
  });
});

// Every refusal an applicant can meet on their own actions (adding, applying, ranking, priorities,
// their own emails and calls, logging a program's call, tasks, interviews and offers).
const APPLICANT_REACHABLE: RuleCode[] = [
  "UNKNOWN_PROGRAM",
  "NOT_ON_LIST",
  "ALREADY_ON_LIST",
  "ALREADY_APPLIED",
  "LIST_CHANGED",
  "CONTACT_BEFORE_SEASON",
  "NOT_APPLIED",
  "PROGRAM_MUST_INITIATE",
  "OFFER_ACCEPTED",
  "PROGRAM_CLOSED",
  "APPLICATION_CAP_REACHED",
  "PREFERS_EMAIL",
  "PHONE_DAILY_LIMIT",
  "OFFER_NOT_FOUND",
  "OFFER_NOT_PENDING",
  "OFFER_EXPIRED",
  "OFFER_ALREADY_RECORDED",
  "TASK_NOT_FOUND",
  "TASK_NOT_OPEN",
];

describe("every rule an applicant can hit, in every situation", () => {
  // Built from the whole catalog only to read its words; the checks stay the one place that refuses.
  const render = refuserFor(RULE_CATALOG) as unknown as (code: RuleCode, args: object) => Refused;
  /** Any parameter a text asks for reads as «its name», so a name slipping into the words shows. */
  const params = (situation: string | undefined, reader: Reader) =>
    new Proxy({ case: situation, reader } as Record<string, unknown>, {
      get: (target, key) => (typeof key === "string" && key in target ? target[key] : `«${String(key)}»`),
    });

  const situations = APPLICANT_REACHABLE.flatMap((code) => {
    const cases: Record<string, unknown> = RULE_CATALOG[code].cases ?? {};
    return [undefined, ...Object.keys(cases)].map((situation) => ({ code, situation }));
  });

  it.each(situations)("$code ($situation) speaks to the applicant", ({ code, situation }) => {
    const words = render(code, params(situation, "APPLICANT"));
    const text = `${words.reason} ${words.next}`;
    expect(text).not.toMatch(THIRD_PERSON);
    expect(text).not.toContain("«applicant»");
  });

  it("names the applicant to an advocate wherever the applicant's words say 'you'", () => {
    const named = APPLICANT_REACHABLE.filter((code) => {
      const words = render(code, params(undefined, "ADVOCATE"));
      return `${words.reason} ${words.next}`.includes("«applicant»");
    });
    expect(named).toEqual(expect.arrayContaining(["OFFER_ACCEPTED", "PROGRAM_CLOSED", "APPLICATION_CAP_REACHED", "NOT_APPLIED", "NOT_ON_LIST"]));
  });
});

// Every refusal an advocate can meet (claiming, nudging, logging a contact, releasing, writing the
// narrative), and every one the dean's office can meet (assigning and unassigning advocates,
// releasing a claim, recording an offer).
const ADVOCATE_REACHABLE: RuleCode[] = [
  "UNKNOWN_PROGRAM",
  "CONTACT_BEFORE_SEASON",
  "OFFER_ACCEPTED",
  "ADVOCATE_NOT_ALLOWED",
  "NOT_ASSIGNED",
  "NOT_ON_LIST",
  "PROGRAM_CLOSED",
  "NOT_APPLIED",
  "PROGRAM_MUST_INITIATE",
  "NOT_CLAIM_HOLDER",
  "PROGRAM_ALREADY_CLAIMED",
  "APPLICANT_EMAIL_FIRST",
  "NO_CONNECTION",
  "RESIDENT_ALREADY_CONTACTED_PROGRAM",
  "RESIDENT_CAP_REACHED",
  "FACULTY_CAP_REACHED",
  "PREFERS_EMAIL",
  "PHONE_DAILY_LIMIT",
  "NUDGE_NOT_NEEDED",
  "NUDGE_TOO_SOON",
];
const DEAN_REACHABLE: RuleCode[] = [
  "UNKNOWN_PROGRAM",
  "OFFER_ACCEPTED",
  "ADVOCATE_NOT_ALLOWED",
  "ALREADY_ASSIGNED",
  "ADVOCATE_CAP_REACHED",
  "NOT_ASSIGNED",
  "NOT_CLAIM_HOLDER",
  "NOT_ON_LIST",
  "PROGRAM_CLOSED",
  "NOT_APPLIED",
  "OFFER_ALREADY_RECORDED",
];
/** The dean's office releases any claim and contacts no program: these situations are an advocate's alone. */
const DEAN_NEVER = ["NOT_CLAIM_HOLDER:held-by-another", "NOT_CLAIM_HOLDER:release-held-by-another"];
/** Words written to the applicant about their own record: an advocate or the dean never reads them. */
const TO_THE_APPLICANT =
  /\byou apply\b|\byou email\b|\byour faculty advocate\b|\byou've already applied\b|\byour (target )?list\b|\byour name\b|\byou accepted\b|\bfor you\b|\byour advocate\b/i;
/** Words that send the dean's office to itself, or speak to an advocate. */
const TO_AN_ADVOCATE = /\bask the dean's office\b|\bassign you\b|\byou hold\b|\bnudge\b.*\bwith one click\b|\byour connection\b/i;

describe("the catalogue carries a text per reader", () => {
  const render = refuserFor(RULE_CATALOG) as unknown as (code: RuleCode, args: object) => Refused;
  const params = (situation: string | undefined, reader: Reader) =>
    new Proxy({ case: situation, reader } as Record<string, unknown>, {
      get: (target, key) => (typeof key === "string" && key in target ? target[key] : `«${String(key)}»`),
    });
  const situationsOf = (codes: RuleCode[], unreachable: string[] = []) =>
    codes.flatMap((code) => {
      const cases: Record<string, unknown> = RULE_CATALOG[code].cases ?? {};
      return [undefined, ...Object.keys(cases).filter((c) => !unreachable.includes(`${code}:${c}`))].map((situation) => ({ code, situation }));
    });

  it.each(situationsOf(ADVOCATE_REACHABLE))("$code ($situation): an advocate never reads words written to the applicant", ({ code, situation }) => {
    const words = render(code, params(situation, "ADVOCATE"));
    expect(`${words.reason} ${words.next}`).not.toMatch(TO_THE_APPLICANT);
  });

  it.each(situationsOf(DEAN_REACHABLE, DEAN_NEVER))("$code ($situation): the dean's office reads words for the dean's office", ({ code, situation }) => {
    const words = render(code, params(situation, "DEAN"));
    const text = `${words.reason} ${words.next}`;
    expect(text).not.toMatch(TO_THE_APPLICANT);
    expect(text).not.toMatch(TO_AN_ADVOCATE);
  });

  it("tells an advocate refused before the applicant's email what the order is, with them in it", () => {
    const s = given().target("p1").assign("adv1").claim("p1").build();
    const d = refusal(decideLogContact(s, { actor: advocate(), ...outboundCall("p1") }, NOW));
    expect(d.code).toBe("APPLICANT_EMAIL_FIRST");
    expect(d.reason).toBe(
      `The ideal flow is: ${NAME} applies, emails Program p1 themselves, then you reach out and mention they have already applied. Faculty should not cold-call a program that has not heard from the applicant.`,
    );
    expect(d.next).toBe(`Nudge ${NAME} with one click to send their own short email to Program p1, then log your contact.`);
  });

  it("tells the dean's office ending an assignment that is already gone what to do, not to ask itself", () => {
    const d = refusal(decideUnassignAdvocate(given().build(), { advocateId: "adv1" }));
    expect(d.code).toBe("NOT_ASSIGNED");
    expect(d.next).toBe("Nothing to do: reload the page to see who is assigned now.");
    const advocateReads = refusal(decideNudge(given().target("p1").build(), "adv1", "p1", NOW));
    expect(advocateReads.code).toBe("NOT_ASSIGNED");
    expect(advocateReads.next).toBe("Ask the dean's office to assign you.");
  });

  it("tells a classmate to leave the outreach to faculty, and the dean's office whom to assign instead", () => {
    const asAdvocate = refusal(
      decideClaim(given().target("p1").assign("adv1", "CLASSMATE").build(), { advocateId: "adv1", advocateKind: "CLASSMATE", hasConnection: true }, "p1", NOW),
    );
    expect(asAdvocate.reason).toMatch(/^As a classmate you should not contact programs/);
    const asDean = refusal(decideAssignAdvocate(given().build(), { advocateId: "adv9", kind: "CLASSMATE" }, NOW));
    expect(asDean.next).toMatch(/^Assign a PD/);
  });
});
