// The advocate's morning summary: at 7:00 school time on each SOAP day, what changed for their
// applicants since 7:00 the day before, and what is theirs to do today (the same next actions as
// the workspace shows). Here are the times (the next 7:00 in the school's zone, across daylight
// saving changes; which days are SOAP days) and the words; nothing is sent from here.
import { TZDate } from "@date-fns/tz";
import type { ApplicantSnapshot } from "../snapshot";
import type { ActorRole, ContactChannel, ContactDirection, ContactOutcome, TaskKind } from "../types";
import type { AdvocateSelf } from "../advocate-view";
import { dayKey } from "../snapshot-queries";
import { formatInZone } from "../format-time";
import { countOf } from "../human-format";
import { OUTCOME_LABELS } from "../applicant/timeline";
import { NOTHING_TO_DO, firstName, nextActions, type NextAction } from "./next-actions";

/** The summary's hour, school time. */
export const SUMMARY_HOUR = 7;

/** The to-do lines an email lists at most; the rest are in the workspace. */
export const MAX_TODO_LINES = 10;
/** The changes one applicant's paragraph lists at most. */
export const MAX_CHANGES_PER_APPLICANT = 8;

export interface SoapWindow {
  windowStartsAt: Date;
  windowEndsAt: Date;
}

/** One summary's moment: its day (YYYY-MM-DD, school time) and 7:00 on that day. */
export interface SummaryMoment {
  day: string;
  at: Date;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as YYYY-MM-DD, or null for anything else (a job's payload is read as hostile). */
export function parseDay(day: string): { year: number; month: number; date: number } | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return { year, month, date };
}

function partsOf(day: string) {
  const parts = parseDay(day);
  if (!parts) throw new Error(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return parts;
}

/** The day `days` after (or before) `day`, on the calendar. */
export function addDays(day: string, days: number): string {
  const { year, month, date } = partsOf(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The calendar day of an instant in the zone. */
export function dayInZone(at: Date, timeZone: string): string {
  return dayKey(at, timeZone);
}

/** The instant of a wall-clock hour on a day in the zone (an hour a clock change skips moves on). */
export function wallClock(day: string, hour: number, timeZone: string): Date {
  const { year, month, date } = partsOf(day);
  return new Date(new TZDate(year, month - 1, date, hour, 0, timeZone).getTime());
}

/** 7:00 on the day, school time. */
export function summaryAt(day: string, timeZone: string): Date {
  return wallClock(day, SUMMARY_HOUR, timeZone);
}

/** The first 7:00 school time strictly after `after`. */
export function nextSevenAm(after: Date, timeZone: string): SummaryMoment {
  let day = dayInZone(after, timeZone);
  // Two steps at most: today's 7:00 may have passed; a day the zone skipped has no 7:00 of its own.
  for (let i = 0; i < 3; i++) {
    const at = summaryAt(day, timeZone);
    if (at.getTime() > after.getTime() && dayInZone(at, timeZone) === day) return { day, at };
    day = addDays(day, 1);
  }
  return { day, at: summaryAt(day, timeZone) };
}

/** A SOAP day: the day, midnight to midnight in the school's zone, overlaps the season's window. */
export function isSoapDay(day: string, window: SoapWindow | null, timeZone: string): boolean {
  if (!window || parseDay(day) === null) return false;
  const starts = wallClock(day, 0, timeZone);
  const ends = wallClock(addDays(day, 1), 0, timeZone);
  return starts.getTime() < window.windowEndsAt.getTime() && ends.getTime() > window.windowStartsAt.getTime();
}

/** The next summary after `after`: 7:00 on the next SOAP day; null when the window has no day left. */
export function nextSummary(after: Date, window: SoapWindow | null, timeZone: string): SummaryMoment | null {
  if (!window) return null;
  let next = nextSevenAm(after, timeZone);
  const firstDay = wallClock(dayInZone(window.windowStartsAt, timeZone), 0, timeZone);
  if (next.at.getTime() < firstDay.getTime()) next = nextSevenAm(new Date(firstDay.getTime() - 1), timeZone);
  return isSoapDay(next.day, window, timeZone) ? next : null;
}

/** What "overnight" covers for a day's summary: 7:00 the day before to 7:00 on the day. */
export function overnightOf(day: string, timeZone: string): { since: Date; until: Date } {
  return { since: summaryAt(addDays(day, -1), timeZone), until: summaryAt(day, timeZone) };
}

/** The notification's dedupe key: one summary per advocate and day, however often the job runs. */
export function morningSummaryKey(advocateUserId: string, day: string): string {
  return `morning-summary:${advocateUserId}:${day}`;
}

/**
 * Something that happened to one of the advocate's applicants. `at` is when it was recorded (an
 * offer expires at its deadline); `byUserId` is the person whose doing it was, when known: the
 * advocate's own contacts, claims and the tasks they caused are left out, as they know them.
 */
export type OvernightFact = { applicantId: string; at: Date; byUserId: string | null } & (
  | {
      kind: "contact";
      programName: string;
      actorRole: ActorRole;
      /** Who logged it: the applicant, or the advocate who made or took the contact. */
      actorName: string;
      direction: ContactDirection;
      channel: ContactChannel;
      outcome: ContactOutcome;
    }
  | { kind: "task-created"; taskKind: TaskKind; title: string; dueAt: Date }
  | { kind: "task-done"; title: string }
  | { kind: "interview"; programName: string; startsAt: Date }
  | { kind: "offer"; programName: string; round: number; respondBy: Date | null }
  | { kind: "offer-answered"; programName: string; accepted: boolean }
  | { kind: "offer-expired"; programName: string }
  | { kind: "claim"; programName: string; advocateName: string }
);

const OUTBOUND_VERBS: Record<ContactChannel, string> = {
  EMAIL: "emailed",
  PHONE: "called",
  VOICEMAIL: "left a voicemail for",
  VIDEO: "had a video call with",
};

function inboundVerb(channel: ContactChannel, whom: string): string {
  if (channel === "EMAIL") return `emailed ${whom}`;
  if (channel === "PHONE") return `called ${whom}`;
  if (channel === "VOICEMAIL") return `left ${whom} a voicemail`;
  return `had a video call with ${whom}`;
}

function outcomeWords(channel: ContactChannel, outcome: ContactOutcome): string {
  if (outcome === "SENT" || outcome === "OTHER" || (channel === "VOICEMAIL" && outcome === "LEFT_VOICEMAIL")) return "";
  return ` (${OUTCOME_LABELS[outcome]})`;
}

/** One fact as a short sentence; `name` is the applicant's first name. */
export function factSentence(fact: OvernightFact, name: string, timeZone: string): string {
  switch (fact.kind) {
    case "contact": {
      const who = fact.actorRole === "APPLICANT" ? name : fact.actorName;
      const said =
        fact.direction === "OUTBOUND" ? `${who} ${OUTBOUND_VERBS[fact.channel]} ${fact.programName}` : `${fact.programName} ${inboundVerb(fact.channel, who)}`;
      return `${said}${outcomeWords(fact.channel, fact.outcome)}.`;
    }
    case "task-created":
      return `${fact.taskKind === "URGENT_RESPONSE" ? "Urgent task" : "New task"} for ${name}: ${fact.title}, due ${formatInZone(fact.dueAt, timeZone)}.`;
    case "task-done":
      return `${name} finished a task: ${fact.title}.`;
    case "interview":
      return `Interview with ${fact.programName} recorded for ${formatInZone(fact.startsAt, timeZone)}.`;
    case "offer":
      return `Offer from ${fact.programName} (round ${fact.round})${fact.respondBy ? `, to answer by ${formatInZone(fact.respondBy, timeZone)}` : ""}.`;
    case "offer-answered":
      return `${name} ${fact.accepted ? "accepted" : "declined"} the offer from ${fact.programName}.`;
    case "offer-expired":
      return `The offer from ${fact.programName} expired unanswered.`;
    case "claim":
      return `${fact.advocateName} claimed ${fact.programName}.`;
  }
}

function todoLine(action: NextAction, timeZone: string): string {
  const due = action.dueAt ? ` ${action.overdue ? "Overdue since" : "Due"} ${formatInZone(action.dueAt, timeZone)}.` : "";
  return `${action.applicantName}: ${action.title}.${due}`;
}

const dayLabelFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

/** "Tue, Mar 17" for "2026-03-17". */
export function dayLabel(day: string): string {
  const { year, month, date } = partsOf(day);
  return dayLabelFormat.format(new Date(Date.UTC(year, month - 1, date)));
}

export interface MorningSummaryInput {
  /** The summary's day (YYYY-MM-DD, school time). */
  day: string;
  timeZone: string;
  /** When it is built: the next actions are the ones the rules allow now. */
  now: Date;
  advocate: AdvocateSelf & { userId: string };
  /** The advocate's actively assigned applicants, in the workspace's order. */
  snapshots: readonly ApplicantSnapshot[];
  /** What happened to them; anything outside the night (or the advocate's own doing) is left out here. */
  facts: readonly OvernightFact[];
}

export interface MorningSummary {
  title: string;
  /** Paragraphs separated by blank lines, as every notification's body. */
  body: string;
  linkLabel: string;
  todo: NextAction[];
  /** The changes told, per applicant. */
  changes: { applicantId: string; applicantName: string; sentences: string[] }[];
}

/** Changes recorded together are told cause first: the contact or interview, then the tasks it made or closed. */
const TOLD_ORDER: Record<OvernightFact["kind"], number> = {
  contact: 0,
  interview: 1,
  offer: 2,
  "offer-answered": 3,
  "offer-expired": 4,
  claim: 5,
  "task-created": 6,
  "task-done": 7,
};

/** The overnight changes the advocate is told, per applicant in the workspace's order, oldest first. */
export function overnightChanges(input: Omit<MorningSummaryInput, "now">): MorningSummary["changes"] {
  const { since, until } = overnightOf(input.day, input.timeZone);
  const inNight = (f: OvernightFact) => f.at.getTime() >= since.getTime() && f.at.getTime() < until.getTime();
  return input.snapshots.flatMap((s) => {
    const facts = input.facts
      .filter((f) => f.applicantId === s.applicantId && inNight(f) && f.byUserId !== input.advocate.userId)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || TOLD_ORDER[a.kind] - TOLD_ORDER[b.kind]);
    if (facts.length === 0) return [];
    return [{ applicantId: s.applicantId, applicantName: s.fullName, sentences: facts.map((f) => factSentence(f, firstName(s.fullName), input.timeZone)) }];
  });
}

/**
 * The summary for one advocate and day, or null when there is nothing: nothing is theirs to do
 * and nothing changed overnight. Either one alone is worth the email.
 */
export function morningSummary(input: MorningSummaryInput): MorningSummary | null {
  const todo = nextActions(input.snapshots, input.advocate, input.now);
  const changes = overnightChanges(input);
  if (todo.length === 0 && changes.length === 0) return null;
  const { since } = overnightOf(input.day, input.timeZone);
  const changeCount = changes.reduce((n, c) => n + c.sentences.length, 0);

  const paragraphs: string[] = [];
  if (todo.length > 0) {
    paragraphs.push("To do today, the most pressing first:");
    paragraphs.push(...todo.slice(0, MAX_TODO_LINES).map((a) => todoLine(a, input.timeZone)));
    if (todo.length > MAX_TODO_LINES) paragraphs.push(`And ${countOf(todo.length - MAX_TODO_LINES, "more action")} in your workspace.`);
  } else {
    paragraphs.push(NOTHING_TO_DO);
  }
  if (changes.length > 0) {
    paragraphs.push(`Since ${formatInZone(since, input.timeZone)}:`);
    for (const c of changes) {
      const shown = c.sentences.slice(0, MAX_CHANGES_PER_APPLICANT);
      const more = c.sentences.length - shown.length;
      paragraphs.push(`${c.applicantName}: ${shown.join(" ")}${more > 0 ? ` And ${more} more.` : ""}`);
    }
  } else {
    paragraphs.push(`Nothing changed for your applicants since ${formatInZone(since, input.timeZone)}.`);
  }

  const counts = [todo.length > 0 ? `${countOf(todo.length, "thing")} to do` : "", changeCount > 0 ? `${countOf(changeCount, "update")} overnight` : ""];
  return {
    title: `Morning summary for ${dayLabel(input.day)}: ${counts.filter(Boolean).join(", ")}`,
    body: paragraphs.join("\n\n"),
    linkLabel: "Open your workspace",
    todo,
    changes,
  };
}
