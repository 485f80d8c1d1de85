// What an advocate needs at a glance about one applicant: the playbook's strategy type, red flags
// (assigned advocates may see them, SPEC 5), applications and faculty contacts against their caps,
// and urgent tasks still open.
import type { AdvocateApplicantSummary } from "@/lib/domain/advocate-view";
import { Badge } from "@/components/ui/badge";

function Meter({ label, value, max }: { label: string; value: number; max: number }) {
  const full = value >= max;
  return (
    <div className="min-w-28 flex-1">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">
        {value}
        <span className="text-sm font-normal text-slate-600">/{max}</span>
      </dd>
      <dd aria-hidden="true" className="mt-1 h-1.5 rounded-full bg-slate-100">
        <div
          className={`h-1.5 rounded-full ${full ? "bg-rose-600" : "bg-brand-600"}`}
          style={{ width: `${Math.min(100, (value / Math.max(1, max)) * 100)}%` }}
        />
      </dd>
    </div>
  );
}

export function ApplicantSummary({ summary }: { summary: AdvocateApplicantSummary }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={summary.strategy.kind === "red-flag" ? "warn" : "info"}>{summary.strategy.title}</Badge>
        {summary.matchedAt && <Badge tone="good">Accepted an offer: {summary.matchedAt}</Badge>}
        {summary.openUrgentTasks > 0 && (
          <Badge tone="bad">
            {summary.openUrgentTasks} urgent task{summary.openUrgentTasks === 1 ? "" : "s"} open
            {summary.overdueUrgentTasks > 0 ? `, ${summary.overdueUrgentTasks} overdue` : ""}
          </Badge>
        )}
      </div>
      {summary.redFlags.length > 0 && (
        <p className="text-sm">
          <span className="font-medium">Red flags: </span>
          {summary.redFlags.join("; ")}
        </p>
      )}
      <dl className="flex flex-wrap gap-4">
        <Meter label="Applied in SOAP" value={summary.applied} max={summary.maxApplications} />
        <Meter label="Programs contacted by faculty" value={summary.facultyPrograms} max={summary.facultyCap} />
      </dl>
    </div>
  );
}
