// The demo season placed around the seeding instant: in the middle of SOAP, program-initiated,
// round 1 just passed, round 2 open with the pending offer's deadline in it, rounds 3 and 4 to
// come, and the applicant's interviews today and tomorrow on the school's (Eastern) calendar. Run
// with the process in Tokyo, so only the school's zone can make the days come out right.
import { describe, expect, it } from "vitest";
import { placeDemoSeason } from "@/lib/domain/demo-season";
import { modeAt } from "@/lib/domain/rules/communication-mode";
import { roundStatus, seasonStatus } from "@/lib/domain/applicant/season-status";
import { demoFrame, demoPlans } from "@/prisma/seed-data/demo-outreach";

const ZONE = "America/New_York";
const day = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
/** The calendar day after `at`'s day in the zone, as YYYY-MM-DD. */
const nextDay = (at: Date) => new Date(Date.parse(`${day(at)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const INSTANTS = {
  "a weekday morning": "2026-12-07T14:05:00Z", // Mon 09:05 EST
  "late on a Saturday night": "2026-12-13T04:59:00Z", // Sat 23:59 EST
  "Christmas Eve, 18:30": "2026-12-24T23:30:00Z",
  "the spring clock change": "2027-03-14T06:40:00Z", // Sun 02:40 EDT, an hour after 02:00 EST jumped
  "the autumn clock change": "2026-11-01T05:59:59Z", // Sun 01:59:59 EDT, before the hour repeats
  "summer, before midnight": "2026-07-10T03:45:00Z", // Thu 23:45 EDT
};

describe("placeDemoSeason", () => {
  it.each(Object.entries(INSTANTS))("seeded %s: program-initiated, round 1 passed, round 2 open, 3 and 4 to come", (_, iso) => {
    const now = new Date(iso);
    const p = placeDemoSeason(now, ZONE);
    const season = { ...p.season, offerRounds: p.rounds };
    expect(p.season.communicationMode).toBe("PROGRAM_INITIATED");
    expect(modeAt(season, now)).toBe("PROGRAM_INITIATED");
    expect(seasonStatus(season, now, ZONE)).toMatchObject({ phase: "inside", mode: "PROGRAM_INITIATED" });
    // The window opened days ago (the demo's history fits inside it) and closes after the last round.
    expect(now.getTime() - p.season.windowStartsAt.getTime()).toBeGreaterThanOrEqual(72 * 3_600_000);
    expect(p.season.windowEndsAt.getTime()).toBeGreaterThan(p.rounds[3]!.respondBy.getTime());

    const [r1, r2, r3, r4] = p.rounds;
    expect(p.rounds.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(r1!.respondBy.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - r1!.respondBy.getTime()).toBeLessThan(2 * 60 * 60_000); // closed within the last two hours
    expect(r2!.offersAt.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(r2!.respondBy.getTime() - now.getTime()).toBeGreaterThan(60 * 60_000); // at least an hour to answer
    expect(r3!.offersAt.getTime()).toBeGreaterThan(now.getTime());
    expect(r4!.offersAt.getTime()).toBeGreaterThan(r3!.respondBy.getTime());
    expect(p.openRound).toBe(r2);
    expect(roundStatus(p.rounds, now, ZONE)).toMatchObject({ kind: "open", number: 2 });
    // Round times on the hour, as NRMP's are.
    for (const r of p.rounds) expect(r.offersAt.getUTCMinutes()).toBe(0);

    expect(day(p.interviewToday)).toBe(day(now));
    expect(day(p.interviewTomorrow)).toBe(nextDay(now));
    expect(new Intl.DateTimeFormat("en-US", { timeZone: ZONE, hour: "numeric", minute: "2-digit" }).format(p.interviewTomorrow)).toBe("10:00 AM");
  });

  it("a seed at 23:59 puts today's interview earlier today, not after midnight", () => {
    const now = new Date(INSTANTS["late on a Saturday night"]);
    const p = placeDemoSeason(now, ZONE);
    expect(p.interviewToday.getTime()).toBeLessThan(now.getTime());
    expect(day(p.interviewToday)).toBe(day(now));
  });

  it.each(Object.entries(INSTANTS))(
    "seeded %s: the pending offer answers by the open round's deadline; the applicant's interviews are today and tomorrow",
    (_, iso) => {
      const now = new Date(iso);
      const p = placeDemoSeason(now, ZONE);
      const plans = demoPlans(demoFrame(p, now));
      const olivia = plans.find((plan) => plan.applicant === "olivia")!;
      const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
      const pending = olivia.offers.filter((o) => o.status === "PENDING");
      expect(pending).toHaveLength(1);
      const offeredAt = at(pending[0]!.offeredAt);
      expect(pending[0]!.round).toBe(2);
      expect(offeredAt.getTime()).toBeGreaterThanOrEqual(p.openRound.offersAt.getTime());
      expect(offeredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      const days = olivia.interviews.map((i) => day(at(i.startsAt)));
      expect(days).toContain(day(now));
      expect(days).toContain(nextDay(now));
    },
  );
});
