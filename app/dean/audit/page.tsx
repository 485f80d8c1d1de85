import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/core/errors";
import { getAuditLog, type AuditEntryView, type AuditLogView } from "@/lib/server/audit/audit-log-view";
import { describeAuditQueryProblems, fieldLabel, isOverrideAction, type AuditQuery } from "@/lib/domain/audit-query";
import { formatInZone, zoneName } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { DeanMain } from "@/components/dean/dean-main";
import { countOf, EMPTY_MARK, formatNumber } from "@/lib/domain/human-format";
import { ROLE_LABELS } from "@/lib/domain/people-labels";
import { Badge } from "@/components/ui/badge";
import { INPUT_CLASS, LabelledSelect } from "@/components/applicant/form-controls";
import { queryText, type SearchParams } from "@/lib/domain/query-string";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type FormValues = Partial<Record<keyof AuditQuery, string>>;

const FILTER_KEYS = ["who", "applicantId", "programId", "action", "from", "to"] as const;

/** The log for the URL's filters; a hand-edited URL with a bad filter shows why and the whole log. */
async function load(actor: Awaited<ReturnType<typeof requireActor>>, sp: SearchParams) {
  const raw: FormValues = Object.fromEntries([...FILTER_KEYS, "page"].map((key) => [key, queryText(sp[key])]));
  const now = systemClock.now();
  try {
    const view = await getAuditLog(prisma, actor, raw, now);
    return { view, form: queryValues(view.query), problems: [] as string[] };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    const problems = describeAuditQueryProblems(error.fieldErrors ?? { _: [error.message] });
    return { view: await getAuditLog(prisma, actor, {}, now), form: raw, problems };
  }
}

function queryValues(query: AuditQuery): FormValues {
  return Object.fromEntries(FILTER_KEYS.flatMap((key) => (query[key] ? [[key, query[key]]] : [])));
}

/** This page of the log with the current filters kept, so a link can be shared. */
function pageHref(view: AuditLogView, page: number): string {
  const params = new URLSearchParams(queryValues(view.query) as Record<string, string>);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `/dean/audit${search ? `?${search}` : ""}#entries`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("DEAN");
  const { view, form, problems } = await load(actor, await searchParams);
  const firstShown = (view.page - 1) * view.pageSize + 1;
  return (
    <DeanMain>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="max-w-2xl text-sm text-slate-700">
        Every change anyone made in SOAP Desk, and every view of an applicant&apos;s red flags or confidential narrative, newest first: who did it, to which
        applicant and program, what changed, and the written reason for every override. The log is append-only. Times are in {zoneName(view.timeZone)}.
      </p>
      <Card title="Filter" id="filters">
        {problems.length > 0 && (
          <div role="alert" className="mb-3 rounded bg-rose-50 p-2 text-sm text-rose-950">
            <p className="font-medium">These filters could not be used, so the whole log is shown:</p>
            <ul className="list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <FilterForm view={view} form={form} />
      </Card>
      <Card title="Entries" id="entries">
        <p className="mb-2 text-sm text-slate-700" role="status">
          {view.total === 0
            ? "No entries match these filters."
            : `Showing ${formatNumber(firstShown)}–${formatNumber(firstShown + view.entries.length - 1)} of ${countOf(view.total, "entry", "entries")}.`}
        </p>
        {view.entries.length > 0 && (
          <ol className="divide-y divide-slate-100" aria-label="Audit entries, newest first">
            {view.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} timeZone={view.timeZone} />
            ))}
          </ol>
        )}
        {view.pageCount > 1 && <Pagination view={view} />}
      </Card>
    </DeanMain>
  );
}

