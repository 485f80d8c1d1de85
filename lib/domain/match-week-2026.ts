// Match Week 2026 as season settings. NRMP publishes the schedule in US Eastern time; the database
// stores UTC (@date-fns/tz converts, so the daylight-saving change of 8 March 2026 is handled).
// These are settings a school can edit: the README tells schools to check NRMP's current schedule.
import { TZDate } from "@date-fns/tz";

/** A wall-clock time in US Eastern during March 2026, as a UTC instant. */
export function edtMarch2026(day: number, hour: number, minute = 0): Date {
  return new Date(new TZDate(2026, 2, day, hour, minute, "America/New_York").getTime());
}

export const MATCH_WEEK_2026 = {
  name: "Match Week 2026",
  // Monday 16 March: results at 10:00 ET, ERAS opens for SOAP at 11:00 ET.
  resultsAt: edtMarch2026(16, 10),
  erasOpensAt: edtMarch2026(16, 11),
  windowStartsAt: edtMarch2026(16, 11),
  // The window closes after the last round (18:00 ET) has had time to be answered.
  windowEndsAt: edtMarch2026(19, 20),
  communicationMode: "PROGRAM_INITIATED",
} as const;

/** Thursday 19 March: four offer rounds, each answered within two hours. */
export const MATCH_WEEK_2026_ROUNDS = [9, 12, 15, 18].map((hour, i) => ({
  number: i + 1,
  offersAt: edtMarch2026(19, hour),
  respondBy: edtMarch2026(19, hour + 2),
}));
