// Where Match Week stands for an applicant, in words: the SOAP window in the school's zone, the
// communication mode in force now and what it asks of them, and the offer round that is open or
// next. Pure: the season, `now` and the zone come in, plain text goes out.
import type { SnapshotOfferRound, SnapshotSeason } from "../snapshot";
import type { CommunicationMode } from "../types";
import { formatInZone } from "../format-time";
import { modeAt } from "../rules/communication-mode";
import { formatterPerZone } from "../format-time";

export type SeasonPhase = "none" | "before" | "inside" | "after";

export interface RoundStatus {
  /** "open": offers are out and can be answered now; "next": the next round ahead; "over": every round is past. */
  kind: "open" | "next" | "over";
  number: number | null;
  text: string;
  /** The same in a few words, for the banner's one line: "Round 2: answer by 2:00 PM EST". */
  short: string;
}

export interface SeasonStatus {
  phase: SeasonPhase;
  /** The mode in force now: the season's inside its window, the playbook's open order outside it. */
  mode: CommunicationMode;
  headline: string;
  window: string;
  modeLabel: string;
  whatToDo: string;
  round: RoundStatus | null;
  /** The status pill: where SOAP stands and the mode in force, e.g. "SOAP · Programs contact first". */
  pill: string;
  /** The pill's two parts (a phone shows the mode alone): "SOAP", "Programs contact first". */
  phaseShort: string;
  modeShort: string;
  /** The next deadline (or the window's edge), one line beside the pill; null when nothing is ahead. */
  next: string | null;
}

export const MODE_LABELS: Record<CommunicationMode, string> = {
  PROGRAM_INITIATED: "Programs contact you first",
  OPEN: "Open outreach, in the playbook's order",
};

/** The mode in the pill, in as few words as the phone's one line allows. */
export const MODE_SHORT: Record<CommunicationMode, string> = {
  PROGRAM_INITIATED: "Programs contact first",
  OPEN: "Open outreach",
};

const PHASE_SHORT: Record<SeasonPhase, string> = {
  none: "SOAP dates not set",
  before: "Before SOAP",
  inside: "SOAP",
  after: "SOAP has ended",
};

export const MODE_MEANING: Record<CommunicationMode, string> = {
  PROGRAM_INITIATED: "Programs must contact you first: apply in ERAS and wait for their call or email.",
  OPEN: "Outreach follows the playbook: apply, send your own short email, then your advocate calls.",
};

const dayFormat = formatterPerZone("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" });
const timeFormat = formatterPerZone("en-US", { hour: "numeric", minute: "2-digit", timeZoneName: "short" });

function dayKey(at: Date, timeZone: string): string {
  return dayFormat(timeZone).format(at);
}

function timeOnly(at: Date, timeZone: string): string {
  return timeFormat(timeZone).format(at);
}

/** The time alone when it falls on `sameDayAs`'s date in the zone (the day is already clear), else day and time. */
function when(at: Date, sameDayAs: Date, timeZone: string): string {
  return dayKey(at, timeZone) === dayKey(sameDayAs, timeZone) ? timeOnly(at, timeZone) : formatInZone(at, timeZone);
}

/** "2:00 PM EDT" -> "2 PM EDT": NRMP's rounds fall on the hour, and the phone's one line is short. */
function onTheHour(time: string): string {
  return time.replace(/:00(?= [AP]M)/, "");
}

/** An offer can be answered from its round's offer time up to and including its response deadline. */
export function roundStatus(rounds: readonly SnapshotOfferRound[], now: Date, timeZone: string): RoundStatus | null {
  if (rounds.length === 0) return null;
  const t = now.getTime();
  const sorted = [...rounds].sort((a, b) => a.offersAt.getTime() - b.offersAt.getTime());
  const open = sorted.find((r) => r.offersAt.getTime() <= t && t <= r.respondBy.getTime());
  if (open) {
    const by = when(open.respondBy, now, timeZone);
    return {
      kind: "open",
      number: open.number,
      text: `Round ${open.number} offers are out: answer by ${by}.`,
      short: `Round ${open.number}: answer by ${onTheHour(by)}`,
    };
  }
  const next = sorted.find((r) => r.offersAt.getTime() > t);
  if (next) {
    const offers = when(next.offersAt, now, timeZone);
    const answer = when(next.respondBy, next.offersAt, timeZone);
    return {
      kind: "next",
      number: next.number,
      text: `Next offer round: Round ${next.number}, offers at ${offers}, answer by ${answer}.`,
      short: `Round ${next.number} offers at ${offers}`,
    };
  }
  return { kind: "over", number: null, text: "All offer rounds are over.", short: "All offer rounds are over" };
}

export function seasonStatus(season: SnapshotSeason | null, now: Date, timeZone: string): SeasonStatus {
  const status = seasonDetails(season, now, timeZone);
  const phaseShort = PHASE_SHORT[status.phase];
  const modeShort = MODE_SHORT[status.mode];
  return { ...status, pill: `${phaseShort} · ${modeShort}`, phaseShort, modeShort, next: nextLine(status, season, timeZone) };
}

/** What the one line says after the pill: the open round's deadline, else the next edge ahead. */
type SeasonDetails = Omit<SeasonStatus, "pill" | "phaseShort" | "modeShort" | "next">;

function nextLine(status: SeasonDetails, season: SnapshotSeason | null, timeZone: string): string | null {
  if (!season) return null;
  if (status.phase === "after") return `Closed ${formatInZone(season.windowEndsAt, timeZone)}`;
  if (status.phase === "before") return `Opens ${formatInZone(season.windowStartsAt, timeZone)}`;
  if (status.round && status.round.kind !== "over") return status.round.short;
  return `Closes ${formatInZone(season.windowEndsAt, timeZone)}`;
}

function seasonDetails(season: SnapshotSeason | null, now: Date, timeZone: string): SeasonDetails {
  const mode = modeAt(season, now);
  const common = { mode, modeLabel: MODE_LABELS[mode], whatToDo: MODE_MEANING[mode] };
  if (!season) {
    return {
      ...common,
      phase: "none",
      headline: "SOAP dates are not set yet",
      window: "Your dean's office has not entered this season's SOAP window yet; check NRMP's Match Week schedule.",
      round: null,
    };
  }
  const start = formatInZone(season.windowStartsAt, timeZone);
  const end = formatInZone(season.windowEndsAt, timeZone);
  const round = roundStatus(season.offerRounds ?? [], now, timeZone);
  const t = now.getTime();
  if (t < season.windowStartsAt.getTime()) {
    const later = season.communicationMode === "PROGRAM_INITIATED" ? ` Once SOAP opens, programs must contact you first.` : "";
    return {
      ...common,
      phase: "before",
      headline: "SOAP has not started yet",
      window: `SOAP opens ${start} and ends ${end}.`,
      whatToDo: `${common.whatToDo}${later}`,
      round,
    };
  }
  if (t >= season.windowEndsAt.getTime()) {
    return { ...common, phase: "after", headline: "SOAP has ended", window: `SOAP ended ${end}.`, round };
  }
  return { ...common, phase: "inside", headline: "SOAP is open now", window: `SOAP runs from ${start} to ${end}.`, round };
}
