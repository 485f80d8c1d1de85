// The figures each season left when its applicants' personal data was removed (Settings → Past
// seasons): the planning numbers for next year, one row per season, and its breakdowns beneath.
import type { ArchivedSeason } from "@/lib/domain/privacy/retention";
import { CHANNEL_LABELS } from "@/lib/domain/applicant/timeline";
import { formatDayInZone } from "@/lib/domain/format-time";
import { countOf, formatNumber } from "@/lib/domain/human-format";
import { CONTACT_CHANNELS } from "@/lib/domain/types";
import { DataList, TitleCell } from "@/components/ui/data-list";

function channels(season: ArchivedSeason): string {
  if (!season.breakdown) return "";
  const by = season.breakdown.contactsByChannel;
  return CONTACT_CHANNELS.filter((c) => by[c].outbound + by[c].inbound > 0)
    .map((c) => `${CHANNEL_LABELS[c]} ${formatNumber(by[c].outbound)} out, ${formatNumber(by[c].inbound)} in`)
    .join(" · ");
}

function specialties(season: ArchivedSeason): string {
  if (!season.breakdown) return "";
  return season.breakdown.specialties.map((s) => `${s.specialty}: ${formatNumber(s.placed)} of ${formatNumber(s.applicants)} placed`).join(" · ");
}

export function PastSeasons({ seasons, timeZone }: { seasons: ArchivedSeason[]; timeZone: string }) {
  return (
    <DataList
      label="Past seasons"
      rows={seasons}
      rowKey={(s) => s.id}
      minWidth="sm:min-w-[44rem]"
      empty={<>No season&apos;s data has been removed yet. When it is, its figures stay here.</>}
      columns={[
        { label: "Season", cell: (s) => <TitleCell title={s.seasonName} detail={`Data removed ${formatDayInZone(s.removedAt, timeZone)}`} /> },
        { label: "Applicants", cell: (s) => formatNumber(s.applicants) },
        { label: "Placed", cell: (s) => formatNumber(s.placed) },
        { label: "Applications", cell: (s) => formatNumber(s.applications) },
        { label: "Contacts", cell: (s) => `${formatNumber(s.contacts)} (${formatNumber(s.facultyContacts)} by faculty)` },
        { label: "Interviews", cell: (s) => formatNumber(s.interviews) },
        {
          label: "Offers",
          cell: (s) =>
            `${formatNumber(s.offers)}: ${formatNumber(s.offersAccepted)} accepted, ${formatNumber(s.offersDeclined)} declined, ${formatNumber(s.offersExpired)} expired`,
        },
        {
          label: "Details",
          card: "wide",
          cell: (s) => (
            <span className="block max-w-md whitespace-normal text-xs text-slate-700">
              {countOf(s.advocates, "advocate")}, {countOf(s.programsTargeted, "program")} on lists. {channels(s)}
              {s.breakdown && s.breakdown.specialties.length > 0 && <span className="block">{specialties(s)}</span>}
            </span>
          ),
        },
      ]}
    />
  );
}
