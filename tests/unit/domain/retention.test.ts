// The retention rules: when a season's applicants' personal data goes (in the school's zone, across
// a clock change), the week's notice that never shortens, what the settings page shows, the
// figures kept, the setting's bounds and the words the dean's office reads.
import { describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import {
  isDue,
  nextRetentionStep,
  plannedRemoval,
  removalAfterNotice,
  removalLines,
  retentionDone,
  retentionInput,
  retentionJobKey,
  retentionNotice,
  retentionSchedule,
  seasonBreakdownSchema,
  seasonFigures,
  seasonOfSchool,
  NOTHING_REMOVED,
  type SeasonFacts,
} from "@/lib/domain/privacy/retention";

const NY = "America/New_York";
const CHICAGO = "America/Chicago";
const ny = (month: number, day: number, hour: number, minute = 0) => new Date(new TZDate(2026, month - 1, day, hour, minute, NY).getTime());
const DAY = 86_400_000;

describe("retentionSchedule", () => {
  it("removes at 3:00 school time on the day that many days after the window's last day, and tells the office at 9:00 a week before", () => {
    // Match Week 2026 ends Friday 20 March, 18:00 ET; 90 days later is Thursday 18 June.
    const schedule = retentionSchedule(ny(3, 20, 18), 90, NY);
    expect(schedule.removalDay).toBe("2026-06-18");
    expect(schedule.removeAt).toEqual(ny(6, 18, 3));
    expect(schedule.noticeAt).toEqual(ny(6, 11, 9));
  });

  it("counts days in the school's zone, not the server's or UTC's", () => {
    // 23:30 Chicago on 20 March is already 21 March in UTC (and in Tokyo, where the tests run).
    const end = new Date(new TZDate(2026, 2, 20, 23, 30, CHICAGO).getTime());
    const schedule = retentionSchedule(end, 14, CHICAGO);
    expect(schedule.removalDay).toBe("2026-04-03");
    expect(schedule.removeAt).toEqual(new Date(new TZDate(2026, 3, 3, 3, 0, CHICAGO).getTime()));
  });

  it("keeps 3:00 wall-clock time across the change to daylight saving time", () => {
    // Ends in winter time (EST), removed in summer time (EDT): 3:00 local both ways.
    const schedule = retentionSchedule(ny(2, 20, 18), 30, NY);
    expect(schedule.removeAt.toISOString()).toBe("2026-03-22T07:00:00.000Z");
    expect(retentionSchedule(ny(1, 10, 12), 14, NY).removeAt.toISOString()).toBe("2026-01-24T08:00:00.000Z");
  });
});

describe("the notice and the removal", () => {
  const schedule = retentionSchedule(ny(3, 20, 18), 90, NY);

  it("first the notice at its time, at once when its time has passed", () => {
    expect(nextRetentionStep(ny(4, 1, 12), schedule, null, NY)).toEqual({ kind: "notice", at: ny(6, 11, 9) });
    expect(nextRetentionStep(ny(6, 14, 10), schedule, null, NY)).toEqual({ kind: "notice", at: ny(6, 14, 10) });
  });

  it("then the removal on its day when the office was told on time", () => {
    expect(nextRetentionStep(ny(6, 11, 9), schedule, ny(6, 11, 9), NY)).toEqual({ kind: "remove", day: "2026-06-18", at: ny(6, 18, 3) });
  });

  it("never sooner than a week after a late notice: the removal moves, the warning does not shorten", () => {
    // Told on Sunday 14 June (the workers were down, or the setting was lowered): removed Sunday 21 June.
    expect(removalAfterNotice(schedule, ny(6, 14, 10), NY)).toEqual({ day: "2026-06-21", at: ny(6, 21, 3) });
    // A setting lowered below what has passed already: a week after the notice, whatever the setting says.
    const past = retentionSchedule(ny(3, 20, 18), 14, NY);
    expect(removalAfterNotice(past, ny(11, 2, 16), NY).at).toEqual(ny(11, 9, 3));
  });

  it("counts as due from a minute early, never before", () => {
    expect(isDue(ny(6, 18, 3), ny(6, 18, 2, 59))).toBe(true);
    expect(isDue(ny(6, 18, 3), ny(6, 18, 2, 58))).toBe(false);
  });

  it("shows the settings page when the office is told and when the data goes", () => {
    expect(plannedRemoval(ny(4, 1, 12), ny(3, 20, 18), 90, NY, null)).toEqual({
      seasonEndsAt: ny(3, 20, 18),
      noticedAt: null,
      noticeAt: ny(6, 11, 9),
      removeAt: ny(6, 18, 3),
    });
    // Told late: the page shows the later removal the notice announced.
    expect(plannedRemoval(ny(6, 15, 12), ny(3, 20, 18), 90, NY, ny(6, 14, 10))).toMatchObject({ noticeAt: null, removeAt: ny(6, 21, 3) });
    // Not told yet and its time passed: the office is told now, removed a week on.
    expect(plannedRemoval(ny(6, 16, 12), ny(3, 20, 18), 90, NY, null)).toMatchObject({ noticeAt: ny(6, 16, 12), removeAt: ny(6, 23, 3) });
  });

  it("leaves alone a season that ended before the school joined (a new school's default season, already past)", () => {
    expect(seasonOfSchool(ny(3, 20, 18), ny(12, 7, 9))).toBe(false);
    expect(seasonOfSchool(ny(3, 20, 18), ny(1, 5, 9))).toBe(true);
  });

  it("keys one job per school and season end", () => {
    expect(retentionJobKey("s1", ny(3, 20, 18))).toBe("retention:s1:2026-03-20T22:00:00.000Z");
  });
});

describe("retentionInput", () => {
  it.each([
    [14, true],
    [90, true],
    [1095, true],
    [13, false],
    [1096, false],
    [30.5, false],
  ])("%s days: accepted %s", (days, ok) => {
    expect(retentionInput.safeParse({ retentionDays: days }).success).toBe(ok);
  });

  it("says why, with the bounds", () => {
    const messages = (value: unknown) => retentionInput.safeParse({ retentionDays: value }).error?.issues.map((i) => i.message);
    expect(messages(7)).toEqual(["Days to keep applicants' data must be at least 14: the dean's office is told a week ahead."]);
    expect(messages(5000)).toEqual(["Days to keep applicants' data must be at most 1,095 (three years)."]);
    expect(messages("ninety")).toEqual(["Days to keep applicants' data must be a number."]);
  });
});

describe("seasonFigures", () => {
  const facts: SeasonFacts = {
    applicants: [
      { specialty: "Internal Medicine", placed: true },
      { specialty: "Internal Medicine", placed: false },
      { specialty: "Family Medicine", placed: true },
    ],
    advocates: 2,
    programsTargeted: 11,
    applications: 9,
    contacts: [
      { channel: "EMAIL", direction: "OUTBOUND", actorRole: "APPLICANT", count: 7 },
      { channel: "PHONE", direction: "OUTBOUND", actorRole: "ADVOCATE", count: 3 },
      { channel: "EMAIL", direction: "OUTBOUND", actorRole: "ADVOCATE", count: 1 },
      { channel: "PHONE", direction: "INBOUND", actorRole: "APPLICANT", count: 4 },
    ],
    interviews: 3,
    offers: [
      { status: "ACCEPTED", expired: false, count: 2 },
      { status: "REJECTED", expired: false, count: 1 },
      { status: "PENDING", expired: true, count: 1 },
      { status: "PENDING", expired: false, count: 1 },
    ],
  };

  it("counts applicants, placements, contacts by channel and direction, offers by outcome, and each specialty", () => {
    const figures = seasonFigures(facts);
    expect(figures).toEqual({
      applicants: 3,
      placed: 2,
      advocates: 2,
      programsTargeted: 11,
      applications: 9,
      contacts: 15,
      facultyContacts: 4,
      interviews: 3,
      offers: 5,
      offersAccepted: 2,
      offersDeclined: 1,
      offersExpired: 1,
      breakdown: {
        contactsByChannel: {
          EMAIL: { outbound: 8, inbound: 0 },
          PHONE: { outbound: 3, inbound: 4 },
          VOICEMAIL: { outbound: 0, inbound: 0 },
          VIDEO: { outbound: 0, inbound: 0 },
        },
        specialties: [
          { specialty: "Internal Medicine", applicants: 2, placed: 1 },
          { specialty: "Family Medicine", applicants: 1, placed: 1 },
        ],
      },
    });
    // What is stored reads back through the schema; a name or an address has no place in it.
    expect(seasonBreakdownSchema.parse(JSON.parse(JSON.stringify(figures.breakdown)))).toEqual(figures.breakdown);
  });

  it("is all zeros for a season with nobody", () => {
    const figures = seasonFigures({ applicants: [], advocates: 0, programsTargeted: 0, applications: 0, contacts: [], interviews: 0, offers: [] });
    expect(figures.applicants + figures.contacts + figures.offers).toBe(0);
    expect(figures.breakdown.specialties).toEqual([]);
  });
});

describe("what the dean's office reads", () => {
  const counts = { applicants: 42, redFlags: 5, narratives: 40, contacts: 900, invitations: 45, signInRecords: 60, notifications: 300, auditEntries: 2000 };

  it("the notice says when, what goes, what stays and how to keep it longer", () => {
    const { title, body } = retentionNotice({ seasonName: "Match Week 2026", timeZone: NY, counts, removeAt: ny(6, 18, 3) });
    expect(title).toBe("Applicants' data of Match Week 2026 will be removed on Thu, Jun 18, 3:00 AM EDT");
    expect(body).toContain("- 42 applicants: names, addresses, phone numbers, AAMC IDs, scores and checklists");
    expect(body).toContain("- 5 red flags with their context");
    expect(body).toContain("- 900 contacts with their notes");
    expect(body).toContain("Kept: the season's figures");
    expect(body).toContain("raise “Days to keep applicants' data” in Settings");
  });

  it("the summary after says what went and the figures kept", () => {
    const figures = seasonFigures({
      applicants: [{ specialty: "IM", placed: true }],
      advocates: 1,
      programsTargeted: 1,
      applications: 1,
      contacts: [],
      interviews: 0,
      offers: [],
    });
    const { title, body } = retentionDone({ seasonName: "Match Week 2026", timeZone: NY, counts, removedAt: ny(6, 18, 3), figures });
    expect(title).toBe("Applicants' data of Match Week 2026 was removed");
    expect(body).toContain("On Thu, Jun 18, 3:00 AM EDT SOAP Desk removed");
    expect(body).toContain("1 applicant, 1 placed, 0 contacts, 0 offers.");
  });

  it("names every kind of record, in agreement with its number", () => {
    expect(removalLines({ ...NOTHING_REMOVED, applicants: 1, auditEntries: 1 })).toEqual([
      "1 applicant: names, addresses, phone numbers, AAMC IDs, scores and checklists",
      "0 red flags with their context",
      "0 narrative versions",
      "0 contacts with their notes, and every target list, claim, task, interview, offer and override",
      "0 invitations",
      "0 sign-in records (sessions, linked accounts, unused sign-in links)",
      "0 notifications and emails about them",
      "the content of 1 audit log entry about them (who did what, and when, stays)",
    ]);
  });
});

// A unit-level guard that the dates above are what they claim: 90 days is 90 calendar days.
it("90 days after 20 March is 18 June", () => {
  expect(Math.round((Date.UTC(2026, 5, 18) - Date.UTC(2026, 2, 20)) / DAY)).toBe(90);
});
