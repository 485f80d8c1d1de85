// How long a season's applicants' personal data stays, what the dean's office is told before and
// after its removal, and which figures of the season are kept for next year's planning. Pure: the
// job (lib/server/privacy/retention-jobs.ts) reads the facts and the clock, and asks here.
//
// The removal comes at 3:00 school time (nobody is working) on the day `retentionDays` after the
// day the season's window ended. The dean's office is told at 9:00 school time a week before, and
// the removal never comes sooner than a week after it was told: a notice that goes out late (the
// setting was lowered, the workers were down) moves the removal, never shortens the warning.
import { z } from "zod";
import { addDays, dayInZone, wallClock } from "../advocate/morning-summary";
import { formatInZone } from "../format-time";
import { countOf, formatNumber } from "../human-format";
import { CONTACT_CHANNELS, type ActorRole, type ContactChannel, type ContactDirection, type OfferStatus } from "../types";

export const RETENTION_DAYS_DEFAULT = 90;
export const RETENTION_DAYS_MIN = 14;
export const RETENTION_DAYS_MAX = 1095;
/** The dean's office hears this many days ahead, and the removal never comes sooner after the notice. */
export const NOTICE_DAYS = 7;
export const REMOVAL_HOUR = 3;
export const NOTICE_HOUR = 9;
/** A job that runs this much early still counts as on time: the queue's clock and the app's may differ a little. */
export const EARLY_TOLERANCE_MS = 60_000;

const DAYS_LABEL = "Days to keep applicants' data";

export const retentionInput = z.object({
  retentionDays: z
    .number({ error: `${DAYS_LABEL} must be a number.` })
    .int({ error: `${DAYS_LABEL} must be a whole number.` })
    .min(RETENTION_DAYS_MIN, { error: `${DAYS_LABEL} must be at least ${RETENTION_DAYS_MIN}: the dean's office is told a week ahead.` })
    .max(RETENTION_DAYS_MAX, { error: `${DAYS_LABEL} must be at most ${formatNumber(RETENTION_DAYS_MAX)} (three years).` }),
});
export type RetentionRequest = z.infer<typeof retentionInput>;

export interface RetentionSchedule {
  /** The removal day (YYYY-MM-DD, school time) and its moment, as the setting says. */
  removalDay: string;
  removeAt: Date;
  /** When the dean's office is told: a week before the removal day. */
  noticeAt: Date;
}

export function retentionSchedule(seasonEndsAt: Date, retentionDays: number, timeZone: string): RetentionSchedule {
  const removalDay = addDays(dayInZone(seasonEndsAt, timeZone), retentionDays);
  return {
    removalDay,
    removeAt: wallClock(removalDay, REMOVAL_HOUR, timeZone),
    noticeAt: wallClock(addDays(removalDay, -NOTICE_DAYS), NOTICE_HOUR, timeZone),
  };
}

/** The removal after a notice sent at `noticedAt`: the scheduled day, or a week after the notice if that is later. */
export function removalAfterNotice(schedule: RetentionSchedule, noticedAt: Date, timeZone: string): { day: string; at: Date } {
  const earliest = addDays(dayInZone(noticedAt, timeZone), NOTICE_DAYS);
  const day = earliest > schedule.removalDay ? earliest : schedule.removalDay;
  return { day, at: wallClock(day, REMOVAL_HOUR, timeZone) };
}

export type RetentionStep = { kind: "notice"; at: Date } | { kind: "remove"; at: Date; day: string };

/**
 * What comes next for one season's data: the notice at its time (at once if that has passed),
 * then, once the dean's office was told, the removal.
 */
export function nextRetentionStep(now: Date, schedule: RetentionSchedule, noticedAt: Date | null, timeZone: string): RetentionStep {
  if (!noticedAt) return { kind: "notice", at: new Date(Math.max(schedule.noticeAt.getTime(), now.getTime())) };
  return { kind: "remove", ...removalAfterNotice(schedule, noticedAt, timeZone) };
}

/** One season's removal as the settings page shows it: when the dean's office is (or was) told, and the day. */
export interface PlannedRemoval {
  seasonEndsAt: Date;
  /** When the notice went out, once it did. */
  noticedAt: Date | null;
  /** When it goes out, while it has not. */
  noticeAt: Date | null;
  removeAt: Date;
}

