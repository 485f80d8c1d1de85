// The catalog's filters as a plain GET form: works without JavaScript, and the URL can be shared
// or bookmarked. The server runs the query, scoped to the school. It opens on the applicant's
// specialty with its prelim/TY backups ticked, so searching again keeps that starting filter.
import Link from "next/link";
import { CATALOG_TEXT_MAX, type CatalogQuery } from "@/lib/domain/applicant/schemas";
import { catalogHref } from "@/lib/domain/applicant/catalog-query";
import { POSITION_TYPES, PROGRAM_SETTINGS } from "@/lib/domain/types";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { INPUT_CLASS, LabelledSelect } from "./form-controls";
import { buttonVariants } from "@/components/ui/button";

export const SETTING_LABELS = { UNIVERSITY: "University / academic", COMMUNITY_ACADEMIC: "Community-based academic", COMMUNITY: "Community" } as const;

export function CatalogSearch({ query, specialties, states }: { query: CatalogQuery; specialties: string[]; states: string[] }) {
  return (
    <form method="get" action="/applicant/list#catalog" role="search" aria-label="Program catalog" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6">
      <label className="text-sm lg:col-span-2">
        <span className="mb-1 block font-medium">Name, city or NRMP code</span>
        <input type="search" name="q" defaultValue={query.q ?? ""} maxLength={CATALOG_TEXT_MAX} className={INPUT_CLASS} />
      </label>
      <LabelledSelect
        label="Specialty"
        name="specialty"
        anyLabel="Any"
        defaultValue={query.specialty ?? ""}
        options={specialties.map((s) => ({ value: s, label: s }))}
      />
      <LabelledSelect label="State" name="state" anyLabel="Any" defaultValue={query.state ?? ""} options={states.map((s) => ({ value: s, label: s }))} />
      <LabelledSelect
        label="Position type"
        name="positionType"
        anyLabel="Any"
        defaultValue={query.positionType ?? ""}
        options={POSITION_TYPES.map((p) => ({ value: p, label: `${p}: ${POSITION_LABELS[p]}` }))}
      />
      <LabelledSelect
        label="Setting"
        name="setting"
        anyLabel="Any"
        defaultValue={query.setting ?? ""}
        options={PROGRAM_SETTINGS.map((s) => ({ value: s, label: SETTING_LABELS[s] }))}
      />
      <label className="flex min-h-10 items-center gap-2 text-sm sm:col-span-2 lg:col-span-6">
        <input type="checkbox" name="backups" value="1" defaultChecked={query.backups} className="h-5 w-5 shrink-0 accent-brand-700" />
        <span>Include prelim/TY backups with the specialty (Transitional Year and preliminary positions)</span>
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonVariants({ variant: "primary" })}>
          Search
        </button>
        <Link href={catalogHref({ filtersChosen: false })} className={buttonVariants({ variant: "secondary" })}>
          Reset filters
        </Link>
      </div>
    </form>
  );
}
