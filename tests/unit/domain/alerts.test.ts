import { describe, expect, it } from "vitest";
import { ALERT_CODES, alertKinds, alertsFor, applicantAlerts, dashboardRow, funnel, sumFunnels, type AlertCode } from "../../../lib/domain/alerts";
import { aggregateOf } from "../../../lib/domain/dashboard/aggregate";
import type { ApplicantSnapshot } from "../../../lib/domain/snapshot";
import { NOW, given, minutes } from "./builders";

type Extras = Parameters<typeof aggregateOf>[2];
const codes = (s: ApplicantSnapshot, extras?: Extras) => alertsFor(aggregateOf(s, NOW, extras), s.policy, NOW).map((a) => a.code);

/** 15 targets, all applied and emailed: a snapshot that raises nothing. */
const healthy = () => {
  const b = given().targets(15);
  for (let i = 1; i <= 15; i++) b.email(`p${i}`);
  return b;
};

const CASES: { code: AlertCode; name: string; raise: () => ApplicantSnapshot; extras?: Extras }[] = [
  {
    code: "CAP_REACHED",
    name: "all faculty contacts used",
    raise: () => {
      const b = healthy().assign("adv1");
      for (let i = 1; i <= 8; i++) b.claim(`p${i}`).advocateContact(`p${i}`);
      return b.build();
    },
  },
  {
    code: "OFFER_DEADLINE_NEAR",
    name: "a pending offer due within two hours",
    raise: () => healthy().offer("o1", "p1", "PENDING", minutes(90)).build(),
  },
  { code: "EMAIL_UNDELIVERED", name: "an email the mail server refused for good", raise: () => healthy().build(), extras: { undeliveredEmails: 1 } },
  {
    code: "URGENT_UNDELIVERED",
    name: "an urgent message about them whose email or push failed, unread",
    raise: () => healthy().build(),
    extras: { undeliveredUrgent: 1 },
  },
  {
    code: "NO_DIRECT_OUTREACH",
    name: "applied, but only faculty reached out",
    raise: () => given().targets(15).assign("adv1").claim("p1").advocateContact("p1").build(),
  },
  { code: "RED_FLAG_WITHOUT_ADVOCATE", name: "a red flag with no advocate", raise: () => ({ ...healthy().build(), redFlags: ["LEAVE_OF_ABSENCE"] }) },
  { code: "OVERDUE_URGENT", name: "an urgent task past due", raise: () => healthy().task("t1", "URGENT_RESPONSE", minutes(-5)).build() },
  {
    code: "CHECKLIST_INCOMPLETE",
    name: "voicemail not ready",
    raise: () => ({ ...healthy().build(), checklist: { phoneLoud: true, voicemailReady: false, erasUpdated: true, contactCurrent: true } }),
  },
  { code: "THIN_LIST", name: "fewer than 15 targets", raise: () => given().targets(5).email("p1").build() },
  {
    code: "PROGRAM_SATURATION",
    name: "a fourth applicant at one program",
    raise: () => ({ ...healthy().assign("adv1").claim("p1").advocateContact("p1").build(), cohortFacultyLoad: { p1: 3 } }),
  },
  { code: "ADVOCATE_OVER_CAP", name: "three active advocates", raise: () => healthy().assign("adv1").assign("adv2").assign("adv3").build() },
];

