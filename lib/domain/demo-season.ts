// The demo school's season, placed around the moment the demo is seeded, so whoever tries SOAP
// Desk lands in the middle of SOAP whatever the date: the window opened three days ago in
// program-initiated mode, offer round 1 has just passed, round 2 is open now, rounds 3 and 4 are
// still to come. Real schools keep the Match Week settings they enter (match-week-2026.ts).
// Pure: the seeding instant and the school's zone come in, instants go out.
import { TZDate } from "@date-fns/tz";
import type { CommunicationMode } from "./types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** NRMP's rhythm on offer day: a round every three hours, each answered within two. */
export const ROUND_EVERY_HOURS = 3;
export const ROUND_ANSWER_HOURS = 2;
/** The window opened this long before the open round (Monday 11:00 to Thursday's rounds). */
const WINDOW_OPENED_HOURS_BEFORE = 72;
/** ...and closes this long after the last round's deadline. */
const WINDOW_CLOSES_HOURS_AFTER = 2;
/** The round open when the demo is seeded: one has passed, two are to come. */
export const OPEN_ROUND_NUMBER = 2;
const ROUND_COUNT = 4;

export interface PlacedRound {
  number: number;
  offersAt: Date;
  respondBy: Date;
}

export interface DemoSeasonPlacement {
  season: {
    name: string;
    resultsAt: Date;
    erasOpensAt: Date;
    windowStartsAt: Date;
    windowEndsAt: Date;
    communicationMode: CommunicationMode;
  };
  rounds: PlacedRound[];
  /** The round open at the seeding instant. */
  openRound: PlacedRound;
  /** An interview time on the seeding day in the school's zone (later today when the day allows). */
  interviewToday: Date;
  /** 10:00 the next day in the school's zone. */
  interviewTomorrow: Date;
}

/** The start of the hour `at` falls in, on the zone's clock. */
function startOfHour(at: Date, timeZone: string): Date {
  const wall = new TZDate(at, timeZone);
  return new Date(new TZDate(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), 0, timeZone).getTime());
}

function sameDay(a: Date, b: Date, timeZone: string): boolean {
  const x = new TZDate(a, timeZone);
  const y = new TZDate(b, timeZone);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}

export function placeDemoSeason(now: Date, timeZone: string): DemoSeasonPlacement {
  // The open round's offers went out at the top of the current hour, so between one and two hours
  // are left to answer them, and every time on screen is a round one ("answer by 2:00 PM").
  const anchor = startOfHour(now, timeZone);
  const rounds = Array.from({ length: ROUND_COUNT }, (_, i) => {
    const offersAt = new Date(anchor.getTime() + (i + 1 - OPEN_ROUND_NUMBER) * ROUND_EVERY_HOURS * HOUR);
    return { number: i + 1, offersAt, respondBy: new Date(offersAt.getTime() + ROUND_ANSWER_HOURS * HOUR) };
  });
  const openRound = rounds[OPEN_ROUND_NUMBER - 1]!;
  const last = rounds[ROUND_COUNT - 1]!;
  const windowStartsAt = new Date(anchor.getTime() - WINDOW_OPENED_HOURS_BEFORE * HOUR);

  // Later today when there is room before midnight, else earlier today (seeded after 22:00).
  const later = new Date(anchor.getTime() + 2 * HOUR);
  const interviewToday = sameDay(later, now, timeZone) ? later : new Date(anchor.getTime() - 2 * HOUR);
  const wall = new TZDate(now, timeZone);
  const interviewTomorrow = new Date(new TZDate(wall.getFullYear(), wall.getMonth(), wall.getDate() + 1, 10, 0, timeZone).getTime());

  return {
    season: {
      name: "Match Week (demo)",
      // Results an hour before ERAS opens for SOAP, as on the Monday of Match Week.
      resultsAt: new Date(windowStartsAt.getTime() - HOUR),
      erasOpensAt: windowStartsAt,
      windowStartsAt,
      windowEndsAt: new Date(last.respondBy.getTime() + WINDOW_CLOSES_HOURS_AFTER * HOUR),
      communicationMode: "PROGRAM_INITIATED",
    },
    rounds,
    openRound,
    interviewToday,
    interviewTomorrow,
  };
}

/** Minutes from `now` to `at` (negative: in the past; not rounded, so `now` plus them is `at` again). */
export function minutesFrom(now: Date, at: Date): number {
  return (at.getTime() - now.getTime()) / MINUTE;
}
