import { describe, expect, it } from "vitest";
import {
  DATE_MAX,
  DATE_MIN,
  aamcIdSchema,
  logContactInput,
  narrativeInput,
  nrmpCodeSchema,
  overrideInput,
  policyInput,
  profileInput,
  recordOfferInput,
  redFlagInput,
  reorderTargetsInput,
  respondOfferInput,
  seasonInput,
} from "../../../lib/domain/schemas";
import { catalogQueryInput, recordInterviewInput } from "../../../lib/domain/applicant/schemas";
import { DEFAULT_POLICY } from "../../../lib/domain/types";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("NRMP program code", () => {
  it.each(["1000140C0", "1234567P12", "9999999R123", "1000140m0", " 1000140A1 "])("accepts %s", (code) => {
    expect(nrmpCodeSchema.safeParse(code).success).toBe(true);
  });
  it("normalises case and spaces", () => {
    expect(nrmpCodeSchema.parse(" 1000140m0 ")).toBe("1000140M0");
  });
  it.each(["100014C0", "1000140X0", "1000140C", "1000140C1234", "10001400C0", "abcdefgC0"])("rejects %s with an explanation", (code) => {
    const r = nrmpCodeSchema.safeParse(code);
    expect(r.success).toBe(false);
    expect(firstMessage(r)).toMatch(/4 institution digits, 3 specialty digits/);
  });
});

describe("AAMC ID", () => {
  it("takes exactly 8 digits", () => {
    expect(aamcIdSchema.safeParse("12345678").success).toBe(true);
    for (const bad of ["1234567", "123456789", "1234567a", ""]) {
      expect(firstMessage(aamcIdSchema.safeParse(bad))).toBe("AAMC ID must be exactly 8 digits.");
    }
  });
});

