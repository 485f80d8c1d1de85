import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getProgramDetail } from "@/lib/server/programs/program-view";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/domain/applicant/timeline";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DeanMain } from "@/components/dean/dean-main";
import { countOf, formatNumber } from "@/lib/domain/human-format";

export const metadata: Metadata = { title: "Program" };
export const dynamic = "force-dynamic";

export default async function ProgramDetailPage({ params }: { params: Promise<{ programId: string }> }) {
  const actor = await requireActor("DEAN");
  const { programId } = await params;
  let view;
  try {
    view = await getProgramDetail(prisma, actor, programId);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  const { program } = view;
  const saturated = view.facultyApplicants > view.saturationAbove;
  return (
    <DeanMain>
      <p className="text-sm">
        <Link href="/dean/programs" className="font-medium text-brand-700 underline">
          Back to programs
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{program.name}</h1>
      <p className="text-sm text-slate-700">
        {program.specialty} · {program.city}, {program.state} · NRMP {program.nrmpCode} · {countOf(program.openPositions, "open position")}
        {program.prefersEmail ? " · prefers email, no calls" : ""}
      </p>
      <p className="text-sm">
        Our faculty have contacted it for {countOf(view.facultyApplicants, "applicant")}{" "}
        {saturated ? <Badge tone="warn">Saturated (more than {view.saturationAbove})</Badge> : null}
      </p>
      <Card title={`On our applicants' lists (${formatNumber(view.targets.length)})`} id="lists">
        {view.targets.length === 0 ? (
          <p className="text-sm text-slate-600">On no list.</p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {view.targets.map((t) => (
              <li key={t.applicant.id}>
                <Link href={`/dean/applicants/${t.applicant.id}`} className="text-brand-700 underline">
                  {t.applicant.user.name}
                </Link>{" "}
                <span className="text-slate-600">{t.appliedAt ? "(applied)" : "(not applied)"}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Who it has heard from (${formatNumber(view.contacts.length)})`} id="touches">
        {view.contacts.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody has been in touch yet.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {view.contacts.map((c) => (
              <li key={c.id}>
                <time dateTime={c.occurredAt.toISOString()} className="block text-xs text-slate-600">
                  {formatInZone(c.occurredAt, view.timeZone)}
                </time>
                {c.direction === "INBOUND" ? (
                  <span>
                    The program reached out about <span className="font-medium">{c.applicant.user.name}</span> by {CHANNEL_LABELS[c.channel].toLowerCase()},
                    logged by {c.actor.name}
                  </span>
                ) : (
                  <span>
                    <span className="font-medium">{c.actor.name}</span> ({c.actorRole === "APPLICANT" ? "the applicant" : "faculty advocate"}) for{" "}
                    <span className="font-medium">{c.applicant.user.name}</span> by {CHANNEL_LABELS[c.channel].toLowerCase()}
                  </span>
                )}
                : {OUTCOME_LABELS[c.outcome]}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </DeanMain>
  );
}
