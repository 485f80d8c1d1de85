// What an advocate needs at a glance about one applicant: the playbook's strategy type, red flags
// (assigned advocates may see them), the playbook's numbers said as what it wants (not as
// bars to fill), and urgent tasks still open.
import type { AdvocateApplicantSummary } from "@/lib/domain/advocate-view";
import type { PlaybookWant, WantStanding } from "@/lib/domain/advocate/playbook-wants";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const STANDING: Record<WantStanding, { words: string; className: string }> = {
  below: { words: "below the range", className: "text-warning" },
  within: { words: "", className: "text-ink-muted" },
  above: { words: "above the range", className: "text-warning" },
  "at-limit": { words: "limit reached", className: "text-warning" },
};

function Want({ want }: { want: PlaybookWant }) {
  const standing = STANDING[want.standing];
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-ink-muted">{want.label}</dt>
      <dd className="flex flex-wrap items-baseline gap-x-1.5">
        <span className="text-lg font-semibold tabular-nums text-ink">{want.count}</span>
        {standing.words && <span className={cn("text-xs font-medium", standing.className)}>{standing.words}</span>}
      </dd>
      <dd className="text-xs text-ink-muted">{want.want}</dd>
    </div>
  );
}

export function ApplicantSummary({ summary }: { summary: AdvocateApplicantSummary }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={summary.strategy.kind === "red-flag" ? "warn" : "info"}>{summary.strategy.title}</Badge>
        {summary.matchedAt && (
          <Badge tone="good" className="max-w-full whitespace-normal">
            Accepted an offer: {summary.matchedAt}
          </Badge>
        )}
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
      <dl className="grid gap-3 sm:grid-cols-3">
        {summary.wants.map((want) => (
          <Want key={want.key} want={want} />
        ))}
      </dl>
    </div>
  );
}
