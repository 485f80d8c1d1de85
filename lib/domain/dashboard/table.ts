// The dashboard's table as the dean's office drives it: filters, search, sort and paging, all
// from the URL's query string (so a view can be shared as a link). Pure.
import { z } from "zod";
import { ALERT_CODES, type DashboardRow } from "../alerts";
import type { StrategyKind } from "../rules/strategy";
import { readSearchParams, type SearchParams } from "../query-string";

export const STRATEGY_KINDS = ["strong", "average", "red-flag", "img"] as const satisfies readonly StrategyKind[];
export const STRATEGY_LABELS: Record<StrategyKind, string> = { strong: "Strong", average: "Average", "red-flag": "Red flag", img: "IMG / newer school" };

export const SORT_COLUMNS = ["name", "targets", "applied", "ownEmails", "faculty", "advocates", "inbound", "interviews", "offers", "alerts"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const PAGE_SIZE = 50;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const dashboardQuery = z.object({
  q: optional(z.string().trim().max(100, { error: "Keep the search under 100 characters." })),
  alert: optional(z.enum(ALERT_CODES, { error: "Unknown alert." })),
  strategy: optional(z.enum(STRATEGY_KINDS, { error: "Unknown strategy type." })),
  advocate: optional(z.string().trim().max(64)),
  specialty: optional(z.string().trim().max(100)),
  noAdvocate: optional(z.literal("1")),
  accepted: optional(z.enum(["yes", "no"])),
  sort: optional(z.enum(SORT_COLUMNS)),
  dir: optional(z.enum(["asc", "desc"])),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});
export type DashboardQuery = z.output<typeof dashboardQuery>;

/** Reads the query string; a value that does not parse is dropped (a stale link still opens). */
export function readDashboardQuery(params: SearchParams): DashboardQuery {
  const flat = readSearchParams(params);
  const query: Record<string, unknown> = {};
  for (const key of Object.keys(dashboardQuery.shape) as (keyof typeof dashboardQuery.shape)[]) {
    const parsed = dashboardQuery.shape[key].safeParse(flat[key]);
    if (parsed.success && parsed.data !== undefined) query[key] = parsed.data;
  }
  return query as DashboardQuery;
}

/** The query string of a view, keeping only what is set. */
export function dashboardHref(query: DashboardQuery, change: Partial<DashboardQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "?";
}

const SORT_VALUE: Record<SortColumn, (r: DashboardRow) => number | string> = {
  name: (r) => r.fullName.toLocaleLowerCase(),
  targets: (r) => r.targets,
  applied: (r) => r.applied,
  ownEmails: (r) => r.ownEmails,
  faculty: (r) => r.facultyPrograms,
  advocates: (r) => r.activeAdvocates,
  inbound: (r) => r.inboundContacts,
  interviews: (r) => r.interviews,
  offers: (r) => (r.accepted ? 1000 : r.pendingOffers),
  // Most pressing first when sorted descending: high-severity alerts weigh more.
  alerts: (r) => r.alerts.reduce((sum, a) => sum + (a.severity === "high" ? 100 : a.severity === "medium" ? 10 : 1), 0),
};

export function filterRows(rows: readonly DashboardRow[], q: DashboardQuery): DashboardRow[] {
  const text = q.q?.toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (!text ||
        r.fullName.toLocaleLowerCase().includes(text) ||
        r.specialty.toLocaleLowerCase().includes(text) ||
        r.advocates.some((a) => a.name.toLocaleLowerCase().includes(text))) &&
      (!q.alert || r.alerts.some((a) => a.code === q.alert)) &&
      (!q.strategy || r.strategy === q.strategy) &&
      (!q.advocate || r.advocates.some((a) => a.advocateId === q.advocate)) &&
      (!q.specialty || r.specialty === q.specialty) &&
      (!q.noAdvocate || r.activeAdvocates === 0) &&
      (!q.accepted || r.accepted === (q.accepted === "yes")),
  );
}

export function sortRows(rows: readonly DashboardRow[], q: DashboardQuery): DashboardRow[] {
  const column = q.sort ?? "alerts";
  const dir = q.dir ?? (column === "name" ? "asc" : "desc");
  const value = SORT_VALUE[column];
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : Number(x) - Number(y);
    // Ties keep a stable, readable order: by name.
    return sign * order || a.fullName.localeCompare(b.fullName);
  });
}

export interface DashboardPage {
  rows: DashboardRow[];
  page: number;
  pages: number;
  total: number;
  sort: SortColumn;
  dir: "asc" | "desc";
}

export function dashboardPage(all: readonly DashboardRow[], q: DashboardQuery): DashboardPage {
  const sorted = sortRows(filterRows(all, q), q);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(q.page ?? 1, pages);
  const sort = q.sort ?? "alerts";
  return {
    rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    page,
    pages,
    total: sorted.length,
    sort,
    dir: q.dir ?? (sort === "name" ? "asc" : "desc"),
  };
}

/** The choices the filters offer, from the school's rows. */
export function filterOptions(rows: readonly DashboardRow[]) {
  const advocates = new Map<string, string>();
  for (const r of rows) for (const a of r.advocates) advocates.set(a.advocateId, a.name);
  return {
    specialties: [...new Set(rows.map((r) => r.specialty))].sort(),
    advocates: [...advocates].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
