"use client";
// A live countdown to a task's deadline, re-rendered every 30 seconds from the due time (so it
// never drifts). It keeps the server's clock: the first render uses the server's "now" to match
// the HTML it sent, and later ticks add the time passed since, so a phone whose clock is wrong
// still shows the true time left.
import { useEffect, useState } from "react";
import { countdown } from "@/lib/domain/applicant/countdown";

const TONE = {
  overdue: "bg-rose-700 text-white",
  soon: "bg-amber-200 text-amber-950",
  ok: "bg-slate-100 text-slate-900",
} as const;

/** `soonMinutes`: from how many minutes left the countdown turns amber (an offer's deadline warns earlier than a task's). */
export function Countdown({ dueAt, serverNow, soonMinutes }: { dueAt: string; serverNow: string; soonMinutes?: number }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    // How far this device's clock is from the server's, measured once when the page arrives.
    const skew = new Date(serverNow).getTime() - Date.now();
    const tick = () => setNow(new Date(Date.now() + skew));
    tick();
    const id = window.setInterval(tick, 30_000);
    return () => window.clearInterval(id);
  }, [serverNow]);
  const c = countdown(new Date(dueAt), now, soonMinutes);
  return (
    <time
      dateTime={dueAt}
      role="timer"
      aria-label={c.spoken}
      title={c.spoken}
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-sm font-semibold tabular-nums ${TONE[c.urgency]}`}
    >
      {c.label}
    </time>
  );
}
