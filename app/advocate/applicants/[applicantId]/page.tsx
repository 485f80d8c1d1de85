import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getAdvocateApplicant } from "@/lib/server/advocacy/advocate-applicant";
import { formatInZone } from "@/lib/domain/format-time";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connections";
import { PageShell } from "@/components/applicant/page-shell";
import { Card } from "@/components/ui/card";
import { ApplicantSummary } from "@/components/advocacy/applicant-summary";
import { NarrativeCard } from "@/components/advocacy/narrative-card";
import { ProgramActions } from "@/components/advocacy/program-actions";
import { StateBadge } from "@/components/advocacy/state-badge";
import { defaultChannelFor, type SharedRefusal } from "@/lib/domain/advocate-view";
import type { Warning } from "@/lib/domain/rules/decision";

export const metadata: Metadata = { title: "Applicant" };

/** Warnings about the applicant and refusals several programs share: said once, above the list. */
function SaidOnce({ headsUps, refusals }: { headsUps: Warning[]; refusals: SharedRefusal[] }) {
  if (headsUps.length === 0 && refusals.length === 0) return null;
  return (
    <ul className="mb-3 space-y-2 text-sm" aria-label="Said once for the whole list">
      {headsUps.map((w) => (
        <li key={w.code} className="rounded-md border border-amber-300 bg-warning-soft p-2 text-warning">
          <span className="font-medium">Heads-up: </span>
          {w.message}
        </li>
      ))}
      {refusals.map((r) => (
        <li key={r.code + r.next} className="rounded-md border border-border bg-muted p-2 text-ink">
          <details>
            <summary className="cursor-pointer">
              <span className="font-medium">
                {r.title} ({r.programs.length} programs):{" "}
              </span>
              {r.next}
            </summary>
            <p className="mt-1 text-ink-muted">{r.reason}</p>
            <p className="mt-1 text-ink-muted">{r.programs.join(" · ")}</p>
          </details>
          {r.code === "NO_CONNECTION" && (
            <Link href="/advocate/connections" className="mt-1 inline-block font-medium text-primary underline">
              Record a connection in My connections
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
export const dynamic = "force-dynamic";

export default async function AdvocateApplicantPage({ params }: { params: Promise<{ applicantId: string }> }) {
  const actor = await requireActor("ADVOCATE");
  const { applicantId } = await params;
  let view;
  try {
    view = await getAdvocateApplicant(prisma, actor, applicantId, systemClock.now());
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  const zone = view.school.timeZone;
  const narrative = view.narrative
    ? { ...view.narrative, authorName: view.narrative.author.name, savedAt: formatInZone(view.narrative.createdAt, zone) }
    : null;
  return (
    <PageShell title={view.fullName} wide intro={<p className="text-sm">{view.specialty}</p>}>
      <p className="text-sm">
        <Link href="/advocate" className="font-medium text-brand-700 underline">
          Back to my applicants
        </Link>
      </p>
      <Card title="Where they stand" id="summary">
        <ApplicantSummary summary={view.summary} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <Card title="Their list, your connected programs first" id="list">
            {view.programs.length === 0 && <p className="text-sm text-slate-600">Their list is empty so far.</p>}
            <SaidOnce headsUps={view.headsUps} refusals={view.sharedRefusals} />
            <ul className="divide-y divide-slate-100">
              {view.programs.map((p) => (
                <li key={p.programId} id={`program-${p.programId}`} className="space-y-2 py-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <Link href={`/advocate/applicants/${view.applicantId}/programs/${p.programId}`} className="font-medium text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                      <p className="text-xs text-slate-600">
                        #{p.rank} · {p.city}, {p.state}
                        {p.prefersEmail ? " · prefers email, no calls" : ""}
                      </p>
                      {p.connections.length > 0 && (
                        <p className="text-xs font-medium text-brand-700">Your connection: {p.connections.map((k) => CONNECTION_LABELS[k]).join("; ")}</p>
                      )}
                    </div>
                    <StateBadge status={p.status} label={p.statusLabel} holder={p.holder} />
                  </div>
                  <ProgramActions
                    applicantId={view.applicantId}
                    programId={p.programId}
                    programName={p.name}
                    status={p.status}
                    preview={p.preview}
                    narrativeVersionId={view.narrative?.id ?? null}
                    defaultChannel={defaultChannelFor(p.prefersEmail)}
                    timeZone={zone}
                    seasonOpensAt={view.seasonOpensAt?.toISOString() ?? null}
                  />
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <div className="lg:col-span-2">
          <Card title={narrative ? `The shared narrative (version ${narrative.version})` : "The shared narrative"} id="narrative">
            <NarrativeCard applicantId={view.applicantId} narrative={narrative} />
          </Card>
        </div>
      </div>
    </PageShell>
  );
}
