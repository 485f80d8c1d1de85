import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { AppError } from "@/lib/server/core/errors";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getMyConnections } from "@/lib/server/advocacy/my-connections";
import { PageShell } from "@/components/applicant/page-shell";
import { Card } from "@/components/ui/card";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { ProgramPicker, RecordedProgramRow, type FoundProgram, type RecordedProgram } from "@/components/advocacy/connection-picker";
import { Button } from "@/components/ui/button";
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
  const recorded = new Map<string, RecordedProgram>();
  for (const c of view.connections) {
    const entry = recorded.get(c.program.id) ?? {
      programId: c.program.id,
      name: c.program.name,
      place: `${c.program.city}, ${c.program.state}`,
      connections: [],
    };
    entry.connections.push({ id: c.id, kind: c.kind, note: c.note });
    recorded.set(c.program.id, entry);
  }
  const found: FoundProgram[] = view.programs.map((p) => ({
    id: p.id,
    name: p.name,
    detail: `${p.specialty} · ${p.city}, ${p.state} · NRMP ${p.nrmpCode}`,
    recorded: recorded.has(p.id),
  }));
  return (
    <PageShell
      title="My connections"
      intro={
        <p className="text-sm">
          A claim needs a real connection to the program. Record yours here: trained with the PD, former residents there, a pipeline, worked there, alumni.
        </p>
      }
    >
      <Card title={`Recorded (${recorded.size})`} id="recorded">
        {recorded.size === 0 ? (
          <p className="text-sm text-ink-muted">None yet. Find a program below, pick it and say how you know it.</p>
        ) : (
          <ul className="divide-y divide-border">
            {[...recorded.values()].map((p) => (
              <RecordedProgramRow key={p.programId} program={p} />
            ))}
          </ul>
        )}
      </Card>
      <Card title="Find a program" id="find">
        <p className="mb-2 text-sm text-ink-muted">
          The list of unfilled programs is confidential: you can search the programs on your applicants&apos; lists and those you are connected to.
        </p>
        <form role="search" className="flex flex-wrap items-end gap-2" action="/advocate/connections">
          <label className="min-w-48 flex-1 text-sm">
            <span className="mb-1 block font-medium">Name, NRMP code, city or specialty</span>
            <input name="q" type="search" defaultValue={view.q} maxLength={100} className={INPUT_CLASS} />
          </label>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
        {searchError && (
          <p role="alert" className="mt-2 text-sm text-danger">
            {searchError}
          </p>
        )}
        <div className="mt-3">
          {found.length === 0 ? <p className="py-2 text-sm text-ink-muted">No program matches.</p> : <ProgramPicker programs={found} />}
        </div>
        {view.more && <p className="mt-2 text-sm text-ink-muted">More programs match: narrow the search to see them.</p>}
      </Card>
    </PageShell>
  );
}
