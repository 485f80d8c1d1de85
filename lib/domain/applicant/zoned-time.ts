// Wall-clock times in the school's zone (SOAP runs on US Eastern): a form's "2026-03-19T10:00"
// means 10:00 in New York whatever zone the applicant's phone is set to. The zone arithmetic,
// daylight-saving changes included, is @date-fns/tz's (small enough for the forms that use it in
// the browser; date-fns's own format() is not, and is not needed for one fixed pattern).
import { TZDate } from "@date-fns/tz";

const two = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DDTHH:mm" as wall-clock time in `timeZone` -> the instant; null when malformed. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const result = new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
  return Number.isNaN(result.getTime()) ? null : result;
}

/** The instant as "YYYY-MM-DDTHH:mm" wall-clock time in `timeZone`, for a datetime-local input. */
export function utcToZonedLocal(at: Date, timeZone: string): string {
  const wall = new TZDate(at, timeZone);
  return `${String(wall.getFullYear()).padStart(4, "0")}-${two(wall.getMonth() + 1)}-${two(wall.getDate())}T${two(wall.getHours())}:${two(wall.getMinutes())}`;
}
