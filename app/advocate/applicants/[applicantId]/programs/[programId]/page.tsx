import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getAdvocateProgram } from "@/lib/server/advocacy/advocate-program";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connections";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { zoneName } from "@/lib/domain/format-time";
import { PageShell } from "@/components/applicant/page-shell";
import { Card } from "@/components/ui/card";
import { ProgramActions } from "@/components/advocacy/program-actions";
import { ScriptPanel } from "@/components/advocacy/script-panel";
import { StateBadge } from "@/components/advocacy/state-badge";
import { ProgramTimeline } from "@/components/outreach/program-timeline";

export const metadata: Metadata = { title: "Program" };
export const dynamic = "force-dynamic";

function ContactLine({ label, name, email, phone }: { label: string; name: string; email?: string; phone?: string }) {
  if (!name && !email && !phone) return null;
  return (
    <li>
      <span className="font-medium">{label}: </span>
      {name}
      {email && (
        <>
          {name ? ", " : ""}
          <a href={`mailto:${email}`} className="text-brand-700 underline">
            {email}
          </a>
        </>
      )}
      {phone && (
        <>
          {name || email ? ", " : ""}
          <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
            {phone}
          </a>
        </>
      )}
    </li>
  );
}

export default async function AdvocateProgramPage({ params }: { params: Promise<{ applicantId: string; programId: string }> }) {
  const actor = await requireActor("ADVOCATE");
  const { applicantId, programId } = await params;
  let view;
  try {
    view = await getAdvocateProgram(prisma, actor, { applicantId, programId }, systemClock.now());
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  const { program, row, applicant } = view;
  const zone = view.school.timeZone;
  return (
    <PageShell
      title={program.name}
      wide
      intro={
        <p className="text-sm">
          For {applicant.fullName} · {program.specialty}, {POSITION_LABELS[program.positionType]} · {program.city}, {program.state} · NRMP {program.nrmpCode}
        </p>
      }
    >
      <p className="text-sm">
        <Link href={`/advocate/applicants/${applicantId}`} className="font-medium text-brand-700 underline">
          Back to {applicant.fullName}&apos;s list
        </Link>
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="What to do now" id="now" action={<StateBadge status={row.status} label={row.statusLabel} holder={row.holder} />}>
          {view.headsUps.length > 0 && (
            <ul className="mb-2 space-y-1 rounded-md border border-amber-300 bg-warning-soft p-2 text-sm text-warning">
              {view.headsUps.map((w) => (
                <li key={w.code}>
                  <span className="font-medium">Heads-up: </span>
                  {w.message}
                </li>
              ))}
            </ul>
          )}
          <ProgramActions
            applicantId={applicantId}
            programId={programId}
            programName={program.name}
            status={row.status}
            preview={row.preview}
            narrativeVersionId={view.narrative?.id ?? null}
            defaultChannel={view.defaultChannel}
            timeZone={zone}
            seasonOpensAt={view.seasonOpensAt?.toISOString() ?? null}
          />
        </Card>
        <Card title="The program" id="program">
          <ul className="space-y-1 text-sm">
            <ContactLine label="Program director" name={program.directorName} email={program.directorEmail} />
            <ContactLine label="Coordinator" name={program.coordinatorName} email={program.coordinatorEmail} />
            <ContactLine label="Phone" name="" phone={program.phone} />
            {program.prefersEmail && <li className="font-medium text-amber-900">Prefers email: no calls.</li>}
            <li>
              <span className="font-medium">Your connection: </span>
              {view.connections.length > 0
                ? view.connections.map((c) => `${CONNECTION_LABELS[c.kind]}${c.note ? ` (${c.note})` : ""}`).join("; ")
                : "none recorded"}
              {" · "}
              <Link href="/advocate/connections" className="text-brand-700 underline">
                My connections
              </Link>
            </li>
          </ul>
        </Card>
      </div>
      <Card title={view.narrative ? `Your script (narrative version ${view.narrative.version})` : "Your script"} id="script">
        {view.scripts ? (
          <ScriptPanel scripts={view.scripts} initial={view.defaultChannel} to={[program.directorEmail, program.coordinatorEmail]} />
        ) : (
          <p className="text-sm text-slate-600">
            The script is built from the shared narrative, and there is none yet.{" "}
            <Link href={`/advocate/applicants/${applicantId}#narrative`} className="text-brand-700 underline">
              Write it with the applicant
            </Link>
            .
          </p>
        )}
      </Card>
      <Card title={`Timeline (${zoneName(zone)})`} id="timeline">
        <ProgramTimeline events={view.events} zone={zone} listOwner="their" />
      </Card>
    </PageShell>
  );
}
