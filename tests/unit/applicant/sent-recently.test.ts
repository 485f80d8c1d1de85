// "You logged an email to X at 10:02. Log another?": which earlier log counts as the same email
// just logged, and the verdict the email check shows while the rules refuse. Run under
// Asia/Tokyo (vitest config), so the school's zone must be the one used.
import { describe, expect, it } from "vitest";
import { emailLogSummary, recentSameEmail, REPEAT_SEND_MINUTES, sameEmailText, timeOfDayInZone } from "@/lib/domain/applicant/sent-recently";
import { emailCheckVerdict } from "@/lib/domain/applicant/email-verdict";

const now = new Date("2026-03-19T14:10:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const subject = "Applicant for Internal Medicine SOAP position – Jordan Lee, 12345678";
const summary = emailLogSummary(subject);

describe("recentSameEmail", () => {
  const cases: { name: string; logged: { programId: string; summary: string; at: string }[]; expected: string | null }[] = [
    { name: "nothing logged", logged: [], expected: null },
    { name: "same program and text, 8 minutes ago", logged: [{ programId: "p1", summary, at: minutesAgo(8) }], expected: minutesAgo(8) },
    { name: "exactly the window ago: no longer recent", logged: [{ programId: "p1", summary, at: minutesAgo(REPEAT_SEND_MINUTES) }], expected: null },
    { name: "just inside the window", logged: [{ programId: "p1", summary, at: minutesAgo(9.9) }], expected: minutesAgo(9.9) },
    { name: "another program", logged: [{ programId: "p2", summary, at: minutesAgo(1) }], expected: null },
    { name: "another email to the same program", logged: [{ programId: "p1", summary: "Emailed: thank you", at: minutesAgo(1) }], expected: null },
    {
      name: "the same words, other spacing and case",
      logged: [{ programId: "p1", summary: `  ${summary.toUpperCase()}  `, at: minutesAgo(2) }],
      expected: minutesAgo(2),
    },
    { name: "a server clock a few seconds ahead", logged: [{ programId: "p1", summary, at: minutesAgo(-0.1) }], expected: minutesAgo(-0.1) },
    {
      name: "the latest of several, whatever their order",
      logged: [
        { programId: "p1", summary, at: minutesAgo(9) },
        { programId: "p1", summary, at: minutesAgo(3) },
        { programId: "p1", summary, at: minutesAgo(6) },
        { programId: "p1", summary, at: minutesAgo(30) },
      ],
      expected: minutesAgo(3),
    },
    { name: "a malformed time is ignored", logged: [{ programId: "p1", summary, at: "not a date" }], expected: null },
  ];
  it.each(cases)("$name", ({ logged, expected }) => {
    expect(recentSameEmail(logged, { programId: "p1", summary }, now)?.at ?? null).toBe(expected);
  });

  it("takes Dates as well as ISO strings, and another window", () => {
    const logged = [{ programId: "p1", summary, at: new Date(now.getTime() - 20 * 60_000) }];
    expect(recentSameEmail(logged, { programId: "p1", summary }, now)).toBeNull();
    expect(recentSameEmail(logged, { programId: "p1", summary }, now, 30)).toBe(logged[0]);
  });
});

describe("the logged email's text", () => {
  it("is the subject after 'Emailed:', trimmed", () => {
    expect(emailLogSummary(`  ${subject} `)).toBe(`Emailed: ${subject}`);
  });
  it("compares whitespace- and case-insensitively", () => {
    expect(sameEmailText("Emailed:  A  b", "emailed: a B ")).toBe(true);
    expect(sameEmailText("Emailed: a", "Emailed: ab")).toBe(false);
  });
});

describe("timeOfDayInZone", () => {
  it("reads the time in the school's zone, not the machine's", () => {
    expect(timeOfDayInZone(new Date("2026-03-19T14:02:00Z"), "America/New_York")).toBe("10:02 AM EDT");
    expect(timeOfDayInZone(new Date("2026-03-06T14:02:00Z"), "America/New_York")).toBe("9:02 AM EST");
    expect(timeOfDayInZone(new Date("2026-03-19T14:02:00Z"), "America/Chicago")).toBe("9:02 AM CDT");
  });
});

describe("emailCheckVerdict", () => {
  it.each([
    [0, false, "ready to send"],
    [1, false, "1 thing to fix"],
    [3, false, "3 things to fix"],
    [0, true, "the wording passes, but do not send it yet"],
    [1, true, "1 thing to fix, and do not send it yet"],
    [2, true, "2 things to fix, and do not send it yet"],
  ])("%i problems, refused %s: %s", (problems, refused, verdict) => {
    expect(emailCheckVerdict(problems, refused)).toBe(verdict);
  });

  it("never says ready to send while the rules refuse", () => {
    for (let problems = 0; problems < 10; problems++) expect(emailCheckVerdict(problems, true)).not.toMatch(/ready/);
  });
});
