// Where Match Week stands, as the applicant's banner says it: every phase of the season, the mode
// in force and the offer round open or next, in the school's zone. Run under Asia/Tokyo (vitest
// config) so a forgotten zone fails.
import { describe, expect, it } from "vitest";
import { MODE_MEANING, roundStatus, seasonStatus } from "@/lib/domain/applicant/season-status";
import type { SnapshotSeason } from "@/lib/domain/snapshot";

const ET = "America/New_York";

// Match Week 2026 as seeded: the window Monday 11:00 to Thursday 20:00 EDT (UTC-4), four rounds on
// Thursday at 9, 12, 15 and 18 EDT, each answered within two hours.
const rounds = [13, 16, 19, 22].map((hour, i) => ({
  number: i + 1,
  offersAt: new Date(Date.UTC(2026, 2, 19, hour)),
  respondBy: new Date(Date.UTC(2026, 2, 19, hour + 2)),
}));
const season = (mode: SnapshotSeason["communicationMode"] = "PROGRAM_INITIATED"): SnapshotSeason => ({
  windowStartsAt: new Date("2026-03-16T15:00:00Z"),
  windowEndsAt: new Date("2026-03-20T00:00:00Z"),
  communicationMode: mode,
  offerRounds: rounds,
});
const at = (iso: string) => new Date(iso);

