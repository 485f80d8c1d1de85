// "Dr. Hargrove already called this program for you on Tue 10:05 AM. Switch to 'me alone' anyway?"
// Setting a program to "me alone" after an advocate has already spoken for the applicant there is
// allowed, but the applicant should know who did and when before taking the program back.
import type { ContactChannel, TargetPriority } from "../types";
import { formatterPerZone } from "../format-time";

/** An advocate's latest outbound contact with one program, as the list view reads it. */
export interface AdvocateContactFact {
  /** The advocate's name as it shows elsewhere ("Dr. Hargrove"). */
  by: string;
  channel: ContactChannel;
  /** When it happened (ISO string from the server, or a Date). */
  at: string | Date;
}

const DID: Record<ContactChannel, string> = {
  PHONE: "called this program",
  VOICEMAIL: "left this program a voicemail",
  EMAIL: "emailed this program",
  VIDEO: "spoke with this program by video",
};

const weekdayTimeFormat = formatterPerZone("en-US", { weekday: "short", hour: "numeric", minute: "2-digit" });

/** "Tue 10:05 AM" in the school's zone (the week of SOAP is short enough for a weekday). */
export function weekdayAndTime(at: string | Date, timeZone: string): string {
  const text = weekdayTimeFormat(timeZone).format(new Date(at));
  // Newer ICU puts a narrow no-break space before AM/PM and a comma after the weekday.
  return text.replace(/[\u202f\u00a0]/g, " ").replace(",", "");
}

/** The question asked before "me alone" replaces "faculty will call too" on a program an advocate already contacted. */
export function meAloneQuestion(contact: AdvocateContactFact, timeZone: string): string {
  return `${contact.by} already ${DID[contact.channel]} for you on ${weekdayAndTime(contact.at, timeZone)}. Switch to 'me alone' anyway?`;
}

/** What switching means, said under the question. */
export function meAloneConsequence(programName: string): string {
  return `"Me alone" tells your advocates you will handle ${programName} yourself from now on. What they already said stays on the program's timeline.`;
}

/** The question is asked only when moving to "me alone" on a program an advocate has already contacted. */
export function needsMeAloneQuestion(current: TargetPriority, next: TargetPriority, contact: AdvocateContactFact | null): boolean {
  return next === "SELF" && current !== "SELF" && contact !== null;
}
