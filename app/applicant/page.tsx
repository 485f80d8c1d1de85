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
import { nowFirst } from "@/lib/domain/applicant/now-first";
import { storedValueLabel } from "@/lib/domain/stored-value-labels";
import { AppliedCount, ListSizeNote } from "@/components/applicant/list-size";
import { InterviewsSoon, NothingPressing, PendingOfferCard } from "@/components/applicant/now-first";

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
  const first = nowFirst({
    offers: w.offers.map((o) => ({ ...o, programName: o.program.name })),
    tasks: w.tasks,
    interviews: w.interviews.map((i) => ({ ...i, programName: i.program.name })),
    now,
    timeZone: school.timeZone,
    checklistMissing: w.checklistMissing,
    listSize: size,
    listMin: policy.targetListMin,
    notApplied: w.targets.filter((t) => !t.appliedAt).length,
    accepted: accepted !== undefined && accepted !== null,
  });
  const tasks = [...first.pressing, ...first.later];

  return (
    <PageShell title="My SOAP workspace" wide>
      {accepted && <AcceptedNextSteps program={accepted.program.name} />}
      <section className="space-y-3" aria-label="Needs you now">
        {first.offers.map((o) => (
          <PendingOfferCard key={o.id} offer={o} now={now} timeZone={school.timeZone} />
        ))}
        {tasks.length > 0 && (
          <Card title="Tasks, most urgent first" id="tasks">
            <TaskList
              serverNow={now.toISOString()}
              tasks={tasks.map((t) => ({
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
        {first.interviews.length > 0 && <InterviewsSoon interviews={first.interviews} timeZone={school.timeZone} />}
        {!accepted && w.checklistMissing.length > 0 && (
          <div role="alert" className="rounded-lg border border-amber-300 bg-warning-soft p-3 text-amber-950">
            <p className="font-semibold">Finish your reachability checklist before outreach.</p>
            <p className="text-sm">
              Programs do not leave ten voicemails. Still to do: {w.checklistMissing.join("; ")}.{" "}
              <Link href="/applicant/profile#checklist" className="font-medium underline">
                Open the checklist
              </Link>
            </p>
          </div>
        )}
        {first.calm && !accepted && w.checklistMissing.length === 0 && <NothingPressing step={first.calm} />}
      </section>
      {!accepted && (
        <section aria-label="Log a program's call" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <ProgramCalled
            programs={w.targets.map((t) => ({
              programId: t.programId,
              name: t.program.name,
              detail: `${t.program.specialty} · ${t.program.city}, ${t.program.state}`,
            }))}
          />
          <p className="text-sm text-ink-muted">
            Log it the moment a program reaches you: a response task starts its {policy.urgentResponseMinutes}-minute countdown.
          </p>
        </section>
      )}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <Card title="My target list" id="targets" action={<AppliedCount applied={w.applied} policy={policy} />}>
            {!listSizeOk && !accepted && <ListSizeNote size={size} policy={policy} />}
            {size === 0 ? (
              <p className="text-sm text-ink-muted">Your list is empty.</p>
            ) : (
              <ol className="divide-y divide-border">
                {w.targets.slice(0, 8).map((t) => (
                  <li key={t.id} className="flex items-center justify-between gap-2 py-1.5 text-sm">
                    <span className="min-w-0 truncate">
                      <span className="mr-2 tabular-nums text-ink-muted">{t.rank}.</span>
                      <Link href={`/applicant/programs/${t.programId}`} className="font-medium hover:underline">
                        {t.program.name}
                      </Link>
                    </span>
                    <span className="flex shrink-0 gap-1">
                      {t.priority === "FACULTY" && <Badge tone="info">Faculty will call</Badge>}
                      {t.appliedAt ? <Badge tone="good">Applied</Badge> : <Badge>Not applied</Badge>}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <p className="mt-2 text-sm">
              <Link href="/applicant/list" className="inline-flex min-h-11 items-center font-medium text-primary underline">
                {accepted ? "See your whole list" : size > 8 ? `See all ${size} programs, rank and add more` : "Rank the list and add programs"}
              </Link>
            </p>
          </Card>
        </div>
        <aside className="min-w-0 space-y-4" aria-label="Strategy, advocates and offers">
          {!accepted && (
            <Card title="My strategy" id="strategy">
              <p className="font-medium">{strategy.title}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink-muted">
                {strategy.advice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="My advocates" id="advocates">
            {w.advocates.length === 0 ? (
              <p className="text-sm text-ink-muted">No advocate assigned yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {w.advocates.map((a) => (
                  <li key={a.name}>
                    <span className="font-medium">{a.name}</span>, {a.title}
                    <span className="block text-ink-muted">
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
            {w.facultyLimitNote && !accepted && <p className="mt-2 rounded bg-primary-soft p-2 text-sm text-ink">{w.facultyLimitNote}</p>}
          </Card>
          <Card title="Offers" id="offers">
            {w.offers.length === 0 ? (
              <p className="text-sm text-ink-muted">No offers yet.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {w.offers.map((o) => (
                  <li key={o.id}>
                    {o.program.name}:{" "}
                    <Badge tone={o.status === "ACCEPTED" ? "good" : o.status === "REJECTED" ? "neutral" : "warn"}>{storedValueLabel("status", o.status)}</Badge>
                    <span className="block text-xs text-ink-muted">
                      Round {o.round}, {formatInZone(o.offeredAt, school.timeZone)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-sm">
              <Link href="/applicant/offers" className="inline-flex min-h-11 items-center font-medium text-primary underline">
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
