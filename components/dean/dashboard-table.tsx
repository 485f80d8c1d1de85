// The cohort table: one row per applicant, alerts first after the name, every column sortable by a
// link (the view lives in the URL). On a phone each applicant is a card, the sort links kept above.
import Link from "next/link";
import { ALERT_LABELS, alertKinds, type DashboardRow } from "@/lib/domain/alerts";
import { dashboardHref, type DashboardQuery, type SortColumn } from "@/lib/domain/dashboard/table";
import { formatInZone } from "@/lib/domain/format-time";
import { countOf, formatNumber } from "@/lib/domain/human-format";
import { Badge } from "@/components/ui/badge";
import { DataList, EmptyMark, TitleCell, type DataColumn } from "@/components/ui/data-list";

type Column = { key: SortColumn; label: string; cell: (row: DashboardRow, timeZone: string) => React.ReactNode; card?: DataColumn<DashboardRow>["card"] };

const ofCap = (n: number, cap: number) => `${formatNumber(n)}/${formatNumber(cap)}`;

function Offers({ row, timeZone }: { row: DashboardRow; timeZone: string }) {
  if (row.accepted)
    return (
      <span>
        <Badge tone="good">Accepted</Badge>
        {row.acceptedProgram && <span className="block max-w-40 text-xs text-slate-700 max-sm:max-w-none">{row.acceptedProgram}</span>}
      </span>
    );
  if (row.pendingOffers === 0) return <EmptyMark />;
  return (
    <span>
      <Badge tone="warn">{formatNumber(row.pendingOffers)} pending</Badge>
      {row.nextDeadline && <span className="block text-xs text-slate-700">answer by {formatInZone(row.nextDeadline, timeZone)}</span>}
    </span>
  );
}

function Alerts({ row }: { row: DashboardRow }) {
  const overrides = row.openOverrides > 0 && <Badge tone="info">{countOf(row.openOverrides, "override")} open</Badge>;
  if (row.alerts.length === 0) return overrides || <EmptyMark />;
  return (
    <>
      {overrides}
      {/* One label per kind here, with how many; the full words on the applicant's page. */}
      <ul className="flex flex-wrap gap-1">
        {alertKinds(row.alerts).map((kind) => (
          <li key={kind.code}>
            <Badge tone={kind.severity === "high" ? "bad" : kind.severity === "medium" ? "warn" : "neutral"}>
              {ALERT_LABELS[kind.code]}
              {kind.count > 1 && (
                <>
                  <span aria-hidden="true" className="ml-1">
                    ×{kind.count}
                  </span>
                  <span className="sr-only">, {kind.count} times</span>
                </>
              )}
            </Badge>
          </li>
        ))}
      </ul>
    </>
  );
}

const COLUMNS: [Column, ...Column[]] = [
  {
    key: "name",
    label: "Applicant",
    cell: (row) => <TitleCell href={`/dean/applicants/${row.applicantId}`} title={row.fullName} detail={row.specialty} />,
  },
  { key: "alerts", label: "Alerts", cell: (row) => <Alerts row={row} />, card: "wide" },
  { key: "targets", label: "Targets", cell: (row) => formatNumber(row.targets) },
  { key: "applied", label: "Applied", cell: (row) => ofCap(row.applied, row.maxApplications) },
  { key: "ownEmails", label: "Own emails", cell: (row) => formatNumber(row.ownEmails) },
  { key: "faculty", label: "Faculty", cell: (row) => ofCap(row.facultyPrograms, row.facultyCap) },
  { key: "inbound", label: "Inbound", cell: (row) => formatNumber(row.inboundContacts) },
  { key: "interviews", label: "Interviews", cell: (row) => formatNumber(row.interviews) },
  {
    key: "advocates",
    label: "Advocates",
    cell: (row) => (row.advocates.length === 0 ? <EmptyMark /> : row.advocates.map((a) => a.name).join(", ")),
    card: "wide",
  },
  { key: "offers", label: "Offers", cell: (row, timeZone) => <Offers row={row} timeZone={timeZone} />, card: "wide" },
];

export function DashboardTable({
  rows,
  query,
  sort,
  dir,
  timeZone,
}: {
  rows: DashboardRow[];
  query: DashboardQuery;
  sort: SortColumn;
  dir: "asc" | "desc";
  timeZone: string;
}) {
  const columns = COLUMNS.map((column): DataColumn<DashboardRow> => {
    const active = sort === column.key;
    const next = active && dir === "desc" ? "asc" : active ? "desc" : column.key === "name" ? "asc" : "desc";
    return {
      label: column.label,
      card: column.card,
      className: column.key === "alerts" ? "sm:min-w-48" : column.key === "name" ? "sm:min-w-40" : undefined,
      sort: active ? (dir === "asc" ? "ascending" : "descending") : undefined,
      header: (
        <Link
          href={dashboardHref(query, { sort: column.key, dir: next, page: undefined })}
          className="inline-flex min-h-8 items-center gap-1 hover:text-brand-700"
        >
          {column.label}
          <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : ""}</span>
        </Link>
      ),
      cell: (row) => column.cell(row, timeZone),
    };
  }) as [DataColumn<DashboardRow>, ...DataColumn<DashboardRow>[]];
  return (
    <DataList label="Applicants" columns={columns} rows={rows} rowKey={(row) => row.applicantId} minWidth="sm:min-w-[56rem]" headerOnCards cardColumns={3} />
  );
}
