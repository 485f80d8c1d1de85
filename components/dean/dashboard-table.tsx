// The cohort table: one row per applicant, every column sortable by a link (the view lives in the
// URL), the name column sticky so a phone can scroll the numbers sideways, and the scroll region
// reachable by keyboard.
import Link from "next/link";
import { ALERT_LABELS, alertKinds, type DashboardRow } from "@/lib/domain/alerts";
import { dashboardHref, type DashboardQuery, type SortColumn } from "@/lib/domain/dashboard/table";
import { formatInZone } from "@/lib/domain/format-time";
import { Badge } from "@/components/ui/badge";

const COLUMNS: { key: SortColumn; label: string }[] = [
  { key: "name", label: "Applicant" },
  { key: "targets", label: "Targets" },
  { key: "applied", label: "Applied" },
  { key: "ownEmails", label: "Own emails" },
  { key: "faculty", label: "Faculty" },
  { key: "advocates", label: "Advocates" },
  { key: "inbound", label: "Inbound" },
  { key: "interviews", label: "Interviews" },
  { key: "offers", label: "Offers" },
  { key: "alerts", label: "Alerts" },
];

function SortHeader({ column, query, sort, dir }: { column: (typeof COLUMNS)[number]; query: DashboardQuery; sort: SortColumn; dir: "asc" | "desc" }) {
  const active = sort === column.key;
  const next = active && dir === "desc" ? "asc" : active ? "desc" : column.key === "name" ? "asc" : "desc";
  const sticky = column.key === "name" ? "sticky left-0 z-10 bg-white" : "";
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`whitespace-nowrap px-2 py-2 ${sticky}`}>
      <Link
        href={dashboardHref(query, { sort: column.key, dir: next, page: undefined })}
        className="inline-flex min-h-8 items-center gap-1 hover:text-brand-700"
      >
        {column.label}
        <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : ""}</span>
      </Link>
    </th>
  );
}

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
  return (
    <div role="region" aria-label="Applicants, scrolls sideways" tabIndex={0} className="overflow-x-auto rounded-md focus:outline-2 focus:outline-brand-600">
      {/* Cell padding is set once here rather than on each of the 50 rows' ten cells. */}
      <table className="w-full min-w-[56rem] text-left text-sm [&_td]:px-2 [&_td]:py-2">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} query={query} sort={sort} dir={dir} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {rows.map((row) => (
            <tr key={row.applicantId} className="align-top">
              <th scope="row" className="sticky left-0 z-10 max-w-48 bg-white px-2 py-2 font-medium">
                <Link href={`/dean/applicants/${row.applicantId}`} className="text-brand-700 hover:underline">
                  {row.fullName}
                </Link>
                <span className="block text-xs font-normal text-slate-600">{row.specialty}</span>
              </th>
              <td>{row.targets}</td>
              <td>
                {row.applied}/{row.maxApplications}
              </td>
              <td>{row.ownEmails}</td>
              <td>
                {row.facultyPrograms}/{row.facultyCap}
              </td>
              <td>{row.advocates.length === 0 ? <span className="text-slate-500">None</span> : row.advocates.map((a) => a.name).join(", ")}</td>
              <td>{row.inboundContacts}</td>
              <td>{row.interviews}</td>
              <td className="whitespace-nowrap">
                {row.accepted ? (
                  <span>
                    <Badge tone="good">Accepted</Badge>
                    {row.acceptedProgram && <span className="block max-w-40 whitespace-normal text-xs text-slate-700">{row.acceptedProgram}</span>}
                  </span>
                ) : row.pendingOffers > 0 ? (
                  <span>
                    <Badge tone="warn">{row.pendingOffers} pending</Badge>
                    {row.nextDeadline && <span className="block text-xs text-slate-700">answer by {formatInZone(row.nextDeadline, timeZone)}</span>}
                  </span>
                ) : (
                  "–"
                )}
              </td>
              <td className="min-w-48">
                {row.openOverrides > 0 && (
                  <Badge tone="info">
                    {row.openOverrides} override{row.openOverrides === 1 ? "" : "s"} open
                  </Badge>
                )}
                {row.alerts.length === 0 ? (
                  <span className="text-slate-500">None</span>
                ) : (
                  // One label per kind here, with how many; the full words on the applicant's page.
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
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
