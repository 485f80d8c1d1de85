// The catalog's filters as a plain GET form: works without JavaScript, and the URL can be shared
// or bookmarked. The server runs the query, scoped to the school.
import type { CatalogQuery } from "@/lib/domain/applicant/schemas";
import { POSITION_TYPES, PROGRAM_SETTINGS } from "@/lib/domain/types";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";

export const SETTING_LABELS = { UNIVERSITY: "University / academic", COMMUNITY_ACADEMIC: "Community-based academic", COMMUNITY: "Community" } as const;

const input = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function CatalogSearch({ query, specialties, states }: { query: CatalogQuery; specialties: string[]; states: string[] }) {
  return (
    <form method="get" action="/applicant/list#catalog" role="search" aria-label="Program catalog" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <label className="text-sm lg:col-span-2">
        <span className="mb-1 block font-medium">Name, city or NRMP code</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} className={input} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Specialty</span>
        <select name="specialty" defaultValue={query.specialty ?? ""} className={input}>
          <option value="">Any</option>
          {specialties.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">State</span>
        <select name="state" defaultValue={query.state ?? ""} className={input}>
          <option value="">Any</option>
          {states.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Position type</span>
        <select name="positionType" defaultValue={query.positionType ?? ""} className={input}>
          <option value="">Any</option>
          {POSITION_TYPES.map((p) => (
            <option key={p} value={p}>
              {p}: {POSITION_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Setting</span>
        <select name="setting" defaultValue={query.setting ?? ""} className={input}>
          <option value="">Any</option>
          {PROGRAM_SETTINGS.map((s) => (
            <option key={s} value={s}>
              {SETTING_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="min-h-10 rounded-md bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white hover:bg-slate-700">
          Search
        </button>
        <a href="/applicant/list#catalog" className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100">
          Clear filters
        </a>
      </div>
    </form>
  );
}