describe("action inputs", () => {
  it("parses a contact log with a date string", () => {
    const r = logContactInput.parse({ programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE", occurredAt: "2026-03-17T15:00:00Z" });
    expect(r.occurredAt.toISOString()).toBe("2026-03-17T15:00:00.000Z");
    expect(r.summary).toBe("");
    expect(firstMessage(logContactInput.safeParse({ programId: "p1", direction: "SIDEWAYS", channel: "PHONE", outcome: "SPOKE", occurredAt: "x" }))).toMatch(
      /Say whether you contacted the program/,
    );
  });

  it("accepts only overridable rules, with a written reason", () => {
    expect(overrideInput.safeParse({ applicantId: "a", ruleCode: "NO_CONNECTION", reason: "Alumnus of that program, confirmed by phone." }).success).toBe(true);
    expect(firstMessage(overrideInput.safeParse({ applicantId: "a", ruleCode: "APPLICATION_CAP_REACHED", reason: "Because we want to." }))).toMatch(
      /cannot be overridden/,
    );
    expect(firstMessage(overrideInput.safeParse({ applicantId: "a", ruleCode: "NO_CONNECTION", reason: "ok" }))).toMatch(/reason/);
  });

  it("checks offers, responses, orderings and narratives", () => {
    expect(recordOfferInput.safeParse({ programId: "p1", round: "2", offeredAt: "2026-03-19T13:00:00Z" }).success).toBe(true);
    expect(firstMessage(recordOfferInput.safeParse({ programId: "p1", round: 5, offeredAt: "2026-03-19T13:00:00Z" }))).toMatch(/1 to 4/);
    expect(respondOfferInput.safeParse({ offerId: "o1", response: "MAYBE" }).success).toBe(false);
    expect(firstMessage(reorderTargetsInput.safeParse({ programIds: ["a", "b", "a"] }))).toMatch(/appears twice/);
    expect(firstMessage(narrativeInput.safeParse({ strengths: ["reliable"], weaknessContext: [], reliability: "Always on time" }))).toMatch(/2–3 strengths/);
    expect(
      firstMessage(narrativeInput.safeParse({ strengths: ["reliable", "kind"], weaknessContext: ["a a", "b b", "c c"], reliability: "Always on time" })),
    ).toMatch(/at most two/);
  });

  it("checks the profile", () => {
    const ok = { aamcId: "12345678", degreeType: "US_DO", step2Score: null, specialty: "Family Medicine", phone: "+1 (555) 010-2000" };
    expect(profileInput.safeParse(ok).success).toBe(true);
    expect(firstMessage(profileInput.safeParse({ ...ok, step2Score: 301 }))).toMatch(/1 to 300/);
  });
});

describe("settings", () => {
  it("accepts the defaults and refuses a looser NRMP limit or crossed thresholds", () => {
    expect(policyInput.safeParse(DEFAULT_POLICY).success).toBe(true);
    expect(firstMessage(policyInput.safeParse({ ...DEFAULT_POLICY, maxApplications: 46 }))).toMatch(/at most 45/);
    expect(firstMessage(policyInput.safeParse({ ...DEFAULT_POLICY, targetListMin: 25 }))).toMatch(/minimum cannot exceed/);
    expect(firstMessage(policyInput.safeParse({ ...DEFAULT_POLICY, facultyContactMinimum: 9 }))).toMatch(/cannot exceed the cap/);
  });

  it("requires a season window that ends after it starts", () => {
    const season = {
      name: "Match Week 2026",
      resultsAt: "2026-03-16T14:00:00Z",
      erasOpensAt: "2026-03-16T15:00:00Z",
      windowStartsAt: "2026-03-16T15:00:00Z",
      windowEndsAt: "2026-03-19T22:00:00Z",
      offerRounds: [],
      communicationMode: "PROGRAM_INITIATED",
    };
    expect(seasonInput.safeParse(season).success).toBe(true);
    expect(firstMessage(seasonInput.safeParse({ ...season, windowEndsAt: "2026-03-15T00:00:00Z" }))).toMatch(/end after it starts/);
  });
});

describe("dates are bounded where they are parsed", () => {
  const RANGE = "Enter a date between 2020 and 2100.";
  const interview = { programId: "p1", startsAt: "2026-03-19T10:00", durationMinutes: 30, format: "VIDEO" };
  const contact = { programId: "p1", direction: "INBOUND", channel: "PHONE", outcome: "SPOKE" };
  const season = {
    name: "Match Week 2026",
    resultsAt: "2026-03-16T14:00:00Z",
    erasOpensAt: "2026-03-16T15:00:00Z",
    windowStartsAt: "2026-03-16T15:00:00Z",
    windowEndsAt: "2026-03-19T22:00:00Z",
    offerRounds: [{ offersAt: "2026-03-17T16:00:00Z", respondBy: "2026-03-17T18:00:00Z" }],
    communicationMode: "PROGRAM_INITIATED",
  };
  const OUT_OF_RANGE = ["+275760-09-13", "+275760-09-13T00:00:00Z", "1900-01-01T10:00", "2101-01-01T00:00:00Z", "2019-12-31T23:59:59Z"];

  it("accepts 2026-03-19T10:00 and the window's edges", () => {
    expect(recordInterviewInput.safeParse(interview).success).toBe(true);
    for (const at of [DATE_MIN.toISOString(), DATE_MAX.toISOString()]) {
      expect(recordInterviewInput.safeParse({ ...interview, startsAt: at }).success).toBe(true);
    }
  });

  it.each(OUT_OF_RANGE)("refuses an interview at %s with the range message", (startsAt) => {
    expect(firstMessage(recordInterviewInput.safeParse({ ...interview, startsAt }))).toBe(RANGE);
  });

  it.each(OUT_OF_RANGE)("refuses a contact, an offer and every season date at %s", (at) => {
    expect(firstMessage(logContactInput.safeParse({ ...contact, occurredAt: at }))).toBe(RANGE);
    expect(firstMessage(recordOfferInput.safeParse({ programId: "p1", round: 1, offeredAt: at }))).toBe(RANGE);
    for (const key of ["resultsAt", "erasOpensAt", "windowStartsAt", "windowEndsAt"] as const) {
      expect(seasonInput.safeParse({ ...season, [key]: at }).error?.issues.map((i) => i.message)).toContain(RANGE);
    }
    expect(seasonInput.safeParse({ ...season, offerRounds: [{ offersAt: at, respondBy: at }] }).error?.issues.map((i) => i.message)).toContain(RANGE);
  });

  it("keeps the invalid-date messages for input that is not a date", () => {
    expect(firstMessage(recordInterviewInput.safeParse({ ...interview, startsAt: "not a date" }))).toBe("Enter the interview's date and time.");
    expect(firstMessage(logContactInput.safeParse({ ...contact, occurredAt: "x" }))).toBe("Enter a valid date and time.");
  });
});

describe("free text has a length limit with its own message", () => {
  const long = (n: number) => "a".repeat(n + 1);
  const profile = { aamcId: "12345678", degreeType: "US_DO", step2Score: null, specialty: "Family Medicine", phone: "+1 (555) 010-2000" };

  it("profile specialty", () => {
    expect(firstMessage(profileInput.safeParse({ ...profile, specialty: long(100) }))).toBe("Keep the specialty under 100 characters.");
  });
  it("red flag context", () => {
    expect(redFlagInput.safeParse({ kind: "LEAVE_OF_ABSENCE", context: "a".repeat(1000) }).success).toBe(true);
    expect(firstMessage(redFlagInput.safeParse({ kind: "LEAVE_OF_ABSENCE", context: long(1000) }))).toBe("Keep the red flag's context under 1,000 characters.");
  });
  it("narrative lines", () => {
    expect(firstMessage(narrativeInput.safeParse({ strengths: [long(300), "kind"], weaknessContext: [], reliability: "Always on time" }))).toBe(
      "A strength: keep it to one line (under 300 characters).",
    );
  });
  it("season name, too short or too long", () => {
    const season = {
      name: "x",
      resultsAt: "2026-03-16T14:00:00Z",
      erasOpensAt: "2026-03-16T15:00:00Z",
      windowStartsAt: "2026-03-16T15:00:00Z",
      windowEndsAt: "2026-03-19T22:00:00Z",
      offerRounds: [],
      communicationMode: "OPEN",
    };
    expect(firstMessage(seasonInput.safeParse(season))).toBe("Name the season, e.g. Match Week 2026.");
    expect(firstMessage(seasonInput.safeParse({ ...season, name: long(100) }))).toBe("Keep the season name under 100 characters.");
  });
  it("catalog search and specialty", () => {
    expect(firstMessage(catalogQueryInput.safeParse({ q: long(100) }))).toBe("Keep the search under 100 characters.");
    expect(firstMessage(catalogQueryInput.safeParse({ specialty: long(100) }))).toBe("Keep the specialty under 100 characters.");
  });
  it("a target reorder of absurd length", () => {
    expect(firstMessage(reorderTargetsInput.safeParse({ programIds: Array.from({ length: 201 }, (_, i) => `p${i}`) }))).toBe(
      "A target list holds at most 200 programs.",
    );
  });
});