export function plannedRemoval(now: Date, seasonEndsAt: Date, retentionDays: number, timeZone: string, noticedAt: Date | null): PlannedRemoval {
  const schedule = retentionSchedule(seasonEndsAt, retentionDays, timeZone);
  const told = noticedAt ?? new Date(Math.max(schedule.noticeAt.getTime(), now.getTime()));
  return { seasonEndsAt, noticedAt, noticeAt: noticedAt ? null : told, removeAt: removalAfterNotice(schedule, told, timeZone).at };
}

/**
 * A season that ended before the school joined SOAP Desk (a new school's default season, already
 * past) had no applicants here: there is nothing to remove, and nobody is told.
 */
export function seasonOfSchool(seasonEndsAt: Date, schoolCreatedAt: Date): boolean {
  return seasonEndsAt.getTime() >= schoolCreatedAt.getTime();
}

/** A step is due from its moment (less the tolerance). */
export function isDue(at: Date, now: Date): boolean {
  return now.getTime() >= at.getTime() - EARLY_TOLERANCE_MS;
}

/** One pending retention job per school and season end: the notice, then the removal, under one key. */
export function retentionJobKey(schoolId: string, seasonEndsAt: Date): string {
  return `retention:${schoolId}:${seasonEndsAt.toISOString()}`;
}

// --- What is kept: the season's figures ---

/** What the job counts before removing anything; ids and words of no person. */
export interface SeasonFacts {
  applicants: { specialty: string; placed: boolean }[];
  advocates: number;
  programsTargeted: number;
  applications: number;
  contacts: { channel: ContactChannel; direction: ContactDirection; actorRole: ActorRole; count: number }[];
  interviews: number;
  offers: { status: OfferStatus; expired: boolean; count: number }[];
}

const channelCounts = z.object({ outbound: z.number().int().min(0), inbound: z.number().int().min(0) });

/** The breakdowns kept beside the headline counts (stored as JSON, read back through this schema). */
export const seasonBreakdownSchema = z.object({
  contactsByChannel: z.object(Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, channelCounts])) as Record<ContactChannel, typeof channelCounts>),
  specialties: z.array(z.object({ specialty: z.string(), applicants: z.number().int().min(0), placed: z.number().int().min(0) })),
});
export type SeasonBreakdown = z.infer<typeof seasonBreakdownSchema>;

export interface SeasonFigures {
  applicants: number;
  placed: number;
  advocates: number;
  programsTargeted: number;
  applications: number;
  contacts: number;
  facultyContacts: number;
  interviews: number;
  offers: number;
  offersAccepted: number;
  offersDeclined: number;
  offersExpired: number;
  breakdown: SeasonBreakdown;
}

