// Countdown text for urgent tasks: minutes are enough precision for a 30-minute deadline, and the
// wording says plainly whether it is late.

export type Urgency = "overdue" | "soon" | "ok";

export interface Countdown {
  label: string;
  /** A longer form for screen readers and titles. */
  spoken: string;
  urgency: Urgency;
  minutesLeft: number;
}

function span(totalMinutes: number): { short: string; long: string } {
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (h === 0) return { short: `${m} min`, long: `${m} minute${m === 1 ? "" : "s"}` };
  if (h >= 24) {
    const d = Math.floor(h / 24);
    const rh = h % 24;
    return { short: `${d} d ${rh} h`, long: `${d} day${d === 1 ? "" : "s"} ${rh} hour${rh === 1 ? "" : "s"}` };
  }
  return {
    short: `${h} h ${String(m).padStart(2, "0")} min`,
    long: `${h} hour${h === 1 ? "" : "s"} ${m} minute${m === 1 ? "" : "s"}`,
  };
}

/** `soonMinutes`: below this many minutes left the task shows as "soon" (default 10). */
export function countdown(dueAt: Date, now: Date, soonMinutes = 10): Countdown {
  const ms = dueAt.getTime() - now.getTime();
  if (ms < 0) {
    const late = Math.ceil(-ms / 60_000);
    const s = span(late);
    return { label: `${s.short} overdue`, spoken: `Overdue by ${s.long}`, urgency: "overdue", minutesLeft: -late };
  }
  // Round down: "0 min left" while seconds remain would alarm; show "under 1 min".
  const left = Math.floor(ms / 60_000);
  if (left === 0) return { label: "under 1 min left", spoken: "Less than a minute left", urgency: "soon", minutesLeft: 0 };
  const s = span(left);
  return { label: `${s.short} left`, spoken: `${s.long} left`, urgency: left < soonMinutes ? "soon" : "ok", minutesLeft: left };
}
