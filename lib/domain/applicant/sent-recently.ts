// "Did I already log this?" The applicant logs an email after sending it from their own mail app;
// a second tap, a reload or a second tab would log it twice and tell the dean's office and the
// advocates that two emails went out. Logging the same email to the same program again within a
// few minutes is asked about first. The list of sends comes from the server (the messages view),
// so the question holds across reloads and devices.
import { formatterPerZone } from "../format-time";

/** How long a logged email counts as "just logged" for the same program and subject. */
export const REPEAT_SEND_MINUTES = 10;

export interface LoggedEmail {
  programId: string;
  summary: string;
  /** When it was logged (ISO string from the server, or a Date). */
  at: string | Date;
}

/** What "Log as sent" records as the contact's summary: the email's subject. */
export function emailLogSummary(subject: string): string {
  return `Emailed: ${subject.trim()}`;
}

/** Same words, whatever the spacing and case: "Emailed:  Applicant for IM" = "emailed: applicant for im". */
export function sameEmailText(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The latest email with the same text logged to the same program less than `minutes` before
 * `now`, or null. One logged a little "after" now (a clock a few seconds apart) counts as recent.
 */
export function recentSameEmail<E extends LoggedEmail>(
  logged: readonly E[],
  email: { programId: string; summary: string },
  now: Date,
  minutes: number = REPEAT_SEND_MINUTES,
): E | null {
  let latest: E | null = null;
  for (const e of logged) {
    if (e.programId !== email.programId || !sameEmailText(e.summary, email.summary)) continue;
    const at = new Date(e.at).getTime();
    if (Number.isNaN(at) || now.getTime() - at >= minutes * 60_000) continue;
    if (!latest || at > new Date(latest.at).getTime()) latest = e;
  }
  return latest;
}

const timeOfDayFormat = formatterPerZone("en-US", { hour: "numeric", minute: "2-digit", timeZoneName: "short" });

/** "10:02 AM EDT": the time of day in the school's zone, for "You logged an email at …". */
export function timeOfDayInZone(at: Date, timeZone: string): string {
  return timeOfDayFormat(timeZone).format(at);
}