function FilterForm({ view, form }: { view: AuditLogView; form: FormValues }) {
  const { options } = view;
  const zone = zoneName(view.timeZone);
  return (
    <form method="get" action="/dean/audit" role="search" aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <LabelledSelect
        label="Who"
        name="who"
        className="min-w-0 text-sm"
        anyLabel="Anyone"
        defaultValue={form.who ?? ""}
        options={options.people.map((p) => ({ value: p.id, label: `${p.name} (${ROLE_LABELS[p.role]})` }))}
      />
      <LabelledSelect
        label="Applicant"
        name="applicantId"
        className="min-w-0 text-sm"
        anyLabel="Any applicant"
        defaultValue={form.applicantId ?? ""}
        options={options.applicants.map((a) => ({ value: a.id, label: a.name }))}
      />
      <LabelledSelect
        label="Program"
        name="programId"
        className="min-w-0 text-sm"
        anyLabel="Any program"
        defaultValue={form.programId ?? ""}
        options={options.programs.map((p) => ({ value: p.id, label: `${p.name} (${p.nrmpCode})` }))}
      />
      <LabelledSelect
        label="Action"
        name="action"
        className="min-w-0 text-sm"
        anyLabel="Any action"
        defaultValue={form.action ?? ""}
        options={options.actions}
      />
      <label className="min-w-0 text-sm">
        <span className="mb-1 block font-medium">From ({zone})</span>
        <input type="datetime-local" name="from" defaultValue={form.from ?? ""} className={INPUT_CLASS} />
      </label>
      <label className="min-w-0 text-sm">
        <span className="mb-1 block font-medium">To ({zone})</span>
        <input type="datetime-local" name="to" defaultValue={form.to ?? ""} className={INPUT_CLASS} />
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-900">
          Filter
        </button>
        <Link href="/dean/audit" className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100">
          Clear
        </Link>
      </div>
    </form>
  );
}

function Entry({ entry, timeZone }: { entry: AuditEntryView; timeZone: string }) {
  const override = isOverrideAction(entry.action);
  return (
    <li className="min-w-0 space-y-1 py-3 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold">{entry.actionLabel}</span>
        {override && <Badge tone="warn">Override</Badge>}
        <time dateTime={entry.at.toISOString()} className="text-slate-600">
          {formatInZone(entry.at, timeZone)}
        </time>
      </p>
      <p className="break-words text-slate-700">
        By {entry.actor ? `${entry.actor.name} (${ROLE_LABELS[entry.actor.role]})` : "the system"}
        {entry.applicant && ` · Applicant: ${entry.applicant.name}`}
        {entry.program && ` · Program: ${entry.program.name}`}
      </p>
      {entry.reason &&
        (override ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
            <strong>Reason for the override:</strong> <span className="break-words">{entry.reason}</span>
          </p>
        ) : (
          <p className="break-words text-slate-700">
            <span className="font-medium">Reason:</span> {entry.reason}
          </p>
        ))}
      {entry.changes.length > 0 && (
        <details className="rounded-md bg-slate-50 px-2 py-1">
          <summary className="min-h-8 cursor-pointer py-1 text-slate-800">Before and after ({countOf(entry.changes.length, "field")})</summary>
          <dl className="space-y-1 pb-1">
            {entry.changes.map((change) => (
              <div key={change.field} className="min-w-0">
                <dt className="font-medium text-slate-800">{fieldLabel(change.field)}</dt>
                <dd className="text-slate-700 wrap-anywhere">
                  <span className={change.before === null ? "text-slate-600" : "line-through decoration-slate-400"}>{change.before ?? EMPTY_MARK}</span>
                  <span aria-hidden="true"> → </span>
                  <span className="sr-only"> changed to </span>
                  <span className={change.after === null ? "text-slate-600" : "font-medium text-slate-900"}>{change.after ?? EMPTY_MARK}</span>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

/** Page numbers near the current one, with the first and last; null marks a gap. */
function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - (wanted[i - 1] ?? n) > 1 ? [null, n] : [n]));
}

function Pagination({ view }: { view: AuditLogView }) {
  const { page, pageCount } = view;
  const box = "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border px-3";
  const linkClass = `${box} border-slate-300 hover:bg-slate-100`;
  const currentClass = `${box} border-brand-700 bg-brand-700 font-semibold text-white`;
  const disabledClass = `${box} border-slate-200 text-slate-600`;
  return (
    <nav aria-label="Audit log pages" className="mt-4 space-y-2 text-sm">
      <p className="text-slate-700">
        Page {formatNumber(page)} of {formatNumber(pageCount)}
      </p>
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={pageHref(view, page - 1)} rel="prev" className={linkClass}>
              Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              Previous
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={pageHref(view, n)}
                aria-current={n === page ? "page" : undefined}
                aria-label={`Page ${n}`}
                className={n === page ? currentClass : linkClass}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={pageHref(view, page + 1)} rel="next" className={linkClass}>
              Next
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              Next
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
