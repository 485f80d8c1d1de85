import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getMessagesView } from "@/lib/server/outreach/messages-view";
import { Card } from "@/components/ui/card";
import { PageShell } from "@/components/applicant/page-shell";
import { EmailComposer } from "@/components/applicant/email-composer";
import { queryText, type SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "Messages" };
export const dynamic = "force-dynamic";

export default async function MessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("APPLICANT");
  const view = await getMessagesView(prisma, actor, systemClock.now());
  const wanted = queryText((await searchParams).program) ?? null;
  const initial =
    view.programs.find((p) => p.programId === wanted) ??
    view.programs.find((p) => p.applied && !p.emailed && !p.refusal) ??
    view.programs.find((p) => p.applied) ??
    null;
  return (
    <PageShell
      wide
      title="Messages"
      intro={
        <p>
          Your own short email to each program you applied to: confirm the application, one line of background, why this program, available immediately. No
          robot, no beggar.
        </p>
      }
    >
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Write to a program" id="compose">
            <EmailComposer
              applicant={view.applicant}
              programs={view.programs}
              wordLimit={view.wordLimit}
              initialProgramId={initial?.programId ?? null}
              serverNow={view.now}
            />
          </Card>
        </div>
        <aside aria-label="Your shared story">
          <Card title="Your shared story" id="story">
            {view.narrative ? (
              <div className="space-y-2 text-sm">
                <p className="text-slate-600">
                  Version {view.narrative.version}. Your advocates tell programs the same story; keep your email consistent with it.
                </p>
                <ul className="list-disc space-y-1 pl-5">
                  {view.narrative.strengths.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
                <p>{view.narrative.reliability}</p>
              </div>
            ) : (
              <p className="text-sm text-slate-600">No narrative yet: write it on your profile page so everyone tells the same story.</p>
            )}
          </Card>
        </aside>
      </div>
    </PageShell>
  );
}
