// A table on a laptop, a list of cards on a phone. One markup at both sizes (the words exist once,
// and the explicit roles keep it a table for a screen reader even when the cells are restyled as
// cards): below the small breakpoint each row becomes a card, its first column the card's title,
// every other value with its column's name beside it. Wider tables scroll sideways on a laptop.
import type { ReactNode } from "react";
import Link from "next/link";
import { EMPTY_MARK, EMPTY_SPOKEN } from "@/lib/domain/human-format";
import { cn } from "./cn";

export interface DataColumn<Row> {
  /** The column's name: its heading, and the label of its value on a card. */
  label: string;
  /** What the heading shows instead of the label (a sort link, say). */
  header?: ReactNode;
  /** aria-sort of the heading, for a sorted column. */
  sort?: "ascending" | "descending";
  cell: (row: Row) => ReactNode;
  /** On a card: a value in the two-column grid (default), the full width, or left out. */
  card?: "cell" | "wide" | "hidden";
  className?: string;
}

/** The one marker of an empty value, read aloud as "none". */
export function EmptyMark() {
  return (
    <span className="text-ink-muted">
      <span aria-hidden="true">{EMPTY_MARK}</span>
      <span className="sr-only">{EMPTY_SPOKEN}</span>
    </span>
  );
}

/** A row's name as the first column shows it: a link (or plain text) with a quiet line beneath. */
export function TitleCell({ href, title, detail }: { href?: string; title: ReactNode; detail?: ReactNode }) {
  return (
    <>
      {href ? (
        <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">
          {title}
        </Link>
      ) : (
        title
      )}
      {detail && <span className="block break-words text-xs font-normal text-slate-600">{detail}</span>}
    </>
  );
}

const CARD_SPAN = { cell: "", wide: "max-sm:col-span-full", hidden: "max-sm:hidden" } as const;
const CARD_GRID = { 2: "max-sm:grid-cols-2", 3: "max-sm:grid-cols-3" } as const;

export function DataList<Row>({
  label,
  columns,
  rows,
  rowKey,
  minWidth = "sm:min-w-[40rem]",
  headerOnCards,
  cardColumns = 2,
  empty,
}: {
  /** Names the list for a screen reader ("Applicants"). */
  label: string;
  /** The first column names the row: the card's title on a phone. */
  columns: [DataColumn<Row>, ...DataColumn<Row>[]];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** The table's least width on a laptop, as a Tailwind class; narrower screens scroll it. */
  minWidth?: string;
  /** Keeps the headings on a phone as a wrapping row (sort links), instead of hiding them. */
  headerOnCards?: boolean;
  /** How many values a card shows side by side. */
  cardColumns?: 2 | 3;
  /** What to say instead of an empty table: why it is empty and what to do. */
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty) return <p className="text-sm text-slate-600">{empty}</p>;
  const [first, ...rest] = columns;
  return (
    <div role="region" aria-label={label} tabIndex={0} className="rounded-md focus:outline-2 focus:outline-primary sm:overflow-x-auto">
      {headerOnCards && (
        <p aria-hidden="true" className="pb-1 text-xs font-medium text-ink-muted sm:hidden">
          Sort by
        </p>
      )}
      <table role="table" className={cn("w-full text-left text-sm max-sm:block", minWidth)}>
        <thead
          role="rowgroup"
          className={cn("border-b border-border text-xs uppercase text-ink-muted", headerOnCards ? "max-sm:block max-sm:border-0" : "max-sm:hidden")}
        >
          <tr role="row" className={cn(headerOnCards && "max-sm:flex max-sm:flex-wrap max-sm:gap-x-3 max-sm:pb-2")}>
            {columns.map((column) => (
              <th key={column.label} role="columnheader" scope="col" aria-sort={column.sort} className="whitespace-nowrap px-2 py-2 max-sm:px-0 max-sm:py-0.5">
                {column.header ?? column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-border tabular-nums max-sm:grid max-sm:gap-3 max-sm:divide-y-0">
          {rows.map((row) => (
            <tr role="row" key={rowKey(row)} className={cn("data-list-row", CARD_GRID[cardColumns])}>
              <th role="rowheader" scope="row" className={cn("data-list-title", first.className)}>
                {first.cell(row)}
              </th>
              {rest.map((column) => (
                // The row, title and cell classes are in app/globals.css.
                <td
                  key={column.label}
                  role="cell"
                  data-label={column.label}
                  className={cn("data-list-cell", CARD_SPAN[column.card ?? "cell"], column.className)}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
