// The catalog's starting filter, its pages and its links. A frightened applicant opening the
// catalog sees their own specialty and the backups the playbook recommends (Transitional Year and
// preliminary PGY-1 positions) instead of every program of the school; every link is a plain URL,
// so paging and "Show every specialty" work without JavaScript.
import type { PositionType } from "../types";
import type { CatalogQuery } from "./schemas";

export const CATALOG_PAGE_SIZE = 50;
/** The backups beside a specialty: the Transitional Year (a specialty of its own) and preliminary positions. */
export const TRANSITIONAL_YEAR = "Transitional Year";
export const BACKUP_POSITION_TYPE: PositionType = "P";

const CATALOG_PATH = "/applicant/list";

/** The catalog's own spelling of a specialty typed on a profile ("internal medicine" -> "Internal Medicine"). */
export function catalogSpelling(specialty: string, specialties: readonly string[]): string {
  const wanted = specialty.trim().toLowerCase();
  return specialties.find((s) => s.trim().toLowerCase() === wanted) ?? specialty.trim();
}

/** Before any filter is chosen, an applicant starts from their own specialty and its backups. */
export function withStartingFilter(query: CatalogQuery, ownSpecialty: string | null, specialties: readonly string[]): CatalogQuery {
  if (query.filtersChosen || !ownSpecialty?.trim()) return query;
  return { ...query, specialty: catalogSpelling(ownSpecialty, specialties), backups: true };
}

/** Whether a program is one of the backups shown beside a specialty. */
export function isBackup(program: { specialty: string; positionType: PositionType }): boolean {
  return program.positionType === BACKUP_POSITION_TYPE || program.specialty.trim().toLowerCase() === TRANSITIONAL_YEAR.toLowerCase();
}

export function catalogPageCount(total: number, pageSize = CATALOG_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The page to show: the one asked for, or the last one when the results got shorter. */
export function clampPage(page: number, total: number, pageSize = CATALOG_PAGE_SIZE): number {
  return Math.min(Math.max(1, Math.floor(page)), catalogPageCount(total, pageSize));
}

/** "Showing Internal Medicine and its preliminary/transitional-year backups.", when the filter says so. */
export function backupsNotice(query: Pick<CatalogQuery, "specialty" | "backups">): string | null {
  if (!query.specialty || !query.backups) return null;
  return `Showing ${query.specialty} and its preliminary/transitional-year backups.`;
}

/** The filters a link names; only `filtersChosen` is required ("not chosen yet" links name just a page). */
export type CatalogLinkQuery = Partial<Omit<CatalogQuery, "filtersChosen">> & Pick<CatalogQuery, "filtersChosen">;

/**
 * A link to one page of the catalog with the same filters. The starting filter stays implicit (only
 * the page is named), so it follows the profile; chosen filters are all named, an empty specialty
 * included, because an empty key means "any" where a missing one means "not chosen yet".
 */
export function catalogHref(query: CatalogLinkQuery, page = 1): string {
  const params = new URLSearchParams();
  if (query.filtersChosen) {
    if (query.q) params.set("q", query.q);
    params.set("specialty", query.specialty ?? "");
    if (query.state) params.set("state", query.state);
    if (query.positionType) params.set("positionType", query.positionType);
    if (query.setting) params.set("setting", query.setting);
    if (query.backups && query.specialty) params.set("backups", "1");
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return `${CATALOG_PATH}${search ? `?${search}` : ""}#catalog`;
}

/** "Show every specialty": the same search with no specialty (and so no backups), from page 1. */
export function everySpecialtyHref(query: CatalogLinkQuery): string {
  return catalogHref({ ...query, filtersChosen: true, specialty: undefined, backups: false });
}
