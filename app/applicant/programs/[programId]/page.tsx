import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/core/errors";
import { getProgramTimeline } from "@/lib/server/outreach/program-timeline";
import { getSchoolTimeZone } from "@/lib/server/applicant/school-time-zone";
import { ProgramTimeline } from "@/components/outreach/program-timeline";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { Card } from "@/components/ui/card";
import { zoneName } from "@/lib/domain/format-time";
import { PageShell } from "@/components/applicant/page-shell";
import { mailtoAddress, telHref } from "@/lib/domain/applicant/program-contact";

const TAP = "inline-flex min-h-11 items-center font-medium text-brand-700 underline";

export const metadata: Metadata = { title: "Program timeline" };
export const dynamic = "force-dynamic";

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
  const phoneHref = telHref(program.phone);
  const people = [
    { role: "Coordinator", name: program.coordinatorName.trim(), email: program.coordinatorEmail.trim() },
    { role: "Program director", name: program.directorName.trim(), email: program.directorEmail.trim() },
  ].filter((p) => p.name || p.email);
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
            Phone:{" "}
            {program.phone.trim() === "" ? (
              "none on file"
            ) : program.prefersEmail || !phoneHref ? (
              <>
                {program.phone}
                {program.prefersEmail ? " (prefers email, no calls)" : ""}
              </>
            ) : (
              <a href={phoneHref} className={TAP}>
                Call {program.phone}
              </a>
            )}
          </li>
          {people.length === 0 ? (
            <li>Contacts: none on file</li>
          ) : (
            people.map((p) => {
              const mailto = mailtoAddress(p.email);
              return (
                <li key={p.role}>
                  {p.role}
                  {p.name ? ` ${p.name}` : ""}
                  {mailto && (
                    <>
                      {": "}
                      <a href={mailto} className={TAP}>
                        {p.email}
                      </a>
                    </>
                  )}
                </li>
              );
            })
          )}
        </ul>
      </Card>
      <Card title={`Timeline (${zoneName(zone)})`} id="timeline">
        <ProgramTimeline events={view.events} zone={zone} listOwner="your" />
      </Card>
    </PageShell>
  );
}
