// Countdown text for urgent tasks: minutes are enough precision for a 30-minute deadline, and the
// wording says plainly whether it is late, in the same words the dean's office reads.
import { formatDuration, formatOverdue, minutesOverdue } from "../format-time";

export type Urgency = "overdue" | "soon" | "ok";

export interface Countdown {
  label: string;
  /** A longer form for screen readers and titles. */
  spoken: string;
  urgency: Urgency;
  minutesLeft: number;
}

/** `soonMinutes`: below this many minutes left the task shows as "soon" (default 10). */
export function countdown(dueAt: Date, now: Date, soonMinutes = 10): Countdown {
  const ms = dueAt.getTime() - now.getTime();
  if (ms < 0) {
    return {
      label: formatOverdue(dueAt, now),
      spoken: formatOverdue(dueAt, now, "long"),
      urgency: "overdue",
      minutesLeft: -minutesOverdue(dueAt, now),
    };
  }
  // Round down: "0 min left" while seconds remain would alarm; show "under 1 min".
  const left = Math.floor(ms / 60_000);
  if (left === 0) return { label: "under 1 min left", spoken: "Less than a minute left", urgency: "soon", minutesLeft: 0 };
  return {
    label: `${formatDuration(left)} left`,
    spoken: `${formatDuration(left, "long")} left`,
    urgency: left < soonMinutes ? "soon" : "ok",
    minutesLeft: left,
  };
}
