import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { AppHeader } from "@/components/ui/app-header";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { Card } from "@/components/ui/card";
import { ProgramActions } from "@/components/advocacy/program-actions";
import { claimProgramAction, logAdvocateContactAction, releaseProgramAction } from "./actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { AdvocateProgramState } from "@/lib/domain/advocate-view";

const ADVOCATE_ACTIONS = { claim: claimProgramAction, release: releaseProgramAction, logContact: logAdvocateContactAction };

export const metadata: Metadata = { title: "My applicants" };
export const dynamic = "force-dynamic";

const STATE_TONE: Record<AdvocateProgramState, BadgeTone> = {
  matched: "good",
  closed: "neutral",
  "claimed-by-other": "neutral",
  unclaimed: "neutral",
  "waiting-for-application": "warn",
  "waiting-for-program": "warn",
  "waiting-for-applicant-email": "warn",
  ready: "info",
  done: "good",
};

export default async function AdvocatePage() {
  const actor = await requireActor("ADVOCATE");
  const home = await getAdvocateHome(prisma, actor, systemClock.now());
  return (
    <>
      <AppHeader
        name={actor.name}
        roleLabel={home.profile.title}
        schoolName={home.school.name}
        signOut={signOutAction}
        unread={await countUnread(prisma, actor)}
      />
      <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">My applicants</h1>
        {home.applicants.length === 0 && <p className="text-slate-600">The dean&apos;s office has not assigned you to any applicant yet.</p>}
        {home.applicants.map((a) => (
          <Card key={a.applicantId} title={a.fullName} id={`applicant-${a.applicantId}`} action={<span className="text-sm text-slate-600">{a.specialty}</span>}>
            <div className="grid gap-4 md:grid-cols-5">
              <div className="md:col-span-3">
                <h3 className="mb-1 text-sm font-semibold text-slate-700">Their list, your connected programs first</h3>
                <ul className="divide-y divide-slate-100">
                  {a.programs.map((p) => (
                    <li key={p.programId} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                      <span>
                        <span className="font-medium">{p.name}</span>
                        {p.connection && (
                          <span className="ml-2 text-xs text-brand-700">your connection: {p.connection.toLowerCase().replaceAll("_", " ")}</span>
                        )}
                      </span>
                      <Badge tone={STATE_TONE[p.state]}>{p.holder ? `Held by ${p.holder}` : p.stateLabel}</Badge>
                      <div className="w-full">
                        <ProgramActions
                          applicantId={a.applicantId}
                          programId={p.programId}
                          programName={p.name}
                          state={p.state}
                          narrativeVersionId={a.narrative?.id ?? null}
                          prefersEmail={p.prefersEmail}
                          actions={ADVOCATE_ACTIONS}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
              <div className="md:col-span-2">
                <h3 className="mb-1 text-sm font-semibold text-slate-700">The shared narrative{a.narrative ? ` (version ${a.narrative.version})` : ""}</h3>
                {a.narrative ? (
                  <div className="space-y-2 text-sm">
                    <ul className="list-disc pl-5">
                      {a.narrative.strengths.map((s) => (
                        <li key={s}>{s}</li>
                      ))}
                    </ul>
                    {a.narrative.weaknessContext.map((w) => (
                      <p key={w} className="text-slate-700">
                        <span className="font-medium">Context: </span>
                        {w}
                      </p>
                    ))}
                    <p className="italic text-slate-700">{a.narrative.reliability}</p>
                  </div>
                ) : (
                  <p className="text-sm text-slate-600">No narrative yet.</p>
                )}
              </div>
            </div>
          </Card>
        ))}
      </main>
    </>
  );
}
