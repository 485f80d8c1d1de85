import type { Metadata } from "next";
import Link from "next/link";
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
import { ListTabs } from "@/components/applicant/list-tabs";
import { AppliedCount, ListSizeNote } from "@/components/applicant/list-size";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { targetListSizeStatus } from "@/lib/domain/rules/target-list";
import { CATALOG_FILTER_KEYS } from "@/lib/domain/applicant/schemas";
import { backupsNotice, catalogHref, everySpecialtyHref, isBackup } from "@/lib/domain/applicant/catalog-query";
import { queryText, type SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "Target list and catalog" };
export const dynamic = "force-dynamic";

type Catalog = Awaited<ReturnType<typeof searchCatalog>>;

async function catalogFor(actor: Awaited<ReturnType<typeof requireActor>>, sp: SearchParams) {
  // Absent keys stay absent: no filter in the URL means "not chosen yet", an empty one means "any".
  const raw = Object.fromEntries([...CATALOG_FILTER_KEYS, "page"].map((key) => [key, queryText(sp[key])]));
  try {
    return { ...(await searchCatalog(prisma, actor, raw)), error: null };
  } catch (error) {
    // A hand-edited URL with a bad filter shows the message and the catalog as it first opens.
    if (error instanceof AppError && error.code === "INVALID_INPUT") return { ...(await searchCatalog(prisma, actor, {})), error: error.message };
    throw error;
  }
}

export default async function ListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("APPLICANT");
  const sp = await searchParams;
  const [view, catalog] = [await getListView(prisma, actor), await catalogFor(actor, sp)];
  const { policy, accepted } = view;
  const size = view.targets.length;
  const sizeOk = targetListSizeStatus(size, policy) === "ok";

  // The catalog opens first when a search asked for it, or when there is nothing on the list yet.
  const catalogAsked = [...CATALOG_FILTER_KEYS, "page"].some((key) => sp[key] !== undefined) || (size === 0 && !accepted);

  return (
    <PageShell
      title="My target list"
      intro={
        accepted ? (
          <p>Your list as it stood when you accepted your offer. Nothing on it needs anything from you now.</p>
        ) : (
          <p>Rank 15–20 realistic programs, with prelim or TY backups if needed. Mark each one applied as soon as it is sent in ERAS, then email it.</p>
        )
      }
    >
      {view.acceptedProgram && (
        <div role="status" className="rounded-lg border border-emerald-300 bg-success-soft p-3 text-emerald-950">
          You accepted the offer from {view.acceptedProgram}. A SOAP acceptance is binding: no further applications or outreach.
        </div>
      )}
      <ListTabs
        initial={catalogAsked ? "catalog" : "ranked"}
        count={size}
        list={
          <Card title="Ranked list" id="ranked" action={<AppliedCount applied={view.applied} policy={policy} />}>
            {!sizeOk && !accepted && <ListSizeNote size={size} policy={policy} />}
            <TargetList
              readOnly={accepted}
              timeZone={view.timeZone}
              targets={view.targets.map((t) => ({
                programId: t.programId,
                priority: t.priority,
                appliedAt: t.appliedAt,
                emailed: t.emailed,
                claimedBy: t.claimedBy,
                touches: t.touches,
                advocateContact: t.advocateContact,
                program: t.program,
              }))}
            />
          </Card>
        }
        catalog={
          <Card title="Program catalog" id="catalog">
            <p className="mb-3 text-sm text-ink-muted">Your school&apos;s List of Unfilled Programs. Confidential to SOAP participants.</p>
            <CatalogSearch query={catalog.query} specialties={catalog.specialties} states={catalog.states} />
            {catalog.error && (
              <p role="alert" className="mt-3 rounded bg-danger-soft p-2 text-sm text-rose-950">
                {catalog.error}
              </p>
            )}
            {accepted && (
              <p role="note" className="mt-3 rounded bg-success-soft p-2 text-sm text-emerald-950">
                Your acceptance is binding, so no programs can be added to your list.
              </p>
            )}
            <CatalogResults catalog={catalog} accepted={accepted} />
          </Card>
        }
      />
    </PageShell>
  );
}

function CatalogResults({ catalog, accepted }: { catalog: Catalog; accepted: boolean }) {
  const { query, total, page, pageCount, pageSize } = catalog;
  const notice = backupsNotice(query);
  const from = (page - 1) * pageSize + 1;
  const to = from + catalog.programs.length - 1;
  return (
    <>
      {notice && (
        <p role="note" className="mt-4 rounded bg-sky-50 p-2 text-sm text-sky-950">
          {notice}{" "}
          <Link href={everySpecialtyHref(query)} className="font-medium underline">
            Show every specialty
          </Link>
        </p>
      )}
      <p className="mt-4 text-sm text-slate-700" role="status">
        {total === 0
          ? "No programs match these filters."
          : pageCount > 1
            ? `Programs ${from}–${to} of ${total}.`
            : `${total} program${total === 1 ? "" : "s"}.`}
      </p>
      <ul className="mt-2 divide-y divide-slate-100" aria-label="Catalog results">
        {catalog.programs.map((p) => (
          <li key={p.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
            <div className="min-w-0 flex-1 basis-56">
              <p className="font-medium">
                {p.name}
                {notice && isBackup(p) && p.specialty !== query.specialty && (
                  <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">Prelim/TY backup</span>
                )}
              </p>
              <p className="text-xs text-slate-600">
                {p.specialty}, {POSITION_LABELS[p.positionType]} · {p.city}, {p.state} · {SETTING_LABELS[p.setting]} · {p.openPositions} open · {p.nrmpCode}
                {p.prefersEmail ? " · prefers email, no calls" : ""}
              </p>
            </div>
            {p.onList ? (
              <span className="rounded-full bg-emerald-100 px-2 py-1 text-xs font-medium text-emerald-900">On your list</span>
            ) : (
              !accepted && <AddToListButton programId={p.id} name={p.name} />
            )}
          </li>
        ))}
      </ul>
      {pageCount > 1 && <CatalogPager catalog={catalog} />}
    </>
  );
}

/** Previous / Next with the filters kept: plain links, so paging works without JavaScript. */
function CatalogPager({ catalog }: { catalog: Catalog }) {
  const { query, page, pageCount } = catalog;
  const box = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3";
  const linkClass = `${box} border-slate-300 hover:bg-slate-100`;
  const disabledClass = `${box} border-slate-200 text-slate-600`;
  return (
    <nav aria-label="Catalog pages" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={catalogHref(query, page - 1)} rel="prev" className={linkClass}>
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          Previous
        </span>
      )}
      <span className="px-1 text-slate-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={catalogHref(query, page + 1)} rel="next" className={linkClass}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClass}>
          Next
        </span>
      )}
    </nav>
  );
}
