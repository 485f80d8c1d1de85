import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/core/errors";
import { getListView } from "@/lib/server/target-list/list-view";
import { searchCatalog } from "@/lib/server/target-list/search-catalog";
import { Card } from "@/components/ui/card";
import { PageShell } from "@/components/applicant/page-shell";
import { TargetList } from "@/components/applicant/target-list";
import { CatalogSearch, SETTING_LABELS } from "@/components/applicant/catalog-search";
import { AddToListButton } from "@/components/applicant/add-to-list-button";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { targetListSizeStatus } from "@/lib/domain/rules/target-list";

export const metadata: Metadata = { title: "Target list and catalog" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function catalogFor(actor: Awaited<ReturnType<typeof requireActor>>, sp: Search) {
  const raw = {
    q: first(sp.q),
    specialty: first(sp.specialty),
    state: first(sp.state),
    positionType: first(sp.positionType) ?? "",
    setting: first(sp.setting) ?? "",
  };
  try {
    return { ...(await searchCatalog(prisma, actor, raw)), error: null };
  } catch (error) {
    // A hand-edited URL with a bad filter shows the message and the unfiltered catalog.
    if (error instanceof AppError && error.code === "INVALID_INPUT") return { ...(await searchCatalog(prisma, actor, {})), error: error.message };
    throw error;
  }
}

export default async function ListPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor("APPLICANT");
  const sp = await searchParams;
  const [view, catalog] = [await getListView(prisma, actor), await catalogFor(actor, sp)];
  const { policy } = view;
  const size = view.targets.length;
  const sizeOk = targetListSizeStatus(size, policy) === "ok";

  return (
    <PageShell
      title="My target list"
      intro={<p>Rank 15–20 realistic programs in your specialty, with prelim or TY backups if needed. Mark each one applied as soon as it is sent in ERAS.</p>}
    >
      {view.acceptedProgram && (
        <div role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          You accepted the offer from {view.acceptedProgram}. A SOAP acceptance is binding: no further applications or outreach.
        </div>
      )}
      <Card
        title="Ranked list"
        id="ranked"
        action={
          <span className="text-sm text-slate-700">
            Applied <strong>{view.applied}</strong> / {policy.maxApplications}
          </span>
        }
      >
        {!sizeOk && (
          <p className="mb-3 rounded bg-amber-50 p-2 text-sm text-amber-950" role="note">
            {size} program{size === 1 ? "" : "s"} on your list; aim for {policy.targetListMin}–{policy.targetListMax} focused, realistic programs.
          </p>
        )}
        <TargetList
          targets={view.targets.map((t) => ({
            programId: t.programId,
            priority: t.priority,
            appliedAt: t.appliedAt,
            claimedBy: t.claimedBy,
            touches: t.touches,
            program: t.program,
          }))}
        />
      </Card>
      <Card title="Program catalog" id="catalog">
        <p className="mb-3 text-sm text-slate-600">Your school&apos;s List of Unfilled Programs. Confidential to SOAP participants.</p>
        <CatalogSearch query={catalog.query} specialties={catalog.specialties} states={catalog.states} />
        {catalog.error && (
          <p role="alert" className="mt-3 rounded bg-rose-50 p-2 text-sm text-rose-950">
            {catalog.error}
          </p>
        )}
        <p className="mt-4 text-sm text-slate-700" role="status">
          {catalog.total === 0
            ? "No programs match these filters."
            : catalog.total > catalog.programs.length
              ? `Showing ${catalog.programs.length} of ${catalog.total} programs; narrow the filters to see the rest.`
              : `${catalog.total} program${catalog.total === 1 ? "" : "s"}.`}
        </p>
        <ul className="mt-2 divide-y divide-slate-100" aria-label="Catalog results">
          {catalog.programs.map((p) => (
            <li key={p.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
              <div className="min-w-0 flex-1 basis-56">
                <p className="font-medium">{p.name}</p>
                <p className="text-xs text-slate-600">
                  {p.specialty}, {POSITION_LABELS[p.positionType]} · {p.city}, {p.state} · {SETTING_LABELS[p.setting]} · {p.openPositions} open · {p.nrmpCode}
                  {p.prefersEmail ? " · prefers email, no calls" : ""}
                </p>
              </div>
              {p.onList ? (
                <span className="rounded-full bg-emerald-100 px-2 py-1 text-xs font-medium text-emerald-900">On your list</span>
              ) : (
                <AddToListButton programId={p.id} name={p.name} />
              )}
            </li>
          ))}
        </ul>
      </Card>
    </PageShell>
  );
}