describe("dean alerts", () => {
  it("raises nothing for a healthy applicant", () => {
    expect(codes(healthy().build())).toEqual([]);
  });

  it.each(CASES)("$code: $name", ({ code, raise, extras }) => {
    expect(codes(raise(), extras)).toContain(code);
  });

  it("does not alert on an offer whose deadline is far off or past, and stops once matched", () => {
    expect(codes(healthy().offer("o1", "p1", "PENDING", minutes(180)).build())).toEqual([]);
    expect(codes(healthy().offer("o1", "p1", "PENDING", minutes(-1)).build())).toEqual([]);
    expect(codes(healthy().offer("o1", "p1", "ACCEPTED").build(), { undeliveredEmails: 2 })).toEqual([]);
  });

  it("tells a lowered cap (over it) from one just reached", () => {
    const b = healthy().assign("adv1");
    for (let i = 1; i <= 5; i++) b.claim(`p${i}`).advocateContact(`p${i}`);
    const lowered = b.policy({ facultyContactCap: 3 }).build();
    expect(codes(lowered)).toEqual(["ADVOCATE_OVER_CAP"]);
  });

  it("covers every alert code", () => {
    expect(ALERT_CODES.filter((c) => !CASES.some((x) => x.code === c))).toEqual([]);
  });

  it("does not alert on an urgent task still in time, or one done", () => {
    expect(codes(healthy().task("t1", "URGENT_RESPONSE", minutes(5)).build())).toEqual([]);
    expect(codes(healthy().task("t1", "URGENT_RESPONSE", minutes(-5), "p1", "DONE").build())).toEqual([]);
  });

  it("says how late an overdue response is, per program", () => {
    const [alert] = applicantAlerts(healthy().task("t1", "URGENT_RESPONSE", minutes(-42), "p2").build(), NOW);
    expect(alert).toMatchObject({ code: "OVERDUE_URGENT", programId: "p2", severity: "high" });
    expect(alert?.message).toContain("42 min overdue");
  });

  it("goes quiet once an offer is accepted", () => {
    expect(codes(given().targets(2).offer("o1", "p1", "ACCEPTED").build())).toEqual([]);
  });
});

describe("alert kinds for the cohort table", () => {
  const at = (code: AlertCode, severity: "high" | "medium" | "low", programId: string | null = null) => ({
    code,
    severity,
    message: `${code} ${programId}`,
    programId,
  });

  it("gives each kind once, in the order it first appears, with how many alerts are of it", () => {
    const alerts = [
      at("OVERDUE_URGENT", "high", "p1"),
      at("PROGRAM_SATURATION", "low", "p1"),
      at("OVERDUE_URGENT", "high", "p2"),
      at("PROGRAM_SATURATION", "low", "p2"),
      at("PROGRAM_SATURATION", "low", "p3"),
      at("CAP_REACHED", "low"),
    ];
    expect(alertKinds(alerts)).toEqual([
      { code: "OVERDUE_URGENT", severity: "high", count: 2 },
      { code: "PROGRAM_SATURATION", severity: "low", count: 3 },
      { code: "CAP_REACHED", severity: "low", count: 1 },
    ]);
    expect(alertKinds([])).toEqual([]);
  });

  it("counts every alert once, whatever the mix", () => {
    const alerts = ALERT_CODES.flatMap((code, i) => Array.from({ length: i + 1 }, (_, n) => at(code, "medium", `p${n}`)));
    const kinds = alertKinds(alerts);
    expect(kinds.map((k) => k.code)).toEqual([...ALERT_CODES]);
    expect(kinds.map((k) => k.count)).toEqual(ALERT_CODES.map((_, i) => i + 1));
  });
});

describe("funnel and dashboard row", () => {
  const s = given()
    .targets(3)
    .target("p4", false)
    .email("p1")
    .email("p2")
    .ready("p1")
    .advocateContact("p1")
    .inbound("p1", "INTERVIEW_OFFERED")
    .offer("o1", "p1", "ACCEPTED")
    .offer("o2", "p2", "REJECTED")
    .build();

  it("counts target programs at each stage", () => {
    expect(funnel(s)).toEqual({ targeted: 4, applied: 3, emailed: 2, facultyContacted: 1, interview: 1, offer: 2, accepted: 1 });
    expect(sumFunnels([funnel(s), funnel(s)]).targeted).toBe(8);
  });

  it("summarises one applicant for the dashboard", () => {
    expect(dashboardRow(s, NOW)).toMatchObject({
      targets: 4,
      applied: 3,
      maxApplications: 45,
      ownEmails: 3,
      facultyPrograms: 1,
      facultyCap: 8,
      activeAdvocates: 1,
      inboundContacts: 1,
      pendingOffers: 0,
      accepted: true,
      alerts: [],
    });
  });
});
