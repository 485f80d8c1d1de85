// The outreach funnel (targeted → applied → emailed → faculty contacted → interview → offer →
// accepted) as a table whose rows carry their bars: a screen reader reads the table, a sighted
// reader sees the chart. Plain SVG, no library: seven bars need none.
import { FUNNEL_STAGES, type Funnel } from "@/lib/domain/alerts";

export const STAGE_LABELS: Record<(typeof FUNNEL_STAGES)[number], string> = {
  targeted: "Targeted",
  applied: "Applied",
  emailed: "Emailed by the applicant",
  facultyContacted: "Faculty contacted",
  interview: "Interview",
  offer: "Offer",
  accepted: "Accepted",
};

export function FunnelChart({ funnel, caption }: { funnel: Funnel; caption: string }) {
  const top = Math.max(1, funnel.targeted);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Programs</th>
          <th scope="col">Share of targeted</th>
        </tr>
      </thead>
      <tbody>
        {FUNNEL_STAGES.map((stage) => {
          const share = Math.round((funnel[stage] / top) * 100);
          return (
            <tr key={stage}>
              <th scope="row" className="w-44 py-1 pr-2 text-left font-normal">
                {STAGE_LABELS[stage]}
              </th>
              <td className="w-14 py-1 pr-2 text-right font-medium tabular-nums">{funnel[stage]}</td>
              <td className="py-1">
                <span className="sr-only">{share}%</span>
                <svg aria-hidden="true" viewBox="0 0 100 6" preserveAspectRatio="none" className="h-3 w-full">
                  <rect x="0" y="0" width="100" height="6" rx="1.5" className="fill-slate-100" />
                  <rect x="0" y="0" width={Math.max(share, funnel[stage] > 0 ? 1 : 0)} height="6" rx="1.5" className="fill-brand-600" />
                </svg>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
