// The applicant's page, for the dean's office: the downloads of their whole record (JSON and CSV)
// and the access log (who saw their red flags or confidential narrative, or downloaded the record).
import { formatInZone } from "@/lib/domain/format-time";
import { countOf } from "@/lib/domain/human-format";
import { ROLE_LABELS } from "@/lib/domain/people-labels";
import { DataList, TitleCell } from "@/components/ui/data-list";

export interface AccessLogEntry {
  id: string;
  at: Date;
  who: { name: string; role: keyof typeof ROLE_LABELS } | null;
  what: string;
}

const LINK = "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-brand-700 hover:bg-slate-100";

export function AccessLog({
  applicantId,
  fullName,
  timeZone,
  total,
  entries,
}: {
  applicantId: string;
  fullName: string;
  timeZone: string;
  total: number;
  entries: AccessLogEntry[];
}) {
  const record = `/dean/applicants/${applicantId}/record`;
  const query = new URLSearchParams({ applicantId, action: "confidential.view" }).toString();
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap gap-2">
        <a href={`${record}/json`} className={LINK} download>
          Download {fullName}&apos;s record (JSON)
        </a>
        <a href={`${record}/csv`} className={LINK} download>
          Download as CSV
        </a>
      </p>
      <h3 className="text-sm font-semibold">Access log</h3>
      <DataList
        label="Access log"
        rows={entries}
        rowKey={(e) => e.id}
        minWidth="sm:min-w-[36rem]"
        empty={<>Nobody but {fullName} has seen their red flags or confidential narrative.</>}
        columns={[
          { label: "When", cell: (e) => formatInZone(e.at, timeZone) },
          { label: "Who", cell: (e) => (e.who ? <TitleCell title={e.who.name} detail={ROLE_LABELS[e.who.role]} /> : "SOAP Desk") },
          { label: "What", card: "wide", cell: (e) => <span className="whitespace-normal">{e.what}</span> },
        ]}
      />
      {total > entries.length && (
        <p className="text-sm text-slate-700">
          The {countOf(entries.length, "latest entry", "latest entries")} of {total}.{" "}
          <a href={`/dean/audit?${query}#entries-heading`} className="font-medium text-brand-700 underline">
            Every view in the audit log
          </a>
        </p>
      )}
    </div>
  );
}
