// SOAP's offer rounds happen inside its window: a season whose rounds fall outside the window it
// names would show applicants an open round while the window says SOAP is over (or not begun), and
// an offer's deadline no one can honour. Settings refuse such a season and say which rounds to
// move. Refusing, rather than moving the rounds along with the window: the rounds are NRMP's
// published times, which the dean's office copies from NRMP's schedule (README); moving them
// by the window's shift would invent times nobody published. Pure: no clock, no database.
import { formatInZone } from "./format-time";

export interface SeasonTimes {
  windowStartsAt: Date;
  windowEndsAt: Date;
  offerRounds: readonly { offersAt: Date; respondBy: Date }[];
}

/** The numbers (1-based, in the order given) of the rounds not wholly inside the window. */
export function roundsOutsideWindow(season: SeasonTimes): number[] {
  const start = season.windowStartsAt.getTime();
  const end = season.windowEndsAt.getTime();
  return season.offerRounds.flatMap((round, i) => (round.offersAt.getTime() < start || round.respondBy.getTime() > end ? [i + 1] : []));
}

function listOf(numbers: number[]): string {
  const names = numbers.map((n) => `Round ${n}`);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The refusal for a season whose rounds leave its window, written for the dean's office; null when they fit. */
export function roundsOutsideWindowMessage(season: SeasonTimes, timeZone: string): string | null {
  const outside = roundsOutsideWindow(season);
  if (outside.length === 0) return null;
  const window = `${formatInZone(season.windowStartsAt, timeZone)} to ${formatInZone(season.windowEndsAt, timeZone)}`;
  const verb = outside.length === 1 ? "falls" : "fall";
  return (
    `${listOf(outside)} ${verb} outside the SOAP window (${window}); offers are made and answered inside it. ` +
    "Move those rounds to NRMP's times inside the window, or correct the window, then save again."
  );
}