describe("seasonStatus", () => {
  it("no season: says the dates are not set and the playbook's open order applies", () => {
    const s = seasonStatus(null, at("2026-03-17T12:00:00Z"), ET);
    expect(s).toMatchObject({ phase: "none", mode: "OPEN", headline: "SOAP dates are not set yet", round: null });
    expect(s.window).toContain("has not entered this season's SOAP window");
    expect(s.whatToDo).toBe("Outreach follows the playbook: apply, send your own short email, then your advocate calls.");
  });

  it("before the window: open order now, says when SOAP opens and that programs will then contact first, and the first round ahead", () => {
    const s = seasonStatus(season(), at("2026-03-10T12:00:00Z"), ET);
    expect(s.phase).toBe("before");
    expect(s.mode).toBe("OPEN");
    expect(s.headline).toBe("SOAP has not started yet");
    expect(s.window).toBe("SOAP opens Mon, Mar 16, 11:00 AM EDT and ends Thu, Mar 19, 8:00 PM EDT.");
    expect(s.whatToDo).toBe(`${MODE_MEANING.OPEN} Once SOAP opens, programs must contact you first.`);
    expect(s.round).toEqual({
      kind: "next",
      number: 1,
      text: "Next offer round: Round 1, offers at Thu, Mar 19, 9:00 AM EDT, answer by 11:00 AM EDT.",
      short: "Round 1 offers at Thu, Mar 19, 9:00 AM EDT",
    });
    // The one line: before SOAP, the playbook's open order, and when the window opens.
    expect(s).toMatchObject({ pill: "Before SOAP · Open outreach", next: "Opens Mon, Mar 16, 11:00 AM EDT" });
  });

  it("inside the window, program-initiated: programs must contact the applicant first", () => {
    const s = seasonStatus(season(), at("2026-03-17T14:00:00Z"), ET);
    expect(s).toMatchObject({ phase: "inside", mode: "PROGRAM_INITIATED", headline: "SOAP is open now", modeLabel: "Programs contact you first" });
    expect(s.window).toBe("SOAP runs from Mon, Mar 16, 11:00 AM EDT to Thu, Mar 19, 8:00 PM EDT.");
    expect(s.whatToDo).toBe("Programs must contact you first: apply in ERAS and wait for their call or email.");
    expect(s.round?.kind).toBe("next");
    expect(s).toMatchObject({ pill: "SOAP · Programs contact first", next: "Round 1 offers at Thu, Mar 19, 9:00 AM EDT" });
  });

  it("inside the window, open mode: the playbook's order", () => {
    const s = seasonStatus(season("OPEN"), at("2026-03-17T14:00:00Z"), ET);
    expect(s).toMatchObject({ phase: "inside", mode: "OPEN", modeLabel: "Open outreach, in the playbook's order" });
    expect(s.whatToDo).toBe("Outreach follows the playbook: apply, send your own short email, then your advocate calls.");
  });

  it("the window's first instant is inside, its end is after", () => {
    expect(seasonStatus(season(), at("2026-03-16T15:00:00Z"), ET).phase).toBe("inside");
    expect(seasonStatus(season(), at("2026-03-20T00:00:00Z"), ET).phase).toBe("after");
  });

  it("during a round: that round's offers are out, with the deadline as a time of today", () => {
    const s = seasonStatus(season(), at("2026-03-19T17:00:00Z"), ET);
    expect(s.round).toEqual({
      kind: "open",
      number: 2,
      text: "Round 2 offers are out: answer by 2:00 PM EDT.",
      short: "Round 2: answer by 2 PM EDT",
    });
    // The banner's one line: the mode and the open round's deadline.
    expect(`${s.pill} · ${s.next}`).toBe("SOAP · Programs contact first · Round 2: answer by 2 PM EDT");
  });

  it("a round is open from its offer time through its deadline itself", () => {
    expect(roundStatus(rounds, at("2026-03-19T16:00:00Z"), ET)?.number).toBe(2);
    expect(roundStatus(rounds, at("2026-03-19T18:00:00Z"), ET)).toMatchObject({ kind: "open", number: 2 });
    expect(roundStatus(rounds, at("2026-03-19T18:00:01Z"), ET)).toMatchObject({ kind: "next", number: 3 });
  });

  it("between rounds: the next one, its offer time and deadline", () => {
    const s = seasonStatus(season(), at("2026-03-19T15:30:00Z"), ET);
    expect(s.round).toEqual({
      kind: "next",
      number: 2,
      text: "Next offer round: Round 2, offers at 12:00 PM EDT, answer by 2:00 PM EDT.",
      short: "Round 2 offers at 12:00 PM EDT",
    });
  });

  it("the last round's deadline at 8 PM EDT is the same day in Eastern time, though the next day in UTC", () => {
    const s = seasonStatus(season(), at("2026-03-19T21:30:00Z"), ET);
    expect(s.round?.text).toBe("Next offer round: Round 4, offers at 6:00 PM EDT, answer by 8:00 PM EDT.");
  });

  it("after the window: says SOAP ended, open order, every round over", () => {
    const s = seasonStatus(season(), at("2026-03-21T12:00:00Z"), ET);
    expect(s).toMatchObject({ phase: "after", mode: "OPEN", headline: "SOAP has ended", window: "SOAP ended Thu, Mar 19, 8:00 PM EDT." });
    expect(s.whatToDo).toBe(MODE_MEANING.OPEN);
    expect(s.round).toEqual({ kind: "over", number: null, text: "All offer rounds are over.", short: "All offer rounds are over" });
    // A real school's past season still says so, in one line.
    expect(s).toMatchObject({ pill: "SOAP has ended · Open outreach", next: "Closed Thu, Mar 19, 8:00 PM EDT" });
  });

  it("a season without rounds shows no round line", () => {
    const s = seasonStatus({ ...season(), offerRounds: [] }, at("2026-03-17T14:00:00Z"), ET);
    expect(s.round).toBeNull();
    expect(seasonStatus({ ...season(), offerRounds: undefined }, at("2026-03-17T14:00:00Z"), ET).round).toBeNull();
    // ...and the one line names the window's end instead.
    expect(s.next).toBe("Closes Thu, Mar 19, 8:00 PM EDT");
  });

  it("shows times in the school's own zone", () => {
    const s = seasonStatus(season(), at("2026-03-19T17:00:00Z"), "America/Chicago");
    expect(s.window).toBe("SOAP runs from Mon, Mar 16, 10:00 AM CDT to Thu, Mar 19, 7:00 PM CDT.");
    expect(s.round?.text).toBe("Round 2 offers are out: answer by 1:00 PM CDT.");
  });
});
