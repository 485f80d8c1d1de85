// What the applicant's overview opens on, ordered by what costs most if missed: pending offers
// (soonest deadline first), then tasks past due or urgent (a program's call to return), then the
// interviews of today and tomorrow. With none of them, one calm line and the next step. Pure: the
// caller passes `now` and the school's zone (days are the school's calendar days).
import { utcToZonedLocal } from "./zoned-time";
import type { OfferStatus, TaskKind } from "../types";

export interface NowOffer {
  id: string;
  programName: string;
  round: number;
  status: OfferStatus;
  respondBy: Date | null;
}

export interface NowTask {
  id: string;
  kind: TaskKind;
  dueAt: Date;
}

export interface NowInterview {
  id: string;
  programName: string;
  startsAt: Date;
}

export interface NowFacts<O extends NowOffer, T extends NowTask, I extends NowInterview> {
  offers: readonly O[];
  tasks: readonly T[];
  interviews: readonly I[];
  now: Date;
  timeZone: string;
  checklistMissing: readonly string[];
  listSize: number;
  listMin: number;
  notApplied: number;
  accepted: boolean;
}

export interface NextStep {
  text: string;
  href: string;
  label: string;
}

export interface NowFirst<O, T, I> {
  /** Pending offers still open to an answer, the nearest deadline first (one without a deadline first of all: answer it now). */
  offers: O[];
  /** Open tasks past due, then urgent ones, each group soonest first. */
  pressing: T[];
  /** The other open tasks (follow-ups, nudges), soonest first. */
  later: T[];
  /** Interviews starting from now to the end of tomorrow, with the day's name. */
  interviews: (I & { day: "Today" | "Tomorrow" })[];
  /** Set when nothing above needs the applicant: the next step worth taking. */
  calm: NextStep | null;
}

const deadline = (o: NowOffer) => o.respondBy?.getTime() ?? Number.NEGATIVE_INFINITY;

/** "2026-03-18" for the school's calendar day of `at`. */
function dayOf(at: Date, timeZone: string): string {
  return utcToZonedLocal(at, timeZone).slice(0, 10);
}

function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function isPressing(task: NowTask, now: Date): boolean {
  return task.kind === "URGENT_RESPONSE" || task.dueAt.getTime() < now.getTime();
}

/** The step worth taking when nothing is pressing, in the playbook's order. */
export function nextStep(
  f: Pick<NowFacts<NowOffer, NowTask, NowInterview>, "checklistMissing" | "listSize" | "listMin" | "notApplied" | "accepted">,
): NextStep {
  if (f.accepted)
    return { text: "Your search is over: keep answering your phone and email for onboarding.", href: "/applicant/offers", label: "See your offer" };
  if (f.checklistMissing.length > 0)
    return {
      text: `Next: finish your reachability checklist (${f.checklistMissing.join("; ")}).`,
      href: "/applicant/profile#checklist",
      label: "Open the checklist",
    };
  if (f.listSize < f.listMin)
    return { text: `Next: add programs to your list (${f.listSize} of at least ${f.listMin}).`, href: "/applicant/list#catalog", label: "Add programs" };
  if (f.notApplied > 0)
    return {
      text: `Next: apply in ERAS to the ${f.notApplied === 1 ? "program" : `${f.notApplied} programs`} on your list not applied to yet.`,
      href: "/applicant/list",
      label: "Open your list",
    };
  return { text: "Next: email the programs you applied to, one short personal note each.", href: "/applicant/messages", label: "Write an email" };
}

export function nowFirst<O extends NowOffer, T extends NowTask, I extends NowInterview>(f: NowFacts<O, T, I>): NowFirst<O, T, I> {
  const now = f.now.getTime();
  const offers = f.accepted
    ? []
    : f.offers.filter((o) => o.status === "PENDING" && (o.respondBy === null || o.respondBy.getTime() >= now)).sort((a, b) => deadline(a) - deadline(b));
  const open = f.accepted ? [] : [...f.tasks].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const overdue = open.filter((t) => t.dueAt.getTime() < now);
  const urgent = open.filter((t) => t.dueAt.getTime() >= now && t.kind === "URGENT_RESPONSE");
  const pressing = [...overdue, ...urgent];
  const later = open.filter((t) => !isPressing(t, f.now));
  const today = dayOf(f.now, f.timeZone);
  const tomorrow = nextDay(today);
  const interviews = (f.accepted ? [] : [...f.interviews])
    .filter((i) => i.startsAt.getTime() >= now - 60 * 60_000)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .flatMap((i): (I & { day: "Today" | "Tomorrow" })[] => {
      const day = dayOf(i.startsAt, f.timeZone);
      if (day === today) return [{ ...i, day: "Today" }];
      return day === tomorrow ? [{ ...i, day: "Tomorrow" }] : [];
    });
  const calm = offers.length === 0 && pressing.length === 0 && interviews.length === 0 ? nextStep(f) : null;
  return { offers, pressing, later, interviews, calm };
}
