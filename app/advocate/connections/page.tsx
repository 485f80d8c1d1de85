import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getMyConnections } from "@/lib/server/advocacy/my-connections";
import { PageShell } from "@/components/applicant/page-shell";
import { Card } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { AddConnectionForm, ConnectionRow } from "@/components/advocacy/connection-forms";
import { queryText, type SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "My connections" };
export const dynamic = "force-dynamic";

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("ADVOCATE");
  const q = queryText((await searchParams).q) ?? "";
  let view;
  let searchError: string | null = null;
  try {
    view = await getMyConnections(prisma, actor, { q });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    searchError = error.message;
    view = await getMyConnections(prisma, actor, { q: "" });
  }
  const byProgram = new Map<string, { name: string; place: string; items: typeof view.connections }>();
  for (const c of view.connections) {
    const entry = byProgram.get(c.program.id) ?? { name: c.program.name, place: `${c.program.city}, ${c.program.state}`, items: [] };
    entry.items.push(c);
    byProgram.set(c.program.id, entry);
  }
  return (
    <PageShell
      title="My connections"
      intro={
        <p className="text-sm">
          A claim needs a real connection to the program. Record yours here: trained with the PD, former residents there, a pipeline, worked there, alumni.
        </p>
      }
    >
      <Card title={`Recorded (${view.connections.length})`} id="recorded">
        {byProgram.size === 0 ? (
          <p className="text-sm text-slate-600">None yet. Find a program below and record how you know it.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {[...byProgram.entries()].map(([programId, p]) => (
              <li key={programId} className="space-y-2 py-3">
                <p className="font-medium">
                  {p.name} <span className="text-xs font-normal text-slate-600">{p.place}</span>
                </p>
                {p.items.map((c) => (
                  <ConnectionRow key={c.id} connectionId={c.id} programName={p.name} kind={c.kind} note={c.note} />
                ))}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Find a program" id="find">
        <p className="mb-2 text-sm text-slate-700">
          The list of unfilled programs is confidential: you can search the programs on your applicants&apos; lists and those you are connected to.
        </p>
        <form role="search" className="flex flex-wrap items-end gap-2" action="/advocate/connections">
          <label className="min-w-48 flex-1 text-sm">
            <span className="mb-1 block font-medium">Name, NRMP code, city or specialty</span>
            <input name="q" type="search" defaultValue={view.q} maxLength={100} className={INPUT_CLASS} />
          </label>
          <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 text-sm font-medium text-brand-700 hover:bg-brand-50">
            Search
          </button>
        </form>
        {searchError && (
          <p role="alert" className="mt-2 text-sm text-rose-800">
            {searchError}
          </p>
        )}
        <ul className="mt-3 divide-y divide-slate-100">
          {view.programs.length === 0 && <li className="py-2 text-sm text-slate-600">No program matches.</li>}
          {view.programs.map((p) => (
            <li key={p.id} className="space-y-2 py-3">
              <p className="font-medium">
                {p.name}{" "}
                <span className="text-xs font-normal text-slate-600">
                  {p.specialty} · {p.city}, {p.state} · NRMP {p.nrmpCode}
                </span>
              </p>
              <AddConnectionForm programId={p.id} programName={p.name} />
            </li>
          ))}
        </ul>
        {view.more && <p className="mt-2 text-sm text-slate-600">More programs match: narrow the search to see them.</p>}
      </Card>
    </PageShell>
  );
}