const sum = (counts: readonly { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

/** A season's kept figures as the dean's office reads them (Settings → Past seasons). */
export interface ArchivedSeason extends Omit<SeasonFigures, "breakdown"> {
  id: string;
  seasonName: string;
  windowStartsAt: Date;
  windowEndsAt: Date;
  removedAt: Date;
  /** Null for a breakdown this version cannot read. */
  breakdown: SeasonBreakdown | null;
}

export function seasonFigures(facts: SeasonFacts): SeasonFigures {
  const contactsByChannel = Object.fromEntries(
    CONTACT_CHANNELS.map((channel) => {
      const of = (direction: ContactDirection) => sum(facts.contacts.filter((c) => c.channel === channel && c.direction === direction));
      return [channel, { outbound: of("OUTBOUND"), inbound: of("INBOUND") }];
    }),
  ) as SeasonBreakdown["contactsByChannel"];
  const bySpecialty = new Map<string, { applicants: number; placed: number }>();
  for (const a of facts.applicants) {
    const row = bySpecialty.get(a.specialty) ?? { applicants: 0, placed: 0 };
    row.applicants += 1;
    if (a.placed) row.placed += 1;
    bySpecialty.set(a.specialty, row);
  }
  const offers = (match: (o: SeasonFacts["offers"][number]) => boolean) => sum(facts.offers.filter(match));
  return {
    applicants: facts.applicants.length,
    placed: facts.applicants.filter((a) => a.placed).length,
    advocates: facts.advocates,
    programsTargeted: facts.programsTargeted,
    applications: facts.applications,
    contacts: sum(facts.contacts),
    facultyContacts: sum(facts.contacts.filter((c) => c.actorRole === "ADVOCATE" && c.direction === "OUTBOUND")),
    interviews: facts.interviews,
    offers: sum(facts.offers),
    offersAccepted: offers((o) => o.status === "ACCEPTED"),
    offersDeclined: offers((o) => o.status === "REJECTED"),
    offersExpired: offers((o) => o.status === "PENDING" && o.expired),
    breakdown: {
      contactsByChannel,
      specialties: [...bySpecialty.entries()]
        .map(([specialty, row]) => ({ specialty, ...row }))
        .sort((a, b) => b.applicants - a.applicants || a.specialty.localeCompare(b.specialty)),
    },
  };
}

// --- What is removed, and what the dean's office is told ---

/** How many of each kind of record the removal takes (or took). */
export interface RemovalCounts {
  applicants: number;
  redFlags: number;
  narratives: number;
  contacts: number;
  invitations: number;
  signInRecords: number;
  notifications: number;
  auditEntries: number;
}

export const NOTHING_REMOVED: Readonly<RemovalCounts> = Object.freeze({
  applicants: 0,
  redFlags: 0,
  narratives: 0,
  contacts: 0,
  invitations: 0,
  signInRecords: 0,
  notifications: 0,
  auditEntries: 0,
});

/** The kinds of record a removal takes, in the words of the notice and the summary. */
export function removalLines(counts: RemovalCounts): string[] {
  return [
    `${countOf(counts.applicants, "applicant")}: names, addresses, phone numbers, AAMC IDs, scores and checklists`,
    `${countOf(counts.redFlags, "red flag")} with their context`,
    `${countOf(counts.narratives, "narrative version")}`,
    `${countOf(counts.contacts, "contact")} with their notes, and every target list, claim, task, interview, offer and override`,
    `${countOf(counts.invitations, "invitation")}`,
    `${countOf(counts.signInRecords, "sign-in record")} (sessions, linked accounts, unused sign-in links)`,
    `${countOf(counts.notifications, "notification")} and emails about them`,
    `the content of ${countOf(counts.auditEntries, "audit log entry", "audit log entries")} about them (who did what, and when, stays)`,
  ];
}

const KEPT =
  "Kept: the season's figures (applicants, placements, applications, contacts by channel, interviews and offers, per specialty), under Settings → Past seasons.";

export interface RetentionWordsInput {
  seasonName: string;
  timeZone: string;
  counts: RemovalCounts;
}

/** The notice a week ahead: what goes, when, and how to keep it longer. */
export function retentionNotice(input: RetentionWordsInput & { removeAt: Date }): { title: string; body: string } {
  const when = formatInZone(input.removeAt, input.timeZone);
  return {
    title: `Applicants' data of ${input.seasonName} will be removed on ${when}`,
    body: [
      `On ${when} SOAP Desk removes the personal data of ${input.seasonName}'s applicants:`,
      ...removalLines(input.counts).map((line) => `- ${line}`),
      KEPT,
      "To keep the data longer, raise “Days to keep applicants' data” in Settings before then. To hand an applicant their record, download it from their page first.",
    ].join("\n"),
  };
}

/** The summary after: what went, and where the figures are. */
export function retentionDone(input: RetentionWordsInput & { removedAt: Date; figures: SeasonFigures }): { title: string; body: string } {
  return {
    title: `Applicants' data of ${input.seasonName} was removed`,
    body: [
      `On ${formatInZone(input.removedAt, input.timeZone)} SOAP Desk removed the personal data of ${input.seasonName}'s applicants:`,
      ...removalLines(input.counts).map((line) => `- ${line}`),
      `${KEPT} ${countOf(input.figures.applicants, "applicant")}, ${formatNumber(input.figures.placed)} placed, ${countOf(input.figures.contacts, "contact")}, ${countOf(input.figures.offers, "offer")}.`,
    ].join("\n"),
  };
}
