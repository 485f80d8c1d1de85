// Times are stored in UTC and shown in the school's zone (SOAP runs on US Eastern):
// "Tue, Dec 1, 3:52 PM EST". Shared by pages and emails so both read the same.

/**
 * One formatter per zone for each way of writing a time: building an Intl.DateTimeFormat costs
 * far more than formatting with it (a dashboard of 300 applicants formats thousands of times), so
 * each is made once per zone and kept. An unknown zone throws, as the constructor does, and is not kept.
 */
export function formatterPerZone(locale: string, options: Omit<Intl.DateTimeFormatOptions, "timeZone">): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = made.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      made.set(timeZone, formatter);
    }
    return formatter;
  };
}

const zoneNameFormat = formatterPerZone("en-US", { timeZoneName: "longGeneric" });
const inZoneFormat = formatterPerZone("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
});

/** The zone's name as people read it, whatever the season: "Eastern Time". */
export function zoneName(timeZone: string): string {
  const parts = zoneNameFormat(timeZone).formatToParts(new Date(0));
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

export function formatInZone(date: Date, timeZone: string): string {
  return inZoneFormat(timeZone).format(date);
}

const dayWithYearFormat = formatterPerZone("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric" });

/** A day months or years away, with its year: "Thu, Jun 18, 2026". */
export function formatDayInZone(date: Date, timeZone: string): string {
  return dayWithYearFormat(timeZone).format(date);
}

export type DurationStyle = "short" | "long";

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/**
 * A span of whole minutes as people read it: "12 min", "2 h 05 min", "1 d 3 h" (short), or
 * "12 minutes", "2 hours 5 minutes", "1 day 3 hours" (long, for screen readers and emails).
 */
export function formatDuration(totalMinutes: number, style: DurationStyle = "short"): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return style === "short" ? `${m} min` : plural(m, "minute");
  if (h >= 24) {
    const d = Math.floor(h / 24);
    const rh = h % 24;
    return style === "short" ? `${d} d ${rh} h` : `${plural(d, "day")} ${plural(rh, "hour")}`;
  }
  return style === "short" ? `${h} h ${String(m).padStart(2, "0")} min` : `${plural(h, "hour")} ${plural(m, "minute")}`;
}

/**
 * Whole minutes past a deadline, rounded up: one second late is already 1 minute late, so nobody
 * reads "0 min overdue". Zero when the deadline has not passed.
 */
export function minutesOverdue(dueAt: Date, now: Date): number {
  const ms = now.getTime() - dueAt.getTime();
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

/**
 * How late a task is, in the one wording every reader sees (the applicant's countdown, the dean's
 * alert): "12 min overdue", or "Overdue by 12 minutes" in the long style.
 */
export function formatOverdue(dueAt: Date, now: Date, style: DurationStyle = "short"): string {
  const late = formatDuration(minutesOverdue(dueAt, now), style);
  return style === "short" ? `${late} overdue` : `Overdue by ${late}`;
}
