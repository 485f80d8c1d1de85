// Pure helpers of the applicant workspace: the .ics builder, countdowns, reordering, Eastern
// wall-clock times, mailto links. Run under Asia/Tokyo (vitest config) so a forgotten zone fails.
import { describe, expect, it } from "vitest";
import { buildInterviewIcs } from "@/lib/domain/calendar/interview-ics";
import { countdown } from "@/lib/domain/applicant/countdown";
import { denseRanks, moveItem } from "@/lib/domain/applicant/reorder";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import { mailtoHref } from "@/lib/domain/applicant/mailto";
import { sortTimeline, type TimelineEvent } from "@/lib/domain/applicant/timeline";
import { nextNarrativeVersion } from "@/lib/domain/rules/decide/save-narrative";

const program = {
  name: "Riverside Community IM",
  specialty: "Internal Medicine",
  nrmpCode: "1205140C0",
  directorName: "Dr. Ana Ruiz",
  coordinatorEmail: "im@riverside.example.org",
};

describe("buildInterviewIcs", () => {
  const interview = {
    id: "int1",
    startsAt: new Date("2026-03-19T14:30:00Z"),
    durationMinutes: 45,
    format: "VIDEO" as const,
    location: "https://zoom.example/j/1",
    notes: "Ask for Dr. Ruiz",
  };

  it("builds a valid VCALENDAR with one VEVENT in UTC", () => {
    const result = buildInterviewIcs(interview, program, "Connor Walsh");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.text.replace(/\r\n[ \t]/g, "");
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/END:VCALENDAR\r\n?$/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain("VERSION:2.0");
    expect(text).toContain("UID:interview-int1@soap-desk");
    expect(text).toContain("DTSTART:20260319T143000Z");
    expect(text).toMatch(/DURATION:PT45M|DTEND:20260319T151500Z/);
    expect(text).toContain("SUMMARY:SOAP interview: Riverside Community IM");
    expect(text).toContain("LOCATION:https://zoom.example/j/1");
    expect(text).toContain("BEGIN:VALARM");
    // RFC 5545: CRLF line endings and lines of at most 75 octets.
    for (const line of result.text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(result.filename).toBe("soap-interview-riverside-community-im-2026-03-19.ics");
  });

  it("uses the format as the location when none is given", () => {
    const result = buildInterviewIcs({ ...interview, location: "", format: "PHONE" }, program, "Connor Walsh");
    expect(result.ok && result.text).toContain("LOCATION:Phone");
  });
});

describe("countdown", () => {
  const due = new Date("2026-03-19T15:00:00Z");
  it.each([
    ["2026-03-19T14:30:00Z", "30 min left", "ok"],
    ["2026-03-19T14:51:00Z", "9 min left", "soon"],
    ["2026-03-19T14:59:30Z", "under 1 min left", "soon"],
    ["2026-03-19T15:00:01Z", "1 min overdue", "overdue"],
    ["2026-03-19T15:12:00Z", "12 min overdue", "overdue"],
    ["2026-03-19T12:55:00Z", "2 h 05 min left", "ok"],
    ["2026-03-17T13:00:00Z", "2 d 2 h left", "ok"],
  ])("at %s shows %s", (now, label, urgency) => {
    const c = countdown(due, new Date(now));
    expect(c.label).toBe(label);
    expect(c.urgency).toBe(urgency);
  });

  it("has a spoken form for screen readers", () => {
    expect(countdown(due, new Date("2026-03-19T14:59:00Z")).spoken).toBe("1 minute left");
    expect(countdown(due, new Date("2026-03-19T16:01:00Z")).spoken).toBe("Overdue by 1 hour 1 minute");
  });
});

describe("reordering", () => {
  it("moves an item and clamps to the list", () => {
    expect(moveItem(["a", "b", "c"], 0, 2)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 1, 9)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 5, 0)).toEqual(["a", "b", "c"]);
  });

  it("ranks densely from 1", () => {
    expect(denseRanks(["x", "y", "z"])).toEqual([
      { programId: "x", rank: 1 },
      { programId: "y", rank: 2 },
      { programId: "z", rank: 3 },
    ]);
  });
});

describe("Eastern wall-clock times", () => {
  it("reads a form's time as New York time, across daylight saving", () => {
    expect(zonedLocalToUtc("2026-03-19T10:00", "America/New_York")?.toISOString()).toBe("2026-03-19T14:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-15T10:00", "America/New_York")?.toISOString()).toBe("2026-01-15T15:00:00.000Z");
    expect(zonedLocalToUtc("not a time", "America/New_York")).toBeNull();
  });

  it("round-trips to the datetime-local form", () => {
    expect(utcToZonedLocal(new Date("2026-03-19T14:00:00Z"), "America/New_York")).toBe("2026-03-19T10:00");
  });
});

describe("mailto", () => {
  it("encodes recipients, subject and CRLF body", () => {
    const href = mailtoHref(["pd@x.org", "", "coord@x.org"], "Applicant for IM SOAP position – A B, 12345678", "Dr. X,\n\nHello & thanks");
    expect(href).toBe(
      "mailto:pd%40x.org,coord%40x.org?subject=Applicant%20for%20IM%20SOAP%20position%20%E2%80%93%20A%20B%2C%2012345678&body=Dr.%20X%2C%0D%0A%0D%0AHello%20%26%20thanks",
    );
  });
});

describe("timeline and narrative versions", () => {
  it("sorts oldest first, a contact before the task it created", () => {
    const at = new Date("2026-03-19T14:00:00Z");
    const events: TimelineEvent[] = [
      { kind: "task", id: "t", at, title: "Respond", taskKind: "URGENT_RESPONSE", status: "OPEN", dueAt: at, completedAt: null },
      {
        kind: "contact",
        id: "c",
        at,
        direction: "INBOUND",
        channel: "PHONE",
        outcome: "SPOKE",
        who: "P",
        actorRole: "APPLICANT",
        summary: "",
        narrativeVersion: null,
      },
      { kind: "target", id: "a", at: new Date("2026-03-18T10:00:00Z"), what: "added" },
    ];
    expect(sortTimeline(events).map((e) => e.id)).toEqual(["a", "c", "t"]);
  });

  it("numbers narrative versions from 1", () => {
    expect(nextNarrativeVersion(null)).toBe(1);
    expect(nextNarrativeVersion(4)).toBe(5);
  });
});
