// The advocate's morning summary: 7:00 school time on each SOAP day, whatever the zone and across
// both daylight-saving changes; what changed overnight (not what the advocate did themselves) and
// what is theirs to do (the workspace's own next actions); nothing when there is nothing.
import { describe, expect, it } from "vitest";
import {
  MAX_CHANGES_PER_APPLICANT,
  MAX_TODO_LINES,
  addDays,
  dayInZone,
  dayLabel,
  factSentence,
  isSoapDay,
  morningSummary,
  morningSummaryKey,
  nextSevenAm,
  nextSummary,
  overnightOf,
  parseDay,
  summaryAt,
  type MorningSummaryInput,
  type OvernightFact,
} from "../../../lib/domain/advocate/morning-summary";
import { NOTHING_TO_DO, nextActions } from "../../../lib/domain/advocate/next-actions";
import type { AdvocateSelf } from "../../../lib/domain/advocate-view";
import type { ConnectionKind } from "../../../lib/domain/types";
import { given } from "./builders";

const NY = "America/New_York";
const CHICAGO = "America/Chicago";
const LA = "America/Los_Angeles";
const iso = (at: Date | undefined | null) => at?.toISOString();
const at = (s: string) => new Date(s);

describe("the next 7:00 school time", () => {
  it("is today's 7:00 before it, tomorrow's from 7:00 on", () => {
    expect(nextSevenAm(at("2026-03-17T10:59:59Z"), NY)).toEqual({ day: "2026-03-17", at: at("2026-03-17T11:00:00Z") });
    expect(nextSevenAm(at("2026-03-17T11:00:00Z"), NY)).toEqual({ day: "2026-03-18", at: at("2026-03-18T11:00:00Z") });
    expect(nextSevenAm(at("2026-03-17T11:00:00.001Z"), NY)).toEqual({ day: "2026-03-18", at: at("2026-03-18T11:00:00Z") });
    // Late in the evening school time is already tomorrow in UTC: the school's calendar counts.
    expect(nextSevenAm(at("2026-03-18T03:30:00Z"), NY)).toEqual({ day: "2026-03-18", at: at("2026-03-18T11:00:00Z") });
  });

  it("comes 23 hours after the last when the clocks go forward (8 March 2026 in New York)", () => {
    const saturday = summaryAt("2026-03-07", NY);
    expect(iso(saturday)).toBe("2026-03-07T12:00:00.000Z");
    const sunday = nextSevenAm(saturday, NY);
    expect(sunday).toEqual({ day: "2026-03-08", at: at("2026-03-08T11:00:00Z") });
    expect((sunday.at.getTime() - saturday.getTime()) / 3_600_000).toBe(23);
    // In the skipped hour itself (2:30 local does not exist), the next is still 7:00 EDT.
    expect(nextSevenAm(at("2026-03-08T07:30:00Z"), NY).at).toEqual(at("2026-03-08T11:00:00Z"));
  });

  it("comes 25 hours after the last when the clocks go back (1 November 2026 in New York)", () => {
    const saturday = summaryAt("2026-10-31", NY);
    expect(iso(saturday)).toBe("2026-10-31T11:00:00.000Z");
    const sunday = nextSevenAm(saturday, NY);
    expect(sunday).toEqual({ day: "2026-11-01", at: at("2026-11-01T12:00:00Z") });
    expect((sunday.at.getTime() - saturday.getTime()) / 3_600_000).toBe(25);
    // During the repeated hour (1:30 comes twice), still 7:00 EST that morning.
    expect(nextSevenAm(at("2026-11-01T05:30:00Z"), NY).at).toEqual(at("2026-11-01T12:00:00Z"));
    expect(nextSevenAm(at("2026-11-01T06:30:00Z"), NY).at).toEqual(at("2026-11-01T12:00:00Z"));
  });

  it("follows a school west of New York, where 7:00 comes later", () => {
    // 7:30 in New York, 6:30 in Chicago, 4:30 in Los Angeles: New York's 7:00 is gone, theirs are not.
    const morning = at("2026-03-17T11:30:00Z");
    expect(nextSevenAm(morning, NY)).toEqual({ day: "2026-03-18", at: at("2026-03-18T11:00:00Z") });
    expect(nextSevenAm(morning, CHICAGO)).toEqual({ day: "2026-03-17", at: at("2026-03-17T12:00:00Z") });
    expect(nextSevenAm(morning, LA)).toEqual({ day: "2026-03-17", at: at("2026-03-17T14:00:00Z") });
    // Los Angeles across its own changes: 7:00 PST is 15:00 UTC, 7:00 PDT 14:00 UTC.
    expect(nextSevenAm(summaryAt("2026-03-07", LA), LA).at).toEqual(at("2026-03-08T14:00:00Z"));
    expect(iso(summaryAt("2026-03-07", LA))).toBe("2026-03-07T15:00:00.000Z");
    expect(nextSevenAm(summaryAt("2026-10-31", LA), LA).at).toEqual(at("2026-11-01T15:00:00Z"));
    // Honolulu keeps one offset all year, and its evening is already the next day in UTC.
    expect(nextSevenAm(at("2026-03-17T05:00:00Z"), "Pacific/Honolulu")).toEqual({ day: "2026-03-17", at: at("2026-03-17T17:00:00Z") });
    expect(nextSevenAm(at("2026-03-07T18:00:00Z"), "America/Phoenix").at).toEqual(at("2026-03-08T14:00:00Z"));
  });

  it("skips a day the zone left out of its calendar (Samoa, 30 December 2011)", () => {
    expect(nextSevenAm(at("2011-12-29T18:00:00Z"), "Pacific/Apia")).toEqual({ day: "2011-12-31", at: at("2011-12-30T17:00:00Z") });
  });
});

