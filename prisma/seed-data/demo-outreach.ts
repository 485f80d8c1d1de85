// What happened during the demo Match Week, per applicant, as plain data. Every time is minutes
// relative to the seeding `now` (negative = past), so the screens show live deadlines on any day;
// the offers and the interviews of today and tomorrow follow the season placed around `now`
// (lib/domain/demo-season.ts). The whole story happens inside the SOAP window, in program-initiated
// mode: each program reaches out first (an email after reading the application), the applicant
// answers, and only then do faculty call, in the playbook's order (apply -> applicant email ->
// faculty contact -> follow-up). check-demo-plan.ts refuses the seed if any of it breaks a SOAP rule.
import { minutesFrom, type DemoSeasonPlacement } from "../../lib/domain/demo-season";
import type { CommunicationMode } from "../../lib/domain/types";
import { HOUR, type AdvocateKey, type ApplicantKey } from "./demo-school";

export type ContactChannelCode = "EMAIL" | "PHONE" | "VOICEMAIL" | "VIDEO";
export type ContactOutcomeCode = "SENT" | "NO_ANSWER" | "LEFT_VOICEMAIL" | "SPOKE" | "INTERVIEW_OFFERED" | "DECLINED" | "OTHER";

export interface DemoTarget {
  program: string;
  priority: "FACULTY" | "SELF";
  appliedAt: number | null;
}

export interface DemoContact {
  /** Tasks point at their source contact by this key. */
  key?: string;
  program: string;
  by: "applicant" | AdvocateKey;
  direction: "OUTBOUND" | "INBOUND";
  channel: ContactChannelCode;
  at: number;
  outcome: ContactOutcomeCode;
  summary: string;
  /** Advocate contacts only: the narrative version the advocate told. */
  narrativeVersion?: number;
}

/** Due times follow the policy defaults: follow-up 4 hours after the faculty contact, urgent 30 minutes. */
export interface DemoTask {
  from: string; // key of the source contact
  kind: "FOLLOW_UP" | "URGENT_RESPONSE";
  status: "OPEN" | "DONE" | "CANCELLED";
  /** DONE: when the applicant did it. CANCELLED: when the reason to do it went away. */
  closedAt?: number;
}

export interface DemoInterview {
  program: string;
  startsAt: number;
  durationMinutes: number;
  format: "PHONE" | "VIDEO" | "IN_PERSON";
  location: string;
  notes: string;
}

export interface DemoOffer {
  program: string;
  round: number;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  offeredAt: number;
  respondedAt: number | null;
}

export interface ApplicantPlan {
  applicant: ApplicantKey;
  assignments: { advocate: AdvocateKey; at: number; endedAt?: number }[];
  targets: DemoTarget[];
  claims: { program: string; advocate: AdvocateKey; at: number }[];
  contacts: DemoContact[];
  tasks: DemoTask[];
  interviews: DemoInterview[];
  offers: DemoOffer[];
}

export const FOLLOW_UP_DUE_MINUTES = 240;
export const URGENT_RESPONSE_MINUTES = 30;

const h = (hours: number) => Math.round(hours * HOUR);

/** A ranked list: applications go in a few minutes apart, in rank order, from `appliedFrom`. */
function list(codes: string[], opts: { appliedFrom: number; faculty?: string[]; notApplied?: string[] }): DemoTarget[] {
  return codes.map((program, i) => ({
    program,
    priority: opts.faculty?.includes(program) ? "FACULTY" : "SELF",
    appliedAt: opts.notApplied?.includes(program) ? null : opts.appliedFrom + i * 5,
  }));
}

/** Where the season stands at the seeding instant, in minutes from `now` (see demo-season.ts). */
export interface DemoClock {
  /** When round 1's offers went out (it has passed). */
  round1At: number;
  /** When the open round's (round 2) offers went out. */
  round2At: number;
  interviewToday: number;
  interviewTomorrow: number;
}

/** The season as the plans and their check see it: minutes from the seeding `now`. */
export interface DemoFrame extends DemoClock {
  windowStartsAt: number;
  windowEndsAt: number;
  communicationMode: CommunicationMode;
  rounds: { number: number; offersAt: number; respondBy: number }[];
}

export function demoFrame(placement: DemoSeasonPlacement, now: Date): DemoFrame {
  const rel = (at: Date) => minutesFrom(now, at);
  const round = (number: number) => placement.rounds.find((r) => r.number === number)?.offersAt ?? now;
  return {
    round1At: rel(round(1)),
    round2At: rel(round(2)),
    interviewToday: rel(placement.interviewToday),
    interviewTomorrow: rel(placement.interviewTomorrow),
    windowStartsAt: rel(placement.season.windowStartsAt),
    windowEndsAt: rel(placement.season.windowEndsAt),
    communicationMode: placement.season.communicationMode,
    rounds: placement.rounds.map((r) => ({ number: r.number, offersAt: rel(r.offersAt), respondBy: rel(r.respondBy) })),
  };
}

