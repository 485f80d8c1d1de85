// The dashboard's filters: each applies as it changes (ApplyAsYouChange), and the view they make
// is a link that can be shared. Without JavaScript they are a plain GET form with an Apply button.
import Link from "next/link";
import { ALERT_CODES, ALERT_LABELS } from "@/lib/domain/alerts";
import { STRATEGY_KINDS, STRATEGY_LABELS, type DashboardQuery } from "@/lib/domain/dashboard/table";
import { INPUT_CLASS, LabelledSelect } from "@/components/applicant/form-controls";
import { ApplyAsYouChange } from "./apply-as-you-change";

export function DashboardFilters({ query, options }: { query: DashboardQuery; options: { specialties: string[]; advocates: { id: string; name: string }[] } }) {
  return (
    <ApplyAsYouChange action="/dean" label="Filter applicants" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir && <input type="hidden" name="dir" value={query.dir} />}
      <label className="text-sm">
        <span className="mb-1 block font-medium">Search name, specialty or advocate</span>
        <input type="search" name="q" defaultValue={query.q} maxLength={100} className={INPUT_CLASS} />
      </label>
      <LabelledSelect
        label="Alert"
        name="alert"
        anyLabel="Any"
        defaultValue={query.alert ?? ""}
        options={ALERT_CODES.map((c) => ({ value: c, label: ALERT_LABELS[c] }))}
      />
      <LabelledSelect
        label="Strategy type"
        name="strategy"
        anyLabel="Any"
        defaultValue={query.strategy ?? ""}
        options={STRATEGY_KINDS.map((k) => ({ value: k, label: STRATEGY_LABELS[k] }))}
      />
      <LabelledSelect
        label="Advocate"
        name="advocate"
        anyLabel="Any"
        defaultValue={query.advocate ?? ""}
        options={options.advocates.map((a) => ({ value: a.id, label: a.name }))}
      />
      <LabelledSelect
        label="Specialty"
        name="specialty"
        anyLabel="Any"
        defaultValue={query.specialty ?? ""}
        options={options.specialties.map((s) => ({ value: s, label: s }))}
      />
      <LabelledSelect
        label="Offer accepted"
        name="accepted"
        anyLabel="Either"
        defaultValue={query.accepted ?? ""}
        options={[
          { value: "no", label: "Still searching" },
          { value: "yes", label: "Accepted" },
        ]}
      />
      <label className="flex min-h-10 items-center gap-2 self-end text-sm">
        <input type="checkbox" name="noAdvocate" value="1" defaultChecked={query.noAdvocate === "1"} className="h-5 w-5" /> No advocate yet
      </label>
      <div className="flex items-end gap-2">
        <noscript>
          <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-900">
            Apply filters
          </button>
        </noscript>
        <Link href="/dean" className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100">
          Clear filters
        </Link>
      </div>
    </ApplyAsYouChange>
  );
}
