import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { FUNNEL_STAGES } from "@/lib/domain/alerts";
import { formatInZone } from "@/lib/domain/format-time";
import { listUndeliveredEmails } from "@/lib/server/dashboard/undelivered-emails";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { LiveUpdates } from "@/components/dean/live-updates";

export const metadata: Metadata = { title: "Cohort dashboard" };
export const dynamic = "force-dynamic";

const STAGE_LABELS: Record<(typeof FUNNEL_STAGES)[number], string> = {
  targeted: "Targeted",
  applied: "Applied",
  emailed: "Emailed",
  facultyContacted: "Faculty contacted",
  interview: "Interview",
  offer: "Offer",
  accepted: "Accepted",
};

export default async function DeanPage() {
  const actor = await requireActor("DEAN");
  const [d, undelivered] = await Promise.all([getDeanDashboard(prisma, actor, systemClock.now()), listUndeliveredEmails(prisma, actor)]);
  const top = Math.max(1, d.funnel.targeted);
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Cohort dashboard</h1>
        <LiveUpdates source="/api/dean/live" />
      </div>
      {undelivered.length > 0 && (
        <Card title={`Emails that could not be sent (${undelivered.length})`} id="undelivered">
          <p className="mb-2 text-sm text-slate-700">The mail server refused these after every retry. The tasks stand; tell these people another way.</p>
          <ul className="space-y-1 text-sm">
            {undelivered.map((email) => (
              <li key={email.id}>
                <span className="font-medium">{email.toAddress}</span>: {email.subject}{" "}
                <span className="text-slate-600">
                  ({email.attempts} attempts, last {formatInZone(email.updatedAt, d.school.timeZone)}: {email.lastError})
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="Outreach funnel" id="funnel">
        <dl className="space-y-1.5">
          {FUNNEL_STAGES.map((stage) => (
            <div key={stage} className="grid grid-cols-[9rem_1fr_3rem] items-center gap-2 text-sm">
              <dt>{STAGE_LABELS[stage]}</dt>
              <div aria-hidden className="h-3 rounded bg-slate-100">
                <div className="h-3 rounded bg-brand-600" style={{ width: `${(d.funnel[stage] / top) * 100}%` }} />
              </div>
              <dd className="text-right tabular-nums">{d.funnel[stage]}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={`Applicants (${d.rows.length})`} id="applicants">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Applicant
                </th>
                <th scope="col" className="pr-3">
                  Targets
                </th>
                <th scope="col" className="pr-3">
                  Applied
                </th>
                <th scope="col" className="pr-3">
                  Own emails
                </th>
                <th scope="col" className="pr-3">
                  Faculty
                </th>
                <th scope="col" className="pr-3">
                  Advocates
                </th>
                <th scope="col" className="pr-3">
                  Inbound
                </th>
                <th scope="col" className="pr-3">
                  Offers
                </th>
                <th scope="col">Alerts</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {d.rows.map((row) => (
                <tr key={row.applicantId} className="align-top">
                  <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium">
                    {row.fullName}
                  </th>
                  <td className="pr-3 tabular-nums">{row.targets}</td>
                  <td className="pr-3 tabular-nums">
                    {row.applied}/{row.maxApplications}
                  </td>
                  <td className="pr-3 tabular-nums">{row.ownEmails}</td>
                  <td className="pr-3 tabular-nums">
                    {row.facultyPrograms}/{row.facultyCap}
                  </td>
                  <td className="pr-3 tabular-nums">{row.activeAdvocates}</td>
                  <td className="pr-3 tabular-nums">{row.inboundContacts}</td>
                  <td className="whitespace-nowrap pr-3">
                    {row.accepted ? <Badge tone="good">Accepted</Badge> : row.pendingOffers > 0 ? <Badge tone="warn">{row.pendingOffers} pending</Badge> : "–"}
                  </td>
                  <td>
                    {row.alerts.length === 0 ? (
                      <span className="text-slate-500">None</span>
                    ) : (
                      <ul className="space-y-1">
                        {row.alerts.map((alert) => (
                          <li key={`${alert.code}-${alert.programId ?? ""}`}>
                            <Badge tone={alert.severity === "high" ? "bad" : "warn"}>{alert.code.toLowerCase().replaceAll("_", " ")}</Badge>{" "}
                            <span className="text-xs text-slate-700">{alert.message}</span>
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
      </Card>
    </main>
  );
}