/** The applicant answers a program's first email within this many minutes. */
const REPLY_MINUTES = 8;
const FIRST_CONTACT = "first:";

/**
 * Programs reach out first (program-initiated mode): each coordinator emails after reading the
 * application, one program every 12 minutes, and the applicant answers with their own short email
 * within minutes. Each first email makes an urgent task, done by that answer (see withReplyTasks).
 */
function emails(codes: string[], from: number): DemoContact[] {
  return codes.flatMap((program, i): DemoContact[] => [
    {
      key: `${FIRST_CONTACT}${program}@${from + i * 12}`,
      program,
      by: "applicant",
      direction: "INBOUND",
      channel: "EMAIL",
      at: from + i * 12,
      outcome: "OTHER",
      summary: "The program coordinator emailed after reading the application and asked whether the applicant is still available to interview.",
    },
    {
      program,
      by: "applicant",
      direction: "OUTBOUND",
      channel: "EMAIL",
      at: from + i * 12 + REPLY_MINUTES,
      outcome: "SENT",
      summary: "Answered the program director: application submitted in ERAS, one line of background, why this program, available to interview immediately.",
    },
  ]);
}

/** The urgent task each program's first email made, done by the applicant's answer. */
function withReplyTasks(plan: ApplicantPlan): ApplicantPlan {
  const replies = plan.contacts
    .filter((c) => c.key?.startsWith(FIRST_CONTACT))
    .map((c): DemoTask => ({ from: c.key as string, kind: "URGENT_RESPONSE", status: "DONE", closedAt: c.at + REPLY_MINUTES }));
  return { ...plan, tasks: [...replies, ...plan.tasks] };
}

function applicantEmail(program: string, at: number, summary: string, key?: string): DemoContact {
  return { key, program, by: "applicant", direction: "OUTBOUND", channel: "EMAIL", at, outcome: "SENT", summary };
}

/** A program's email offering an interview (it makes an urgent task, keyed for it). */
function interviewOffer(key: string, program: string, at: number, summary: string): DemoContact {
  return { key, program, by: "applicant", direction: "INBOUND", channel: "EMAIL", at, outcome: "INTERVIEW_OFFERED", summary };
}

function followUpEmail(program: string, at: number, who: string): DemoContact {
  return applicantEmail(program, at, `Follow-up email after ${who}'s call: restated interest and mentioned the connection in one line.`);
}

