// One wording for lateness: the applicant's countdown and the dean's alert read the same minutes
// for the same task, rounded up, so nobody reads "0 min overdue".
import { describe, expect, it } from "vitest";
import { countdown } from "@/lib/domain/applicant/countdown";
import { applicantAlerts } from "@/lib/domain/alerts";
import { formatDuration, formatOverdue, minutesOverdue } from "@/lib/domain/format-time";
import { given } from "./builders";

const DUE = new Date("2026-03-19T15:00:00Z");
const at = (iso: string) => new Date(iso);

describe("formatDuration", () => {
  it.each([
    [0, "0 min", "0 minutes"],
    [1, "1 min", "1 minute"],
    [59, "59 min", "59 minutes"],
    [60, "1 h 00 min", "1 hour 0 minutes"],
    [125, "2 h 05 min", "2 hours 5 minutes"],
    [24 * 60, "1 d 0 h", "1 day 0 hours"],
    [27 * 60 + 30, "1 d 3 h", "1 day 3 hours"],
    [49 * 60, "2 d 1 h", "2 days 1 hour"],
  ])("%i minutes read %s / %s", (minutes, short, long) => {
    expect(formatDuration(minutes)).toBe(short);
    expect(formatDuration(minutes, "long")).toBe(long);
  });

  it("never reads a negative or fractional span", () => {
    expect(formatDuration(-5)).toBe("0 min");
    expect(formatDuration(2.9)).toBe("2 min");
  });
});

describe("formatOverdue", () => {
  it.each([
    ["2026-03-19T15:00:00.001Z", 1, "1 min overdue", "Overdue by 1 minute"],
    ["2026-03-19T15:00:59Z", 1, "1 min overdue", "Overdue by 1 minute"],
    ["2026-03-19T15:01:00Z", 1, "1 min overdue", "Overdue by 1 minute"],
    ["2026-03-19T15:01:01Z", 2, "2 min overdue", "Overdue by 2 minutes"],
    ["2026-03-19T15:45:00Z", 45, "45 min overdue", "Overdue by 45 minutes"],
    ["2026-03-19T17:05:00Z", 125, "2 h 05 min overdue", "Overdue by 2 hours 5 minutes"],
  ])("at %s: %i min, %s", (now, minutes, short, long) => {
    expect(minutesOverdue(DUE, at(now))).toBe(minutes);
    expect(formatOverdue(DUE, at(now))).toBe(short);
    expect(formatOverdue(DUE, at(now), "long")).toBe(long);
  });

  it("is zero before the deadline", () => {
    expect(minutesOverdue(DUE, at("2026-03-19T14:59:00Z"))).toBe(0);
    expect(minutesOverdue(DUE, DUE)).toBe(0);
  });

  it("reads the same to the applicant and to the dean's office, seconds after the deadline", () => {
    for (const now of ["2026-03-19T15:00:20Z", "2026-03-19T15:42:30Z", "2026-03-19T16:30:00Z"]) {
      const applicant = countdown(DUE, at(now)).label;
      const snapshot = given().task("t1", "URGENT_RESPONSE", DUE, "p1").build();
      const alert = applicantAlerts(snapshot, at(now)).find((a) => a.code === "OVERDUE_URGENT");
      expect(applicant).toBe(formatOverdue(DUE, at(now)));
      expect(alert?.message).toContain(`(${applicant})`);
    }
  });
});
