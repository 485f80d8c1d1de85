import type { Metadata } from "next";
import { prisma } from "@/lib/server/db";
import { systemClock } from "@/lib/server/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getApplicantWorkspace } from "@/lib/server/queries/applicant-workspace";
import { AppHeader } from "@/components/ui/app-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatInZone, relativeDue } from "@/components/ui/format";

export const metadata: Metadata = { title: "My SOAP workspace" };
export const dynamic = "force-dynamic";

export default async function ApplicantPage() {
  const actor = await requireActor("APPLICANT");
  const w = await getApplicantWorkspace(prisma, actor, systemClock.now());
  const { snapshot, strategy, school } = w;
  const policy = snapshot.policy;
  const listSizeOk = w.targets.length >= policy.targetListMin && w.targets.length <= policy.targetListMax;

  return (
    <>
      <AppHeader name={actor.name} roleLabel="Applicant" schoolName={school.name} />
      <main id="main" className="mx-auto grid max-w-6xl gap-4 px-4 py-6 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <h1 className="text-2xl font-bold">My SOAP workspace</h1>
          {w.checklistMissing.length > 0 && (
            <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-900">
              <p className="font-semibold">Finish your reachability checklist before outreach.</p>
              <p className="text-sm">Programs do not leave ten voicemails. Still to do: {w.checklistMissing.join("; ")}.</p>
            </div>
          )}
          <Card title="Urgent and follow-up tasks" id="tasks">
            {w.tasks.length === 0 ? (
              <p className="text-sm text-slate-600">No open tasks.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {w.tasks.map((task) => {
                  const due = relativeDue(task.dueAt, w.now);
                  return (
                    <li key={task.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        <Badge tone={task.kind === "URGENT_RESPONSE" ? "bad" : "info"}>{task.kind === "URGENT_RESPONSE" ? "Urgent" : "Follow-up"}</Badge>{" "}
                        {task.title}
                      </span>
                      <span className={`text-sm ${due.overdue ? "font-semibold text-rose-700" : "text-slate-700"}`}>{due.label}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
          <Card
            title="My target list"
            id="targets"
            action={
              <span className="text-sm text-slate-700">
                Applied <strong>{w.applied}</strong> / {policy.maxApplications}
              </span>
            }
          >
            {!listSizeOk && (
              <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900">
                You have {w.targets.length} programs on your list; aim for {policy.targetListMin}–{policy.targetListMax} realistic programs.
              </p>
            )}
            <ol className="divide-y divide-slate-100">
              {w.targets.map((t) => (
                <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <span className="mr-2 text-sm text-slate-500">{t.rank}.</span>
                    <span className="font-medium">{t.program.name}</span>
                    <span className="block pl-6 text-xs text-slate-600">
                      {t.program.specialty} · {t.program.city}, {t.program.state} · {t.program.nrmpCode}
                    </span>
                  </span>
                  <span className="flex gap-1">
                    {t.priority === "FACULTY" && <Badge tone="info">Faculty will call</Badge>}
                    {t.appliedAt ? <Badge tone="good">Applied</Badge> : <Badge>Not applied</Badge>}
                    {t.touches > 0 && <Badge>{t.touches === 1 ? "1 touch" : `${t.touches} touches`}</Badge>}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <aside className="space-y-4">
          <Card title="My strategy" id="strategy">
            <p className="font-medium">{strategy.title}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {strategy.advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Card>
          <Card title="My advocates" id="advocates">
            {w.advocates.length === 0 ? (
              <p className="text-sm text-slate-600">No advocate assigned yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {w.advocates.map((a) => (
                  <li key={a.name}>
                    <span className="font-medium">{a.name}</span>, {a.title}
                    <span className="block text-slate-600">{a.programs.length > 0 ? `Calling: ${a.programs.join(", ")}` : "No programs claimed yet"}</span>
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
                    {o.program.name}: <Badge tone={o.status === "ACCEPTED" ? "good" : o.status === "REJECTED" ? "neutral" : "warn"}>{o.status.toLowerCase()}</Badge>
                    <span className="block text-xs text-slate-600">Round {o.round}, {formatInZone(o.offeredAt, school.timeZone)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </aside>
      </main>
    </>
  );
}
