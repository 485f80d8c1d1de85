import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getApplicantWorkspace } from "@/lib/server/applicant/workspace-view";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatInZone } from "@/lib/domain/format-time";
import { PageShell } from "@/components/applicant/page-shell";
import { ProgramCalled } from "@/components/applicant/program-called";
import { TaskList } from "@/components/applicant/task-list";
import { targetListSizeStatus } from "@/lib/domain/rules/target-list";
import { findAcceptedOffer } from "@/lib/domain/snapshot-queries";

export const metadata: Metadata = { title: "My SOAP workspace" };
export const dynamic = "force-dynamic";

export default async function ApplicantPage() {
  const actor = await requireActor("APPLICANT");
  const now = systemClock.now();
  const w = await getApplicantWorkspace(prisma, actor, now);
  const { snapshot, strategy, school } = w;
  const policy = snapshot.policy;
  const size = w.targets.length;
  const listSizeOk = targetListSizeStatus(size, policy) === "ok";
  const accepted = findAcceptedOffer(w.offers);

  return (
    <PageShell title="My SOAP workspace" wide>
      {accepted && <AcceptedNextSteps program={accepted.program.name} />}
      {!accepted && w.checklistMissing.length > 0 && (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">Finish your reachability checklist before outreach.</p>
          <p className="text-sm">
            Programs do not leave ten voicemails. Still to do: {w.checklistMissing.join("; ")}.{" "}
            <Link href="/applicant/profile#checklist" className="font-medium underline">
              Open the checklist
            </Link>
          </p>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {!accepted && (
            <section aria-label="Log a program's call" className="rounded-xl border border-rose-200 bg-white p-4 shadow-sm">
              <ProgramCalled
                programs={w.targets.map((t) => ({
                  programId: t.programId,
                  name: t.program.name,
                  detail: `${t.program.specialty} · ${t.program.city}, ${t.program.state}`,
                }))}
              />
              <p className="mt-2 text-sm text-slate-600">
                Log it the moment a program calls or emails: you get a response task with a {policy.urgentResponseMinutes}-minute countdown.
              </p>
            </section>
          )}
          {!accepted && (
            <Card title="Tasks, soonest first" id="tasks">
              <TaskList
                serverNow={now.toISOString()}
                tasks={w.tasks.map((t) => ({
                  id: t.id,
                  title: t.title,
                  kind: t.kind,
                  dueAt: t.dueAt.toISOString(),
                  programId: t.programId,
                  contact: t.contact,
                }))}
              />
            </Card>
          )}
          <Card
            title="My target list"
            id="targets"
            action={
              <span className="text-sm text-slate-700">
                Applied <strong>{w.applied}</strong> / {policy.maxApplications}
              </span>
            }
          >
            {!listSizeOk && !accepted && (
              <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
                You have {size} program{size === 1 ? "" : "s"} on your list; aim for {policy.targetListMin}–{policy.targetListMax} realistic programs (with
                prelim/TY backups if needed).
              </p>
            )}
            {size === 0 ? (
              <p className="text-sm text-slate-600">Your list is empty.</p>
            ) : (
              <ol className="divide-y divide-slate-100">
                {w.targets.slice(0, 8).map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0">
                      <span className="mr-2 text-sm text-slate-600">{t.rank}.</span>
                      <Link href={`/applicant/programs/${t.programId}`} className="font-medium hover:underline">
                        {t.program.name}
                      </Link>
                    </span>
                    <span className="flex flex-wrap gap-1">
                      {t.priority === "FACULTY" && <Badge tone="info">Faculty will call</Badge>}
                      {t.appliedAt ? <Badge tone="good">Applied</Badge> : <Badge>Not applied</Badge>}
                      {t.touches > 0 && <Badge>{t.touches === 1 ? "1 touch" : `${t.touches} touches`}</Badge>}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-2 text-sm">
              <Link href="/applicant/list" className="font-medium text-brand-700 underline">
                {accepted ? "See your whole list" : size > 8 ? `See all ${size} programs, rank and add more` : "Rank the list and add programs"}
              </Link>
            </p>
          </Card>
        </div>
        <aside className="space-y-4" aria-label="Strategy, advocates and offers">
          {!accepted && (
            <Card title="My strategy" id="strategy">
              <p className="font-medium">{strategy.title}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {strategy.advice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="My advocates" id="advocates">
            {w.advocates.length === 0 ? (
              <p className="text-sm text-slate-600">No advocate assigned yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {w.advocates.map((a) => (
                  <li key={a.name}>
                    <span className="font-medium">{a.name}</span>, {a.title}
                    <span className="block text-slate-600">
                      {a.programs.length > 0
                        ? `${accepted ? "Worked on" : "Calling"}: ${a.programs.join(", ")}`
                        : accepted
                          ? "No programs claimed"
                          : "No programs claimed yet"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Offers" id="offers">
            {w.offers.length === 0 ? (
              <p className="text-sm text-slate-600">No offers yet.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {w.offers.map((o) => (
                  <li key={o.id}>
                    {o.program.name}:{" "}
                    <Badge tone={o.status === "ACCEPTED" ? "good" : o.status === "REJECTED" ? "neutral" : "warn"}>{o.status.toLowerCase()}</Badge>
                    <span className="block text-xs text-slate-600">
                      Round {o.round}, {formatInZone(o.offeredAt, school.timeZone)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm">
              <Link href="/applicant/offers" className="font-medium text-brand-700 underline">
                Interviews and offers
              </Link>
            </p>
          </Card>
        </aside>
      </div>
    </PageShell>
  );
}

/** After a binding acceptance the overview stops asking for outreach and says what happens now. */
function AcceptedNextSteps({ program }: { program: string }) {
  return (
    <section aria-labelledby="accepted-heading" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-emerald-950 shadow-sm">
      <h2 id="accepted-heading" className="text-lg font-semibold">
        You accepted the offer from {program}. Congratulations!
      </h2>
      <p className="mt-1 text-sm">Your SOAP search is over. What happens next:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" aria-label="What happens next">
        <li>The acceptance is binding under the NRMP Match Participation Agreement: no further applications or outreach, by you or anyone for you.</li>
        <li>{program} will contact you about onboarding (contract, credentialing, start date). Keep answering your phone and email.</li>
        <li>Tell your advocates and the dean&apos;s office. They already see the acceptance here; a short thank-you to each advocate still matters.</li>
        <li>Withdraw nothing else yourself: your other pending offers were closed when you accepted, and your open tasks were cancelled.</li>
      </ul>
    </section>
  );
}