describe("days", () => {
  it("are read strictly: a real calendar day as YYYY-MM-DD, nothing else", () => {
    expect(parseDay("2026-03-17")).toEqual({ year: 2026, month: 3, date: 17 });
    for (const bad of ["2026-02-30", "2026-3-17", "17/03/2026", "2026-03-17T07:00", "", "2026-13-01"]) expect(parseDay(bad)).toBeNull();
  });

  it("add across months and years, and read as people do", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(dayLabel("2026-03-17")).toBe("Tue, Mar 17");
    expect(dayInZone(at("2026-03-18T03:30:00Z"), NY)).toBe("2026-03-17");
    expect(dayInZone(at("2026-03-18T03:30:00Z"), "Europe/Paris")).toBe("2026-03-18");
  });

  it("make the dedupe key of one advocate's summary", () => {
    expect(morningSummaryKey("user-1", "2026-03-17")).toBe("morning-summary:user-1:2026-03-17");
  });
});

describe("SOAP days", () => {
  // Match Week 2026 in New York: Monday 11:00 to Thursday 20:00 (EDT).
  const window = { windowStartsAt: at("2026-03-16T15:00:00Z"), windowEndsAt: at("2026-03-20T00:00:00Z") };

  it("are the days that overlap the window, in the school's zone", () => {
    expect(["2026-03-15", "2026-03-16", "2026-03-17", "2026-03-19", "2026-03-20"].map((d) => isSoapDay(d, window, NY))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    // The window ends at midnight in Chicago: Friday there is not a SOAP day.
    expect(isSoapDay("2026-03-19", window, CHICAGO)).toBe(true);
    expect(isSoapDay("2026-03-20", window, CHICAGO)).toBe(false);
    // In Los Angeles the window ends on Thursday at 17:00; in Tokyo it spans Tuesday to Friday.
    expect(isSoapDay("2026-03-20", window, LA)).toBe(false);
    expect(["2026-03-16", "2026-03-17", "2026-03-20", "2026-03-21"].map((d) => isSoapDay(d, window, "Asia/Tokyo"))).toEqual([false, true, true, false]);
  });

  it("count a day the window only touches at its last minutes", () => {
    const lateStart = { windowStartsAt: at("2026-03-16T03:30:00Z"), windowEndsAt: at("2026-03-17T12:00:00Z") };
    expect(isSoapDay("2026-03-15", lateStart, NY)).toBe(true);
    expect(isSoapDay("2026-03-14", lateStart, NY)).toBe(false);
  });

  it("do not exist without a season, or for a malformed day", () => {
    expect(isSoapDay("2026-03-17", null, NY)).toBe(false);
    expect(isSoapDay("2026-03-32", window, NY)).toBe(false);
  });

  it("give the next summary: the first SOAP day's 7:00, even before the window opens that day", () => {
    expect(nextSummary(at("2026-03-01T00:00:00Z"), window, NY)).toEqual({ day: "2026-03-16", at: at("2026-03-16T11:00:00Z") });
    expect(nextSummary(at("2026-03-16T10:00:00Z"), window, NY)).toEqual({ day: "2026-03-16", at: at("2026-03-16T11:00:00Z") });
    expect(nextSummary(at("2026-03-16T11:00:00Z"), window, NY)).toEqual({ day: "2026-03-17", at: at("2026-03-17T11:00:00Z") });
    expect(nextSummary(at("2026-03-19T10:00:00Z"), window, NY)).toEqual({ day: "2026-03-19", at: at("2026-03-19T11:00:00Z") });
    // After Thursday's summary no SOAP day is left.
    expect(nextSummary(at("2026-03-19T11:00:00Z"), window, NY)).toBeNull();
    expect(nextSummary(at("2026-03-17T11:00:00Z"), null, NY)).toBeNull();
    // A season a year away is found at once.
    const nextYear = { windowStartsAt: at("2027-03-15T15:00:00Z"), windowEndsAt: at("2027-03-19T00:00:00Z") };
    expect(nextSummary(at("2026-03-20T00:00:00Z"), nextYear, NY)).toEqual({ day: "2027-03-15", at: at("2027-03-15T11:00:00Z") });
  });

  it("give a SOAP week across the spring change at 7:00 every morning", () => {
    const acrossTheChange = { windowStartsAt: at("2026-03-06T15:00:00Z"), windowEndsAt: at("2026-03-10T00:00:00Z") };
    const days = [];
    let next = nextSummary(at("2026-03-01T00:00:00Z"), acrossTheChange, NY);
    while (next) {
      days.push(`${next.day} ${iso(next.at)}`);
      next = nextSummary(next.at, acrossTheChange, NY);
    }
    expect(days).toEqual([
      "2026-03-06 2026-03-06T12:00:00.000Z",
      "2026-03-07 2026-03-07T12:00:00.000Z",
      "2026-03-08 2026-03-08T11:00:00.000Z",
      "2026-03-09 2026-03-09T11:00:00.000Z",
    ]);
  });

  it("cover overnight from the day before's 7:00, 23 or 25 hours across a change", () => {
    expect(overnightOf("2026-03-17", CHICAGO)).toEqual({ since: at("2026-03-16T12:00:00Z"), until: at("2026-03-17T12:00:00Z") });
    expect(overnightOf("2026-03-08", NY)).toEqual({ since: at("2026-03-07T12:00:00Z"), until: at("2026-03-08T11:00:00Z") });
    expect(overnightOf("2026-11-01", NY)).toEqual({ since: at("2026-10-31T11:00:00Z"), until: at("2026-11-01T12:00:00Z") });
  });
});

describe("the summary", () => {
  const DAY = "2026-03-17";
  const SEVEN = summaryAt(DAY, NY);
  const NIGHT = at("2026-03-17T03:00:00Z"); // 23:00 the evening before
  const advocate: AdvocateSelf & { userId: string } = {
    advocateId: "adv1",
    userId: "user-adv1",
    kind: "PROGRAM_DIRECTOR",
    connections: new Map([["p1", ["TRAINED_WITH_PD"] as ConnectionKind[]]]),
  };
  const input = (over: Partial<MorningSummaryInput>): MorningSummaryInput => ({
    day: DAY,
    timeZone: NY,
    now: SEVEN,
    advocate,
    snapshots: [],
    facts: [],
    ...over,
  });
  const emailed = (applicantId = "app1", when = NIGHT, byUserId = "user-app1"): Extract<OvernightFact, { kind: "contact" }> => ({
    kind: "contact",
    applicantId,
    at: when,
    byUserId,
    programName: "Program p2",
    actorRole: "APPLICANT",
    actorName: "Alex Rivera",
    direction: "OUTBOUND",
    channel: "EMAIL",
    outcome: "SENT",
  });

  it("is nothing for an advocate with nothing to do and nothing changed", () => {
    expect(morningSummary(input({}))).toBeNull();
    expect(morningSummary(input({ snapshots: [given().assign("adv1").build()] }))).toBeNull();
  });

  it("lists what is to do from the workspace's own next actions, the most pressing first, with due times", () => {
    const s = given().ready("p1").task("t1", "URGENT_RESPONSE", at("2026-03-17T10:30:00Z"), "p3").build();
    const summary = morningSummary(input({ snapshots: [s] }));
    const expected = nextActions([s], advocate, SEVEN);
    expect(summary?.todo).toEqual(expected);
    expect(expected.map((a) => a.title)).toEqual(["Make sure Alex answers Program p3", "Call Program p1"]);
    expect(summary?.title).toBe("Morning summary for Tue, Mar 17: 2 things to do");
    expect(summary?.body.split("\n\n")).toEqual([
      "To do today, the most pressing first:",
      "Alex Rivera: Make sure Alex answers Program p3. Overdue since Tue, Mar 17, 6:30 AM EDT.",
      "Alex Rivera: Call Program p1.",
      "Nothing changed for your applicants since Mon, Mar 16, 7:00 AM EDT.",
    ]);
    expect(summary?.linkLabel).toBe("Open your workspace");
  });

  it("tells what changed overnight, per applicant, even with nothing to do", () => {
    const alex = given().assign("adv1").build();
    const sam = given({ applicantId: "app2", fullName: "Sam Okafor" }).assign("adv1").build();
    const facts: OvernightFact[] = [
      { ...emailed("app2"), actorName: "Sam Okafor" },
      emailed("app1"),
      {
        kind: "interview",
        applicantId: "app1",
        at: at("2026-03-17T04:00:00Z"),
        byUserId: null,
        programName: "Program p2",
        startsAt: at("2026-03-18T14:00:00Z"),
      },
    ];
    const summary = morningSummary(input({ snapshots: [alex, sam], facts }));
    expect(summary?.todo).toEqual([]);
    expect(summary?.title).toBe("Morning summary for Tue, Mar 17: 3 updates overnight");
    expect(summary?.body.split("\n\n")).toEqual([
      NOTHING_TO_DO,
      "Since Mon, Mar 16, 7:00 AM EDT:",
      "Alex Rivera: Alex emailed Program p2. Interview with Program p2 recorded for Wed, Mar 18, 10:00 AM EDT.",
      "Sam Okafor: Sam emailed Program p2.",
    ]);
  });

  it("says both in the title when there are both", () => {
    const summary = morningSummary(input({ snapshots: [given().ready("p1").build()], facts: [emailed()] }));
    expect(summary?.title).toBe("Morning summary for Tue, Mar 17: 1 thing to do, 1 update overnight");
  });

  it("leaves out what happened before yesterday's 7:00 or from today's 7:00 on", () => {
    const s = given().assign("adv1").build();
    const facts = [emailed("app1", at("2026-03-16T10:59:59Z")), emailed("app1", SEVEN), emailed("app1", at("2026-03-17T12:00:00Z"))];
    expect(morningSummary(input({ snapshots: [s], facts }))).toBeNull();
    expect(morningSummary(input({ snapshots: [s], facts: [emailed("app1", at("2026-03-16T11:00:00Z"))] }))?.changes).toHaveLength(1);
  });

  it("leaves out what the advocate did themselves, and applicants no longer theirs", () => {
    const s = given().assign("adv1").build();
    const mine: OvernightFact[] = [
      { kind: "claim", applicantId: "app1", at: NIGHT, byUserId: "user-adv1", programName: "Program p1", advocateName: "Dr. One" },
      { ...emailed(), actorRole: "ADVOCATE", actorName: "Dr. One", byUserId: "user-adv1" },
      { kind: "task-created", applicantId: "app1", at: NIGHT, byUserId: "user-adv1", taskKind: "FOLLOW_UP", title: "Email Program p1", dueAt: SEVEN },
      emailed("someone-else"),
    ];
    expect(morningSummary(input({ snapshots: [s], facts: mine }))).toBeNull();
    const other: OvernightFact = { kind: "claim", applicantId: "app1", at: NIGHT, byUserId: "user-adv2", programName: "Program p4", advocateName: "Dr. Two" };
    expect(morningSummary(input({ snapshots: [s], facts: [...mine, other] }))?.changes).toEqual([
      { applicantId: "app1", applicantName: "Alex Rivera", sentences: ["Dr. Two claimed Program p4."] },
    ]);
  });

  it("keeps a long morning short: ten actions, eight changes per applicant, and how many more", () => {
    const busy = given().assign("adv1");
    for (let i = 1; i <= 12; i++) busy.task(`t${i}`, "URGENT_RESPONSE", at("2026-03-17T13:00:00Z"), `p${i}`);
    const facts = Array.from({ length: 11 }, (_, i) => emailed("app1", new Date(NIGHT.getTime() + i * 60_000)));
    const summary = morningSummary(input({ snapshots: [busy.build()], facts }));
    const paragraphs = summary?.body.split("\n\n") ?? [];
    expect(paragraphs.filter((p) => p.startsWith("Alex Rivera: Make sure"))).toHaveLength(MAX_TODO_LINES);
    expect(paragraphs).toContain("And 2 more actions in your workspace.");
    const changes = paragraphs.at(-1) ?? "";
    expect(changes.match(/Alex emailed/g)).toHaveLength(MAX_CHANGES_PER_APPLICANT);
    expect(changes.endsWith(" And 3 more.")).toBe(true);
    expect(summary?.title).toBe("Morning summary for Tue, Mar 17: 12 things to do, 11 updates overnight");
    // Plain paragraphs: none holds a line break of its own (emails and the app split on blank lines).
    expect(paragraphs.every((p) => p.length > 0 && !p.includes("\n"))).toBe(true);
  });

  it("words each kind of change in one short sentence", () => {
    const base = { applicantId: "app1", at: NIGHT, byUserId: null };
    const say = (fact: OvernightFact) => factSentence(fact, "Alex", NY);
    const contact = { ...base, kind: "contact" as const, programName: "Lakeside IM", actorRole: "APPLICANT" as const, actorName: "Alex Rivera" };
    expect(say({ ...contact, direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT" })).toBe("Alex emailed Lakeside IM.");
    expect(say({ ...contact, direction: "OUTBOUND", channel: "PHONE", outcome: "NO_ANSWER" })).toBe("Alex called Lakeside IM (no answer).");
    expect(say({ ...contact, direction: "OUTBOUND", channel: "VOICEMAIL", outcome: "LEFT_VOICEMAIL" })).toBe("Alex left a voicemail for Lakeside IM.");
    expect(say({ ...contact, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED" })).toBe("Lakeside IM called Alex (interview offered).");
    expect(say({ ...contact, direction: "INBOUND", channel: "VOICEMAIL", outcome: "LEFT_VOICEMAIL" })).toBe("Lakeside IM left Alex a voicemail.");
    expect(say({ ...contact, direction: "INBOUND", channel: "VIDEO", outcome: "SPOKE" })).toBe("Lakeside IM had a video call with Alex (spoke).");
    expect(say({ ...contact, actorRole: "ADVOCATE", actorName: "Dr. Two", direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE" })).toBe(
      "Dr. Two called Lakeside IM (spoke).",
    );
    expect(say({ ...contact, actorRole: "ADVOCATE", actorName: "Dr. Two", direction: "INBOUND", channel: "EMAIL", outcome: "DECLINED" })).toBe(
      "Lakeside IM emailed Dr. Two (declined).",
    );
    expect(say({ ...base, kind: "task-created", taskKind: "URGENT_RESPONSE", title: "Call Lakeside IM back", dueAt: at("2026-03-17T03:30:00Z") })).toBe(
      "Urgent task for Alex: Call Lakeside IM back, due Mon, Mar 16, 11:30 PM EDT.",
    );
    expect(say({ ...base, kind: "task-created", taskKind: "FOLLOW_UP", title: "Email Lakeside IM", dueAt: at("2026-03-17T14:00:00Z") })).toBe(
      "New task for Alex: Email Lakeside IM, due Tue, Mar 17, 10:00 AM EDT.",
    );
    expect(say({ ...base, kind: "task-done", title: "Email Lakeside IM" })).toBe("Alex finished a task: Email Lakeside IM.");
    expect(say({ ...base, kind: "offer", programName: "Lakeside IM", round: 2, respondBy: at("2026-03-19T18:00:00Z") })).toBe(
      "Offer from Lakeside IM (round 2), to answer by Thu, Mar 19, 2:00 PM EDT.",
    );
    expect(say({ ...base, kind: "offer", programName: "Lakeside IM", round: 1, respondBy: null })).toBe("Offer from Lakeside IM (round 1).");
    expect(say({ ...base, kind: "offer-answered", programName: "Lakeside IM", accepted: true })).toBe("Alex accepted the offer from Lakeside IM.");
    expect(say({ ...base, kind: "offer-answered", programName: "Lakeside IM", accepted: false })).toBe("Alex declined the offer from Lakeside IM.");
    expect(say({ ...base, kind: "offer-expired", programName: "Lakeside IM" })).toBe("The offer from Lakeside IM expired unanswered.");
    expect(say({ ...base, kind: "claim", programName: "Lakeside IM", advocateName: "Dr. Two" })).toBe("Dr. Two claimed Lakeside IM.");
  });

  it("writes times in the school's zone", () => {
    const s = given({ timeZone: LA }).assign("adv1").build();
    const summary = morningSummary(input({ timeZone: LA, now: summaryAt(DAY, LA), snapshots: [s], facts: [emailed("app1", at("2026-03-17T05:00:00Z"))] }));
    expect(summary?.body).toContain("Since Mon, Mar 16, 7:00 AM PDT:");
  });
});
