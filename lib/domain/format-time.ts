// Times are stored in UTC and shown in the school's zone (SOAP runs on US Eastern):
// "Tue, Dec 1, 3:52 PM EST". Shared by pages and emails so both read the same.
/** The zone's name as people read it, whatever the season: "Eastern Time". */
export function zoneName(timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longGeneric" }).formatToParts(new Date(0));
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

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