/** Each applicant's story; demoPlans adds the tasks the programs' first emails made. */
const story = (clock: DemoClock): ApplicantPlan[] => [
  // Strong candidate who overreached: PD + associate dean, mid-tier academic and solid community programs.
  {
    applicant: "olivia",
    assignments: [
      { advocate: "hargrove", at: h(-70) },
      { advocate: "castellanos", at: h(-70) },
    ],
    targets: list(
      [
        "1089140C0",
        "1034140C0",
        "1408140C0",
        "1583140C0",
        "1705140C0",
        "1146140C0",
        "1057140C0",
        "1120140C0",
        "1205140C0",
        "1261140C0",
        "1376140C0",
        "1467140C0",
        "1034140M0",
        "1376140M0",
        "1089140P0",
        "1555140P0",
        "1850999P0",
        "1034999P0",
      ],
      { appliedFrom: h(-52), faculty: ["1089140C0", "1034140C0", "1408140C0", "1583140C0", "1705140C0", "1850999P0"] },
    ),
    claims: [
      { program: "1089140C0", advocate: "hargrove", at: h(-49) },
      { program: "1034140C0", advocate: "hargrove", at: h(-49) },
      { program: "1408140C0", advocate: "hargrove", at: h(-49) },
      { program: "1583140C0", advocate: "hargrove", at: h(-49) }, // applicant emailed: ready
      { program: "1705140C0", advocate: "hargrove", at: h(-49) }, // waiting for the applicant's email
      { program: "1850999P0", advocate: "castellanos", at: h(-48) },
    ],
    contacts: [
      ...emails(
        [
          "1089140C0",
          "1034140C0",
          "1408140C0",
          "1583140C0",
          "1146140C0",
          "1057140C0",
          "1120140C0",
          "1205140C0",
          "1261140C0",
          "1850999P0",
          "1376140C0",
          "1467140C0",
        ],
        h(-47),
      ),
      {
        key: "ol-h-bc",
        program: "1034140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-44),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Adeyemi (co-residents): top tenth of her class, aimed too high geographically. He will pull her file today.",
      },
      {
        key: "ol-h-gs",
        program: "1089140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "EMAIL",
        at: h(-43),
        outcome: "SENT",
        narrativeVersion: 1,
        summary: "Short advocacy email to Dr. Raman (program prefers email): three strengths, the overreach in one line, reliability.",
      },
      {
        key: "ol-c-bh",
        program: "1850999P0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-42),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Called Dr. Ramsey about the TY backup; she will review Olivia alongside the categorical applicants.",
      },
      followUpEmail("1034140C0", h(-41), "Dr. Hargrove"),
      followUpEmail("1850999P0", h(-40.5), "Dean Castellanos"),
      followUpEmail("1089140C0", h(-40), "Dr. Hargrove"),
      {
        key: "ol-in-gs",
        program: "1089140C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "EMAIL",
        at: h(-36),
        outcome: "INTERVIEW_OFFERED",
        summary: "Greystone coordinator offered a video interview tomorrow morning.",
      },
      applicantEmail("1089140C0", h(-35.8), "Replied within 12 minutes and took the first interview slot."),
      {
        key: "ol-h-hp",
        program: "1408140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-28),
        outcome: "SPOKE",
        narrativeVersion: 2,
        summary: "Spoke with Dr. Wozniak: our two graduates there are doing well; Olivia is stronger on paper than either.",
      },
      followUpEmail("1408140C0", h(-26), "Dr. Hargrove"),
      {
        key: "ol-in-bc",
        program: "1034140C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: h(-20),
        outcome: "INTERVIEW_OFFERED",
        summary: "Dr. Adeyemi called directly and offered a video interview.",
      },
      applicantEmail("1034140C0", h(-19.8), "Confirmed the interview time in writing to the coordinator."),
      interviewOffer("ol-in-hp", "1408140C0", h(-6), "Harbor Point's coordinator offered a video interview tomorrow morning."),
      applicantEmail("1408140C0", h(-5.8), "Took the 10:00 slot and thanked the coordinator."),
    ],
    tasks: [
      { from: "ol-h-bc", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-41) },
      { from: "ol-c-bh", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-40.5) },
      { from: "ol-h-gs", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-40) },
      { from: "ol-in-gs", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-35.8) },
      { from: "ol-h-hp", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-26) },
      { from: "ol-in-bc", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-19.8) },
      { from: "ol-in-hp", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-5.8) },
    ],
    interviews: [
      {
        program: "1089140C0",
        startsAt: h(-30),
        durationMinutes: 30,
        format: "VIDEO",
        location: "Video link from the Greystone coordinator",
        notes: "Interviewed with Dr. Raman and a chief resident.",
      },
      {
        program: "1034140C0",
        startsAt: clock.interviewToday,
        durationMinutes: 45,
        format: "VIDEO",
        location: "Video link in the coordinator's email",
        notes: "Panel: Dr. Adeyemi and two core faculty.",
      },
      {
        program: "1408140C0",
        startsAt: clock.interviewTomorrow,
        durationMinutes: 30,
        format: "VIDEO",
        location: "Video link from the Harbor Point coordinator",
        notes: "Dr. Wozniak and a chief resident.",
      },
    ],
    // Made when the open round's offers went out: its deadline is the round's, counting down now.
    offers: [{ program: "1089140C0", round: 2, status: "PENDING", offeredAt: clock.round2At, respondedAt: null }],
  },

  // Strong pediatrics candidate: accepted a round-1 offer, so everything else stopped.
  {
    applicant: "hannah",
    assignments: [{ advocate: "castellanos", at: h(-70) }],
    targets: list(
      [
        "1672320C0",
        "1467320C0",
        "1261320C0",
        "1089320C0",
        "1317320C0",
        "1738320C0",
        "1294320C0",
        "1555999P0",
        "1672999P0",
        "1317999P0",
        "1034999P0",
        "1850999P0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1000140P0",
      ],
      { appliedFrom: h(-51), faculty: ["1672320C0", "1467320C0", "1555999P0"] },
    ),
    claims: [
      { program: "1672320C0", advocate: "castellanos", at: h(-48) },
      { program: "1467320C0", advocate: "castellanos", at: h(-48) },
      { program: "1555999P0", advocate: "castellanos", at: h(-48) },
    ],
    contacts: [
      ...emails(["1672320C0", "1467320C0", "1261320C0", "1089320C0", "1317320C0", "1738320C0", "1294320C0", "1555999P0"], h(-47)),
      {
        key: "ha-c-ps",
        program: "1672320C0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-44),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Jenkins (trained together): NICU honors, asthma program, we'd be proud to have her there.",
      },
      {
        key: "ha-c-sh",
        program: "1467320C0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-43.5),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Ybarra: our last two graduates there are thriving; Hannah is similar or better.",
      },
      followUpEmail("1672320C0", h(-42), "Dean Castellanos"),
      followUpEmail("1467320C0", h(-41), "Dean Castellanos"),
      {
        key: "ha-in-ps",
        program: "1672320C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: h(-38),
        outcome: "INTERVIEW_OFFERED",
        summary: "Palmetto Shoals coordinator called with a video interview offer.",
      },
      applicantEmail("1672320C0", h(-37.8), "Sent the requested documents and confirmed the interview."),
      {
        key: "ha-in-sh",
        program: "1467320C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "EMAIL",
        at: h(-34),
        outcome: "INTERVIEW_OFFERED",
        summary: "Sandhill invited her to a phone interview.",
      },
      applicantEmail("1467320C0", h(-33.7), "Accepted the phone interview slot."),
      {
        key: "ha-c-eb",
        program: "1555999P0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-6),
        outcome: "NO_ANSWER",
        narrativeVersion: 1,
        summary: "Called the TY office about a backup position; no answer, will try email tomorrow.",
      },
      {
        key: "ha-in-iw",
        program: "1294320C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "EMAIL",
        at: clock.round1At - 20,
        outcome: "OTHER",
        summary: "Ironwood coordinator asked for availability for a video interview.",
      },
    ],
    tasks: [
      { from: "ha-c-ps", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-42) },
      { from: "ha-c-sh", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-41) },
      { from: "ha-in-ps", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-37.8) },
      { from: "ha-in-sh", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-33.7) },
      // Open when she accepted the binding offer: cancelled at that moment (rule 5).
      { from: "ha-c-eb", kind: "FOLLOW_UP", status: "CANCELLED", closedAt: clock.round1At + 30 },
      { from: "ha-in-iw", kind: "URGENT_RESPONSE", status: "CANCELLED", closedAt: clock.round1At + 30 },
    ],
    interviews: [
      {
        program: "1672320C0",
        startsAt: h(-30),
        durationMinutes: 30,
        format: "VIDEO",
        location: "Video link from the coordinator",
        notes: "Dr. Jenkins and the chief resident.",
      },
      {
        program: "1467320C0",
        startsAt: h(-28),
        durationMinutes: 20,
        format: "PHONE",
        location: "Program called her cell",
        notes: "Short phone interview with Dr. Ybarra.",
      },
    ],
    offers: [
      // Round 1, which has just passed: accepted half an hour after the offers went out.
      { program: "1672320C0", round: 1, status: "ACCEPTED", offeredAt: clock.round1At, respondedAt: clock.round1At + 30 },
      // Two offers in one round: accepting one rejects the other.
      { program: "1467320C0", round: 1, status: "REJECTED", offeredAt: clock.round1At, respondedAt: clock.round1At + 30 },
    ],
  },

  // Strong family medicine candidate: clerkship director calls his ties; one program declined.
  {
    applicant: "samuel",
    assignments: [{ advocate: "oduya", at: h(-70) }],
    targets: list(
      [
        "1057120C0",
        "1238120C0",
        "1616120C0",
        "1827120C0",
        "1120120C0",
        "1342120C0",
        "1522120C0",
        "1173120C0",
        "1761120C0",
        "1034999P0",
        "1850999P0",
        "1317999P0",
        "1555999P0",
        "1672999P0",
        "1034140M0",
        "1376140M0",
        "1057140C0",
      ],
      { appliedFrom: h(-51.5), faculty: ["1057120C0", "1238120C0", "1616120C0", "1827120C0", "1120120C0"] },
    ),
    claims: [
      { program: "1057120C0", advocate: "oduya", at: h(-49) },
      { program: "1238120C0", advocate: "oduya", at: h(-49) },
      { program: "1616120C0", advocate: "oduya", at: h(-49) }, // ready
      { program: "1827120C0", advocate: "oduya", at: h(-49) }, // waiting for the applicant's email
      { program: "1120120C0", advocate: "oduya", at: h(-49) },
    ],
    contacts: [
      ...emails(["1057120C0", "1238120C0", "1616120C0", "1120120C0", "1342120C0", "1522120C0", "1173120C0", "1761120C0", "1034999P0"], h(-47)),
      {
        key: "sa-o-sa",
        program: "1057120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-44),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Whitaker: our clerkship site knows him; she will move his file up.",
      },
      // A decline ends outreach to that program, so it makes no follow-up task.
      {
        key: "sa-o-ph",
        program: "1120120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-43),
        outcome: "DECLINED",
        narrativeVersion: 1,
        summary: "Dr. Lindahl has already filled her interview list for SOAP and will not add applicants.",
      },
      followUpEmail("1057120C0", h(-41), "Dr. Oduya"),
      {
        key: "sa-o-kr",
        program: "1238120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-3),
        outcome: "LEFT_VOICEMAIL",
        narrativeVersion: 1,
        summary: "Left Dr. Harlan a short voicemail: residency classmate, strong DO senior in SOAP, already applied.",
      },
      {
        key: "sa-in-kr",
        program: "1238120C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: -10,
        outcome: "LEFT_VOICEMAIL",
        summary: "Missed a call from Kestrel Ridge; the coordinator's voicemail asks him to call back today.",
      },
    ],
    tasks: [
      { from: "sa-o-sa", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-41) },
      { from: "sa-o-kr", kind: "FOLLOW_UP", status: "OPEN" },
      { from: "sa-in-kr", kind: "URGENT_RESPONSE", status: "OPEN" }, // due in 20 minutes
    ],
    interviews: [],
    offers: [],
  },

  // Average candidate with a long list (22, above the 15–20 guidance) and an overdue urgent reply.
  {
    applicant: "jordan",
    assignments: [{ advocate: "hargrove", at: h(-70) }],
    targets: list(
      [
        "1057140C0",
        "1120140C0",
        "1408140C0",
        "1705140C0",
        "1034140C0",
        "1146140C0",
        "1205140C0",
        "1261140C0",
        "1376140C0",
        "1467140C0",
        "1583140C0",
        "1089140C0",
        "1000140C0",
        "1034140M0",
        "1376140M0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1000140P0",
        "1034999P0",
        "1555999P0",
        "1850999P0",
      ],
      { appliedFrom: h(-50), faculty: ["1057140C0", "1120140C0"], notApplied: ["1555999P0", "1850999P0"] },
    ),
    claims: [
      { program: "1057140C0", advocate: "hargrove", at: h(-48) },
      { program: "1120140C0", advocate: "hargrove", at: h(-48) },
    ],
    contacts: [
      ...emails(
        [
          "1057140C0",
          "1120140C0",
          "1408140C0",
          "1705140C0",
          "1034140C0",
          "1146140C0",
          "1205140C0",
          "1261140C0",
          "1376140C0",
          "1467140C0",
          "1583140C0",
          "1000140C0",
          "1089140P0",
          "1794140P0",
        ],
        h(-46),
      ),
      {
        key: "jo-h-sa",
        program: "1057140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-30),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Reyes: three of our students matched there in five years; Jordan is of the same kind.",
      },
      {
        key: "jo-h-ph",
        program: "1120140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-29),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Okonkwo: bilingual, communicates well, applied late after a research year.",
      },
      followUpEmail("1057140C0", h(-27), "Dr. Hargrove"),
      followUpEmail("1120140C0", h(-26), "Dr. Hargrove"),
      {
        key: "jo-in-hc",
        program: "1376140C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "EMAIL",
        at: -70,
        outcome: "INTERVIEW_OFFERED",
        summary: "Hudson Crossing offered a video interview and asked him to reply with a time.",
      },
    ],
    tasks: [
      { from: "jo-h-sa", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-27) },
      { from: "jo-h-ph", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-26) },
      { from: "jo-in-hc", kind: "URGENT_RESPONSE", status: "OPEN" }, // due 40 minutes ago: overdue
    ],
    interviews: [],
    offers: [],
  },

  // Average family medicine candidate: the program left a voicemail, she called back fast.
  {
    applicant: "emily",
    assignments: [{ advocate: "oduya", at: h(-70) }],
    targets: list(
      [
        "1057120C0",
        "1616120C0",
        "1173120C0",
        "1238120C0",
        "1342120C0",
        "1522120C0",
        "1761120C0",
        "1827120C0",
        "1120120C0",
        "1034999P0",
        "1317999P0",
        "1672999P0",
        "1850999P0",
        "1034140M0",
        "1376140M0",
      ],
      { appliedFrom: h(-49), faculty: ["1057120C0", "1616120C0"] },
    ),
    claims: [
      { program: "1057120C0", advocate: "oduya", at: h(-47) },
      { program: "1616120C0", advocate: "oduya", at: h(-47) }, // ready
    ],
    contacts: [
      ...emails(["1057120C0", "1616120C0", "1173120C0", "1238120C0", "1342120C0", "1522120C0", "1761120C0", "1827120C0"], h(-45)),
      {
        key: "em-o-sa",
        program: "1057120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "EMAIL",
        at: h(-40),
        outcome: "SENT",
        narrativeVersion: 1,
        summary: "Short email to Dr. Whitaker: rural honors, teaches ultrasound, never late to clinic.",
      },
      followUpEmail("1057120C0", h(-38), "Dr. Oduya"),
      {
        key: "em-in-rm",
        program: "1173120C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "VOICEMAIL",
        at: h(-22),
        outcome: "LEFT_VOICEMAIL",
        summary: "Red Mesa coordinator left a voicemail inviting her to a phone screen.",
      },
      {
        program: "1173120C0",
        by: "applicant",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-21.8),
        outcome: "INTERVIEW_OFFERED",
        summary: "Called back within 12 minutes; after a short phone screen they offered a video interview.",
      },
    ],
    tasks: [
      { from: "em-o-sa", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-38) },
      { from: "em-in-rm", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-21.8) },
    ],
    interviews: [
      {
        program: "1173120C0",
        startsAt: h(22),
        durationMinutes: 30,
        format: "VIDEO",
        location: "Video link from the Red Mesa coordinator",
        notes: "Dr. Benavides and a faculty member.",
      },
    ],
    offers: [],
  },

  // Average psychiatry candidate: the dean's alumni tie opened a door; one program declined.
  {
    applicant: "tyler",
    assignments: [{ advocate: "castellanos", at: h(-70) }],
    targets: list(
      [
        "1583400C0",
        "1738400C0",
        "1794400C0",
        "1146400C0",
        "1433400C0",
        "1034999P0",
        "1317999P0",
        "1555999P0",
        "1672999P0",
        "1850999P0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1000140P0",
        "1057120C0",
        "1342120C0",
        "1616120C0",
      ],
      { appliedFrom: h(-48), faculty: ["1583400C0", "1738400C0"], notApplied: ["1794140P0", "1000140P0", "1057120C0", "1342120C0", "1616120C0"] },
    ),
    claims: [
      { program: "1583400C0", advocate: "castellanos", at: h(-46) },
      { program: "1738400C0", advocate: "castellanos", at: h(-46) }, // waiting for the applicant's email
    ],
    contacts: [
      ...emails(["1583400C0", "1794400C0", "1146400C0", "1433400C0", "1034999P0", "1317999P0"], h(-44)),
      {
        key: "ty-c-wb",
        program: "1583400C0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-39),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Bassett (Northfield alumna): steady on the inpatient unit, four years supervising a crisis line.",
      },
      followUpEmail("1583400C0", h(-37), "Dean Castellanos"),
      {
        key: "ty-in-wb",
        program: "1583400C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: h(-25),
        outcome: "INTERVIEW_OFFERED",
        summary: "Willow Bend coordinator called; he answered and was offered a video interview.",
      },
      applicantEmail("1583400C0", h(-24.8), "Confirmed the interview by email as the coordinator asked."),
      {
        program: "1794400C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "EMAIL",
        at: h(-12),
        outcome: "DECLINED",
        summary: "Silver Lake has finished interviewing and will not extend further invitations.",
      },
    ],
    tasks: [
      { from: "ty-c-wb", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-37) },
      { from: "ty-in-wb", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-24.8) },
    ],
    interviews: [
      {
        program: "1583400C0",
        startsAt: h(-18),
        durationMinutes: 30,
        format: "VIDEO",
        location: "Video link from the coordinator",
        notes: "Dr. Bassett and the associate PD.",
      },
    ],
    offers: [],
  },

  // Average candidate with no advocate, emailing on her own; her voicemail is not set up yet.
  {
    applicant: "aisha",
    assignments: [],
    targets: list(
      [
        "1672320C0",
        "1467320C0",
        "1261320C0",
        "1738320C0",
        "1317320C0",
        "1089320C0",
        "1294320C0",
        "1034999P0",
        "1317999P0",
        "1555999P0",
        "1672999P0",
        "1850999P0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
      ],
      { appliedFrom: h(-30) },
    ),
    claims: [],
    contacts: emails(["1672320C0", "1467320C0", "1261320C0", "1738320C0", "1317320C0"], h(-6)),
    tasks: [],
    interviews: [],
    offers: [],
  },

  // Thin list (6), no advocate and no outreach yet: the dashboard's "no direct outreach" alert.
  {
    applicant: "connor",
    assignments: [],
    targets: list(["1205110C0", "1490110C0", "1649110C0", "1317999P0", "1555999P0", "1672999P0"], {
      appliedFrom: h(-20),
      notApplied: ["1555999P0", "1672999P0"],
    }),
    claims: [],
    contacts: [],
    tasks: [],
    interviews: [],
    offers: [],
  },

  // Red flag (Step 1 failure): the PD explains it, a resident adds one targeted message.
  {
    applicant: "marcus",
    assignments: [
      { advocate: "hargrove", at: h(-70) },
      { advocate: "desai", at: h(-60) },
    ],
    targets: list(
      [
        "1034140C0",
        "1408140C0",
        "1120140C0",
        "1705140C0",
        "1850999P0",
        "1057140C0",
        "1146140C0",
        "1205140C0",
        "1261140C0",
        "1467140C0",
        "1583140C0",
        "1034140M0",
        "1376140M0",
        "1000140P0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1034999P0",
        "1317999P0",
      ],
      { appliedFrom: h(-50), faculty: ["1034140C0", "1408140C0", "1120140C0", "1705140C0", "1850999P0"] },
    ),
    claims: [
      { program: "1034140C0", advocate: "hargrove", at: h(-48) },
      { program: "1408140C0", advocate: "hargrove", at: h(-48) },
      { program: "1120140C0", advocate: "hargrove", at: h(-48) },
      { program: "1705140C0", advocate: "desai", at: h(-47) },
      { program: "1850999P0", advocate: "desai", at: h(-47) }, // ready
    ],
    contacts: [
      ...emails(["1034140C0", "1408140C0", "1120140C0", "1705140C0", "1850999P0", "1057140C0", "1146140C0", "1205140C0", "1261140C0", "1467140C0"], h(-46)),
      {
        key: "ma-h-bc",
        program: "1034140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-42),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Explained the context to Dr. Adeyemi: failed Step 1 early, remediated, 243 on Step 2 CK, top third clinically. I trust him with patients.",
      },
      {
        key: "ma-h-hp",
        program: "1408140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-41),
        outcome: "SPOKE",
        narrativeVersion: 1,
        summary: "Spoke with Dr. Wozniak: rough patch in year two, consistently top third since; will review today.",
      },
      {
        key: "ma-d-lc",
        program: "1705140C0",
        by: "desai",
        direction: "OUTBOUND",
        channel: "EMAIL",
        at: h(-40),
        outcome: "SENT",
        narrativeVersion: 1,
        summary: "One short note to Dr. Saleh from the night team she moonlights with: worked with Marcus on the wards, reliable.",
      },
      followUpEmail("1034140C0", h(-39.5), "Dr. Hargrove"),
      followUpEmail("1408140C0", h(-39), "Dr. Hargrove"),
      followUpEmail("1705140C0", h(-38), "Dr. Desai"),
      {
        key: "ma-h-ph",
        program: "1120140C0",
        by: "hargrove",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-26),
        outcome: "LEFT_VOICEMAIL",
        narrativeVersion: 1,
        summary: "Left Dr. Okonkwo a voicemail: applied already, Step 1 context, strong clinical years.",
      },
      followUpEmail("1120140C0", h(-24), "Dr. Hargrove"),
      {
        key: "ma-in-hp",
        program: "1408140C0",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: h(-5),
        outcome: "INTERVIEW_OFFERED",
        summary: "Harbor Point called and set up a phone interview.",
      },
      applicantEmail("1408140C0", h(-4.8), "Confirmed the phone interview time by email."),
    ],
    tasks: [
      { from: "ma-h-bc", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-39.5) },
      { from: "ma-h-hp", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-39) },
      { from: "ma-d-lc", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-38) },
      { from: "ma-h-ph", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-24) },
      { from: "ma-in-hp", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-4.8) },
    ],
    interviews: [
      {
        program: "1408140C0",
        startsAt: h(3),
        durationMinutes: 20,
        format: "PHONE",
        location: "Dr. Wozniak will call his cell",
        notes: "Expect a question about Step 1; answer briefly, then the clinical years.",
      },
    ],
    offers: [],
  },

  // Red flag (leave of absence): the clerkship director calls; a follow-up email is due soon.
  {
    applicant: "natalie",
    assignments: [{ advocate: "oduya", at: h(-70) }],
    targets: list(
      [
        "1238120C0",
        "1827120C0",
        "1120120C0",
        "1057120C0",
        "1616120C0",
        "1342120C0",
        "1522120C0",
        "1173120C0",
        "1761120C0",
        "1034999P0",
        "1317999P0",
        "1672999P0",
        "1850999P0",
        "1034140M0",
        "1376140M0",
        "1057140C0",
      ],
      { appliedFrom: h(-49), faculty: ["1238120C0", "1827120C0", "1120120C0"] },
    ),
    claims: [
      { program: "1238120C0", advocate: "oduya", at: h(-47) },
      { program: "1827120C0", advocate: "oduya", at: h(-47) },
      { program: "1120120C0", advocate: "oduya", at: h(-47) }, // ready
    ],
    contacts: [
      ...emails(["1238120C0", "1827120C0", "1120120C0", "1057120C0", "1616120C0", "1342120C0", "1173120C0"], h(-44)),
      {
        key: "na-o-ml",
        program: "1827120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-28),
        outcome: "SPOKE",
        narrativeVersion: 2,
        summary: "Spoke with Dr. Pollard: explained the approved leave and her honors since returning.",
      },
      followUpEmail("1827120C0", h(-26), "Dr. Oduya"),
      {
        key: "na-o-kr",
        program: "1238120C0",
        by: "oduya",
        direction: "OUTBOUND",
        channel: "PHONE",
        at: h(-1.5),
        outcome: "SPOKE",
        narrativeVersion: 2,
        summary: "Spoke with Dr. Harlan: leave fully resolved, two strong rural letters, never missed a day since.",
      },
    ],
    tasks: [
      { from: "na-o-ml", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-26) },
      { from: "na-o-kr", kind: "FOLLOW_UP", status: "OPEN" }, // due in 2.5 hours
    ],
    interviews: [],
    offers: [],
  },

  // Red flag (resolved professionalism note) with NO advocate: the dashboard flags it on purpose.
  {
    applicant: "derek",
    assignments: [],
    targets: list(
      [
        "1146440P0",
        "1376440P1",
        "1000440P0",
        "1294440P0",
        "1433440P0",
        "1649440P0",
        "1034999P0",
        "1317999P0",
        "1555999P0",
        "1672999P0",
        "1850999P0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1000140P0",
      ],
      { appliedFrom: h(-47) },
    ),
    claims: [],
    contacts: [
      ...emails(["1146440P0", "1376440P1", "1034999P0", "1850999P0", "1317999P0", "1672999P0", "1555999P0"], h(-44)),
      {
        key: "de-in-hc",
        program: "1376440P1",
        by: "applicant",
        direction: "INBOUND",
        channel: "PHONE",
        at: h(-16),
        outcome: "SPOKE",
        summary: "Hudson Crossing coordinator called with quick questions about his start date and licensure paperwork.",
      },
      applicantEmail("1376440P1", h(-15.8), "Sent the requested paperwork and thanked the coordinator."),
    ],
    tasks: [{ from: "de-in-hc", kind: "URGENT_RESPONSE", status: "DONE", closedAt: h(-15.8) }],
    interviews: [],
    offers: [],
  },

  // IMG research fellow: the associate dean uses the school pipeline; the resident was reassigned.
  {
    applicant: "ana",
    assignments: [
      { advocate: "desai", at: h(-70), endedAt: h(-50) },
      { advocate: "castellanos", at: h(-50) },
    ],
    targets: list(
      [
        "1034140C0",
        "1057140C0",
        "1120140C0",
        "1205140C0",
        "1261140C0",
        "1408140C0",
        "1467140C0",
        "1705140C0",
        "1583140C0",
        "1850140R0",
        "1089140P0",
        "1555140P0",
        "1794140P0",
        "1000140P0",
        "1034140M0",
        "1376140M0",
        "1850999P0",
      ],
      { appliedFrom: h(-49), faculty: ["1034140C0"] },
    ),
    claims: [{ program: "1034140C0", advocate: "castellanos", at: h(-47) }],
    contacts: [
      ...emails(["1034140C0", "1057140C0", "1120140C0", "1205140C0", "1261140C0", "1408140C0", "1467140C0", "1850140R0", "1794140P0"], h(-45)),
      {
        key: "an-c-bc",
        program: "1034140C0",
        by: "castellanos",
        direction: "OUTBOUND",
        channel: "EMAIL",
        at: h(-20),
        outcome: "SENT",
        narrativeVersion: 1,
        summary: "Email to Dr. Adeyemi under the pipeline agreement: two years of residency in Brazil, research fellow with our hospitalists.",
      },
      followUpEmail("1034140C0", h(-18), "Dean Castellanos"),
    ],
    tasks: [{ from: "an-c-bc", kind: "FOLLOW_UP", status: "DONE", closedAt: h(-18) }],
    interviews: [],
    offers: [],
  },
];

export function demoPlans(clock: DemoClock): ApplicantPlan[] {
  return story(clock).map(withReplyTasks);
}
