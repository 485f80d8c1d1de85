import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { cohortCache, getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { listUndeliveredEmails } from "@/lib/server/dashboard/undelivered-emails";
import { dashboardHref, dashboardPage, filterOptions, readDashboardQuery, type DashboardQuery } from "@/lib/domain/dashboard/table";
import { formatInZone } from "@/lib/domain/format-time";
import { deliveryHref } from "@/lib/domain/delivery";
import { countOf, formatNumber } from "@/lib/domain/human-format";
import { Card } from "@/components/ui/card";
import { DeanMain } from "@/components/dean/dean-main";
import { LiveUpdates } from "@/components/dean/live-updates";
import { FunnelChart } from "@/components/dean/funnel-chart";
import { DashboardFilters } from "@/components/dean/dashboard-filters";
import { DashboardTable } from "@/components/dean/dashboard-table";
import { AttentionCards } from "@/components/dean/attention-cards";
import { attentionCards } from "@/lib/domain/dashboard/attention";
import type { SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "Cohort dashboard" };
export const dynamic = "force-dynamic";

export default async function DeanPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("DEAN");
  const query = readDashboardQuery(await searchParams);
  const [d, undelivered] = await Promise.all([getDeanDashboard(prisma, actor, systemClock.now(), cohortCache()), listUndeliveredEmails(prisma, actor)]);
  const view = dashboardPage(d.rows, query);
  const zone = d.school.timeZone;
  const alerted = d.rows.filter((r) => r.alerts.some((a) => a.severity === "high")).length;
  return (
    // On a phone the applicants come right after the summary; the funnel and filters follow.
    <DeanMain className="flex flex-col gap-4 space-y-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Cohort dashboard</h1>
        <LiveUpdates source="/api/dean/live" />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-700">
          {countOf(d.rows.length, "SOAP applicant")}, {formatNumber(alerted)} with an urgent alert.
        </p>
        <p>
          Download for Excel:{" "}
          <a href="/dean/export/dashboard" className="font-medium text-brand-700 underline">
            dashboard (CSV)
          </a>
          {" · "}
          <a href="/dean/export/contacts" className="font-medium text-brand-700 underline">
            contact log (CSV)
          </a>
        </p>
      </div>
      {d.rows.length > 0 && (
        <AttentionCards
          cards={attentionCards(d.rows)}
          active={query.alert}
          hrefFor={(code) =>
            code === "URGENT_UNDELIVERED"
              ? deliveryHref("failed")
              : `/dean${dashboardHref(query, { alert: code as DashboardQuery["alert"], page: undefined })}#applicants`
          }
          clearHref={`/dean${dashboardHref(query, { alert: undefined, page: undefined })}`}
          spoken={{ URGENT_UNDELIVERED: "show the messages that did not get through" }}
        />
      )}
      {undelivered.length > 0 && (
        <Card title={`Emails that could not be sent (${formatNumber(undelivered.length)})`} id="undelivered">
          <p className="mb-2 text-sm text-slate-700">The mail server refused these after every retry. The tasks stand; tell these people another way.</p>
          <ul className="space-y-1 text-sm">
            {undelivered.map((email) => (
              <li key={email.id}>
                <span className="break-all font-medium">{email.toAddress}</span>: {email.subject}{" "}
                <span className="text-slate-600">
                  ({countOf(email.attempts, "attempt")}, last {formatInZone(email.updatedAt, zone)}: {email.lastError})
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={deliveryHref("failed")} className="font-medium text-brand-700 underline">
              See who each one was for, and whether push or the app reached them
            </Link>
          </p>
        </Card>
      )}
      <div className="order-3 grid gap-4 lg:order-none lg:grid-cols-3">
        <Card title="Outreach funnel" id="funnel">
          <p className="mb-2 text-xs text-slate-600">Programs on every list, by how far each has come.</p>
          <FunnelChart funnel={d.funnel} caption="The cohort's outreach funnel: programs at each stage" />
        </Card>
        <div className="lg:col-span-2">
          <Card title="Filter" id="filters">
            <DashboardFilters query={query} options={filterOptions(d.rows)} />
          </Card>
        </div>
      </div>
      <div className="order-2 lg:order-none">
        <Card title={`Applicants (${formatNumber(view.total)}${view.total === d.rows.length ? "" : ` of ${formatNumber(d.rows.length)}`})`} id="applicants">
          {d.rows.length === 0 ? (
            <p className="text-sm text-slate-600">
              No applicants yet: invite them under{" "}
              <a href="/dean/invitations" className="font-medium text-brand-700 underline">
                Invitations
              </a>
              , one by one or from the unmatched-applicants report.
            </p>
          ) : view.total === 0 ? (
            <p className="text-sm text-slate-600">No applicant matches these filters.</p>
          ) : (
            <DashboardTable rows={view.rows} query={query} sort={view.sort} dir={view.dir} timeZone={zone} />
          )}
          {view.pages > 1 && (
            <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-sm">
              {view.page > 1 ? (
                <Link href={dashboardHref(query, { page: view.page - 1 })} className="text-brand-700 underline">
                  Previous page
                </Link>
              ) : (
                <span />
              )}
              <span>
                Page {view.page} of {view.pages}
              </span>
              {view.page < view.pages ? (
                <Link href={dashboardHref(query, { page: view.page + 1 })} className="text-brand-700 underline">
                  Next page
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </Card>
      </div>
    </DeanMain>
  );
}
