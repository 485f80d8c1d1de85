// Times are stored in UTC and shown in the school's zone (SOAP runs on US Eastern):
// "Tue, Dec 1, 3:52 PM EST". Shared by pages and emails so both read the same.
export function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}
