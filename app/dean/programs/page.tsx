import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getProgramOverview } from "@/lib/server/programs/program-view";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataList, EmptyMark, TitleCell } from "@/components/ui/data-list";
import { DeanMain } from "@/components/dean/dean-main";
import { formatNumber } from "@/lib/domain/human-format";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { queryText, type SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "Programs" };
export const dynamic = "force-dynamic";

function href(query: { q?: string; heard?: string }, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.heard) params.set("heard", query.heard);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/dean/programs?${text}` : "/dean/programs";
}

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("DEAN");
  const params = await searchParams;
  const view = await getProgramOverview(prisma, actor, {
    q: queryText(params.q) || undefined,
    heard: queryText(params.heard) || undefined,
    page: queryText(params.page) || undefined,
  });
  return (
    <DeanMain>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Programs</h1>
        <Link href="/dean/programs/import" className="text-sm font-medium text-brand-700 underline">
          Import the List of Unfilled Programs
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        Which of your applicants each program has heard from, and from whom. A program is saturated when your faculty have contacted it for more than{" "}
        {view.saturationAbove} of your applicants: every further call costs the others.
      </p>
      <Card title="Find a program" id="find">
        <form role="search" aria-label="Programs" action="/dean/programs" className="flex flex-wrap items-end gap-3">
          <label className="min-w-0 flex-1 basis-56 text-sm">
            <span className="mb-1 block font-medium">Name, NRMP code, city or specialty</span>
            <input type="search" name="q" defaultValue={view.query.q} maxLength={100} className={INPUT_CLASS} />
          </label>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" name="heard" value="1" defaultChecked={view.query.heard === "1"} className="h-5 w-5" /> Only programs we have been in touch
            with
          </label>
          <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-900">
            Search
          </button>
        </form>
      </Card>
      <Card title={`Programs (${formatNumber(view.total)})`} id="programs">
        <DataList
          empty={<>No program matches.</>}
          label="Programs"
          minWidth="sm:min-w-[48rem]"
          rows={view.programs}
          rowKey={(p) => p.id}
          columns={[
            {
              label: "Program",
              className: "sm:max-w-64",
              cell: (p) => <TitleCell href={`/dean/programs/${p.id}`} title={p.name} detail={`${p.nrmpCode} · ${p.city}, ${p.state}`} />,
            },
            { label: "On lists", cell: (p) => formatNumber(p.targeted) },
            { label: "Applied", cell: (p) => formatNumber(p.applied) },
            { label: "Emailed by applicants", cell: (p) => formatNumber(p.emailed) },
            {
              label: "Faculty contacted for",
              cell: (p) => (
                <>
                  {formatNumber(p.faculty)} {p.saturated && <Badge tone="warn">Saturated</Badge>}
                </>
              ),
            },
            { label: "Reached out to us", cell: (p) => formatNumber(p.inbound) },
            { label: "Last touch", cell: (p) => (p.lastTouch ? formatInZone(p.lastTouch, view.timeZone) : <EmptyMark />), className: "sm:whitespace-nowrap" },
          ]}
        />
        {view.pages > 1 && (
          <nav aria-label="Pages" className="mt-3 flex items-center justify-between text-sm">
            {view.page > 1 ? (
              <Link href={href(view.query, view.page - 1)} className="text-brand-700 underline">
                Previous page
              </Link>
            ) : (
              <span />
            )}
            <span>
              Page {view.page} of {view.pages}
            </span>
            {view.page < view.pages ? (
              <Link href={href(view.query, view.page + 1)} className="text-brand-700 underline">
                Next page
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Card>
    </DeanMain>
  );
}
