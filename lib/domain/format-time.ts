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
