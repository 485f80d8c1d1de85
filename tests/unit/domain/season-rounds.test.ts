// Offer rounds belong inside the SOAP window: which rounds leave it, and the refusal the dean's
// office reads, with the window in the school's zone (run under Asia/Tokyo, so a forgotten zone fails).
import { describe, expect, it } from "vitest";
import { roundsOutsideWindow, roundsOutsideWindowMessage } from "@/lib/domain/season-rounds";
import { MATCH_WEEK_2026, MATCH_WEEK_2026_ROUNDS } from "@/lib/domain/match-week-2026";

const d = (iso: string) => new Date(iso);
const marchRounds = MATCH_WEEK_2026_ROUNDS.map(({ offersAt, respondBy }) => ({ offersAt, respondBy }));
const march = { windowStartsAt: MATCH_WEEK_2026.windowStartsAt, windowEndsAt: MATCH_WEEK_2026.windowEndsAt, offerRounds: marchRounds };
const december = { windowStartsAt: d("2026-12-01T16:00:00Z"), windowEndsAt: d("2026-12-04T01:00:00Z"), offerRounds: marchRounds };

describe("roundsOutsideWindow", () => {
  it("Match Week 2026's four rounds fit its window", () => {
    expect(roundsOutsideWindow(march)).toEqual([]);
    expect(roundsOutsideWindowMessage(march, "America/New_York")).toBeNull();
  });

  it("a December window with the rounds left in March: all four are outside", () => {
    expect(roundsOutsideWindow(december)).toEqual([1, 2, 3, 4]);
  });

  it("a round counts as inside from the window's first instant to its last, deadline included", () => {
    const start = d("2026-03-19T13:00:00Z");
    const end = d("2026-03-19T15:00:00Z");
    expect(roundsOutsideWindow({ windowStartsAt: start, windowEndsAt: end, offerRounds: [{ offersAt: start, respondBy: end }] })).toEqual([]);
    // Offers a minute before the window opens, or a deadline a minute after it closes: outside.
    const early = { offersAt: d("2026-03-19T12:59:00Z"), respondBy: end };
    const late = { offersAt: start, respondBy: d("2026-03-19T15:01:00Z") };
    expect(roundsOutsideWindow({ windowStartsAt: start, windowEndsAt: end, offerRounds: [early, late] })).toEqual([1, 2]);
  });

  it("names only the rounds that leave the window", () => {
    const shorter = { ...march, windowEndsAt: d("2026-03-19T19:00:00Z") }; // 3 PM EDT: rounds 3 and 4 end later
    expect(roundsOutsideWindow(shorter)).toEqual([3, 4]);
    expect(roundsOutsideWindowMessage(shorter, "America/New_York")).toMatch(
      /^Round 3 and Round 4 fall outside the SOAP window \(Mon, Mar 16, 11:00 AM EDT to Thu, Mar 19, 3:00 PM EDT\)/,
    );
  });

  it("says which rounds, the window in the school's time, and what to do next", () => {
    expect(roundsOutsideWindowMessage(december, "America/New_York")).toBe(
      "Round 1, Round 2, Round 3 and Round 4 fall outside the SOAP window (Tue, Dec 1, 11:00 AM EST to Thu, Dec 3, 8:00 PM EST); offers are made and answered inside it. " +
        "Move those rounds to NRMP's times inside the window, or correct the window, then save again.",
    );
    const one = { ...december, offerRounds: [{ offersAt: d("2026-12-03T14:00:00Z"), respondBy: d("2026-12-03T16:00:00Z") }, marchRounds[0]!] };
    expect(roundsOutsideWindowMessage(one, "America/Chicago")).toMatch(
      /^Round 2 falls outside the SOAP window \(Tue, Dec 1, 10:00 AM CST to Thu, Dec 3, 7:00 PM CST\)/,
    );
  });
});
