import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getDeanApplicant } from "@/lib/server/dashboard/dean-applicant";
import { getAccessLog } from "@/lib/server/privacy/access-log";
import { AccessLog } from "@/components/dean/access-log";
import { ALERT_LABELS } from "@/lib/domain/alerts";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataList, EmptyMark } from "@/components/ui/data-list";
import { DeanMain } from "@/components/dean/dean-main";
import { AdvocateLevelBadge } from "@/components/dean/advocate-level-badge";
import { formatNumber } from "@/lib/domain/human-format";
import { ApplicantSummary } from "@/components/advocacy/applicant-summary";
import { FunnelChart } from "@/components/dean/funnel-chart";
import { AssignAdvocateForm, OverrideForm, ReleaseClaimButton, UnassignButton } from "@/components/dean/applicant-controls";
import { assignAdvocateAction, createOverrideAction, releaseClaimByDeanAction, unassignAdvocateAction } from "../../actions";

export const metadata: Metadata = { title: "Applicant" };
export const dynamic = "force-dynamic";

export default async function DeanApplicantPage({ params }: { params: Promise<{ applicantId: string }> }) {
  const actor = await requireActor("DEAN");
  const { applicantId } = await params;
  let view;
  try {
    view = await getDeanApplicant(prisma, actor, applicantId, systemClock.now());
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  // After the page's own read, which audited this very view of their red flags.
  const access = await getAccessLog(prisma, actor, view.applicantId);
  const zone = view.timeZone;
  return (
    <DeanMain>
      <p className="text-sm">
        <Link href="/dean" className="font-medium text-brand-700 underline">
          Back to the dashboard
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{view.fullName}</h1>
      <p className="text-slate-700">{view.specialty}</p>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <Card title="Where they stand" id="summary">
          <ApplicantSummary summary={view.summary} />
          <h3 className="mb-1 mt-4 text-sm font-semibold">Alerts</h3>
          {view.alerts.length === 0 ? (
            <p className="text-sm text-slate-600">No alerts.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {view.alerts.map((a) => (
                <li key={`${a.code}-${a.programId ?? ""}`}>
                  <Badge tone={a.severity === "high" ? "bad" : a.severity === "medium" ? "warn" : "neutral"}>{ALERT_LABELS[a.code]}</Badge> {a.message}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Their funnel" id="funnel">
          <FunnelChart funnel={view.funnel} caption={`${view.fullName}'s outreach funnel: programs at each stage`} />
        </Card>
      </div>
      <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <Card title={`Advocates (${formatNumber(view.assigned.length)})`} id="advocates">
          <ul className="mb-3 space-y-2">
            {view.assigned.length === 0 && <li className="text-sm text-slate-600">No advocate yet.</li>}
            {view.assigned.map((a) => (
              <li key={a.advocateId} className="flex flex-wrap items-start justify-between gap-2 text-sm">
                <span>
                  <span className="font-medium">{a.name}</span> · {a.kind} <AdvocateLevelBadge level={a.level} />
                </span>
                <UnassignButton applicantId={view.applicantId} advocateId={a.advocateId} name={a.name} unassign={unassignAdvocateAction} />
              </li>
            ))}
          </ul>
          <AssignAdvocateForm applicantId={view.applicantId} choices={view.assignable} assign={assignAdvocateAction} />
        </Card>
        <Card title="Overrides" id="overrides">
          {view.overrides.length > 0 && (
            <ul className="mb-3 space-y-2 text-sm">
              {view.overrides.map((o) => (
                <li key={o.id}>
                  <span className="font-medium">{o.title}</span>
                  {o.programName ? ` for ${o.programName}` : ""}{" "}
                  <Badge tone={o.usedAt ? "neutral" : "info"}>{o.usedAt ? `used ${formatInZone(o.usedAt, zone)}` : "not used yet"}</Badge>
                  <span className="block text-slate-700">
                    “{o.reason}” — {o.createdBy.name}, {formatInZone(o.createdAt, zone)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <OverrideForm
            applicantId={view.applicantId}
            rules={view.overridableRules}
            programs={view.programs.map((p) => ({ programId: p.programId, name: p.name }))}
            override={createOverrideAction}
          />
        </Card>
      </div>
      <Card title={`Their list (${formatNumber(view.programs.length)})`} id="list">
        <DataList
          empty={<>No program on their list yet.</>}
          label="Their list"
          cardColumns={3}
          rows={view.programs}
          rowKey={(p) => p.programId}
          columns={[
            {
              label: "Program",
              cell: (p) => (
                <>
                  <span className="text-slate-600">#{p.rank}</span> {p.name}
                </>
              ),
            },
            { label: "Applied", cell: (p) => (p.applied ? "Yes" : <EmptyMark />) },
            { label: "Emailed", cell: (p) => (p.emailed ? "Yes" : <EmptyMark />) },
            { label: "Faculty", cell: (p) => (p.facultyContacted ? "Yes" : <EmptyMark />) },
            {
              label: "Claimed by",
              card: "wide",
              cell: (p) =>
                p.holder ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {p.holder}
                    <ReleaseClaimButton
                      applicantId={view.applicantId}
                      programId={p.programId}
                      label={`${p.holder}'s claim on ${p.name}`}
                      release={releaseClaimByDeanAction}
                    />
                  </span>
                ) : (
                  <EmptyMark />
                ),
            },
          ]}
        />
      </Card>
      <Card
        title="Their record and who saw it"
        id="access"
        description="Download everything SOAP Desk holds about them, to hand to them on request. Every download, and every view of their red flags or confidential narrative by anyone but them, is logged."
      >
        <AccessLog applicantId={view.applicantId} fullName={view.fullName} timeZone={zone} total={access.total} entries={access.entries} />
      </Card>
    </DeanMain>
  );
}
