import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/core/errors";
import { getProgramTimeline } from "@/lib/server/outreach/program-timeline";
import { getSchoolTimeZone } from "@/lib/server/applicant/school-time-zone";
import { CHANNEL_LABELS, OUTCOME_LABELS, type TimelineEvent } from "@/lib/domain/applicant/timeline";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { Card } from "@/components/ui/card";
import { formatInZone, zoneName } from "@/lib/domain/format-time";
import { PageShell } from "@/components/applicant/page-shell";

export const metadata: Metadata = { title: "Program timeline" };
export const dynamic = "force-dynamic";

const FORMAT = { PHONE: "Phone", VIDEO: "Video", IN_PERSON: "In person" } as const;

function describe(e: TimelineEvent, zone: string): { title: string; detail?: string; tone: string } {
  switch (e.kind) {
    case "target":
      return e.what === "added"
        ? { title: "Added to your target list", tone: "bg-slate-400" }
        : { title: "Application marked sent in ERAS", tone: "bg-emerald-600" };
    case "contact": {
      const how = CHANNEL_LABELS[e.channel].toLowerCase();
      const title =
        e.direction === "INBOUND"
          ? `${e.who} reached out by ${how}: ${OUTCOME_LABELS[e.outcome]}`
          : `${e.who} ${e.who === "You" ? "contacted" : "(advocate) contacted"} the program by ${how}: ${OUTCOME_LABELS[e.outcome]}`;
      const version = e.narrativeVersion ? ` (narrative v${e.narrativeVersion})` : "";
      return { title, detail: e.summary ? `${e.summary}${version}` : version || undefined, tone: e.direction === "INBOUND" ? "bg-rose-600" : "bg-brand-600" };
    }
    case "task": {
      const state =
        e.status === "OPEN"
          ? `due ${formatInZone(e.dueAt, zone)}`
          : e.status === "DONE"
            ? `done ${e.completedAt ? formatInZone(e.completedAt, zone) : ""}`
            : "cancelled";
      return { title: `Task: ${e.title}`, detail: state, tone: "bg-amber-500" };
    }
    case "interview":
      return { title: `${FORMAT[e.format]} interview, ${e.durationMinutes} min`, detail: e.location || undefined, tone: "bg-violet-600" };
    case "offer":
      return {
        title: `Offer, round ${e.round}: ${e.status.toLowerCase()}`,
        detail: e.respondedAt ? `Answered ${formatInZone(e.respondedAt, zone)}` : undefined,
        tone: "bg-emerald-700",
      };
  }
}

export default async function ProgramTimelinePage({ params }: { params: Promise<{ programId: string }> }) {
  const actor = await requireActor("APPLICANT");
  const { programId } = await params;
  let view;
  try {
    view = await getProgramTimeline(prisma, actor, programId);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  const { program, target, advocate } = view;
  const zone = await getSchoolTimeZone(prisma, actor);
  return (
    <PageShell
      title={program.name}
      intro={
        <p className="text-sm">
          {program.specialty}, {POSITION_LABELS[program.positionType]} · {program.city}, {program.state} · NRMP {program.nrmpCode}
          {program.prefersEmail ? " · prefers email, no calls" : ""}
        </p>
      }
    >
      <p className="text-sm">
        <Link href="/applicant/list" className="font-medium text-brand-700 underline">
          Back to my list
        </Link>
        {target?.appliedAt && (
          <>
            {" · "}
            <Link href={`/applicant/messages?program=${program.id}`} className="font-medium text-brand-700 underline">
              Email this program
            </Link>
          </>
        )}
      </p>
      <Card title="Who does what" id="who">
        <ul className="space-y-1 text-sm">
          <li>{target ? `Rank ${target.rank} on your list, ${target.appliedAt ? "applied" : "not applied yet"}.` : "Not on your list."}</li>
          <li>
            {advocate
              ? `${advocate.name} (${advocate.title}) is your advocate for this program.`
              : target?.priority === "FACULTY"
                ? "Marked for a faculty call; no advocate has claimed it yet."
                : "You alone: no advocate on this program."}
          </li>
          <li>
            Contacts:{" "}
            {[
              program.directorName && `PD ${program.directorName}`,
              program.coordinatorName && `coordinator ${program.coordinatorName}`,
              program.coordinatorEmail,
            ]
              .filter(Boolean)
              .join(", ") || "none on file"}
          </li>
        </ul>
      </Card>
      <Card title={`Timeline (${zoneName(zone)})`} id="timeline">
        {view.events.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing yet.</p>
        ) : (
          <ol className="relative space-y-4 border-l border-slate-200 pl-5">
            {view.events.map((e) => {
              const d = describe(e, zone);
              return (
                <li key={`${e.kind}-${e.id}`} className="relative">
                  <span aria-hidden="true" className={`absolute -left-[1.65rem] top-1.5 h-3 w-3 rounded-full ring-4 ring-white ${d.tone}`} />
                  <time dateTime={e.at.toISOString()} className="block text-xs font-medium text-slate-600">
                    {formatInZone(e.at, zone)}
                  </time>
                  <p className="font-medium">{d.title}</p>
                  {d.detail && <p className="text-sm text-slate-700">{d.detail}</p>}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
    </PageShell>
  );
}
