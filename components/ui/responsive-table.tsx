// A table on a laptop, a list of cards on a phone (below the sm breakpoint), from one markup: each
// row becomes a card titled by its row heading, each cell a line "Label  value". Screen readers
// get a real table at every size (explicit roles survive the change of display). Wide tables
// scroll sideways inside a named region a keyboard can reach.
import type { ReactNode } from "react";
import { cn } from "./cn";
import { EmptyState } from "./empty";

export interface Column<Row> {
  key: string;
  /** The column's heading; `label` is the words on a phone's card when the heading is not text. */
  header: ReactNode;
  label?: string;
  cell: (row: Row) => ReactNode;
  /** Numbers line up at the right on a laptop. */
  numeric?: boolean;
  className?: string;
}

const CELL = "px-3 py-2.5 align-top sm:whitespace-nowrap";

export function ResponsiveTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  empty,
  minWidth,
  className,
}: {
  /** Names the table and the region that scrolls it. */
  label: string;
  /** The first column is the row heading (a card's title on a phone). */
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows (say what to do next). */
  empty?: ReactNode;
  /** A laptop's table wider than its page scrolls: e.g. "sm:min-w-[48rem]". */
  minWidth?: string;
  className?: string;
}) {
  if (rows.length === 0 && empty) return typeof empty === "string" ? <EmptyState title={empty} /> : <>{empty}</>;
  const [head, ...rest] = columns;
  if (!head) return null;
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn("sm:overflow-x-auto sm:rounded-xl sm:border sm:border-border sm:bg-surface sm:shadow-sm", className)}
    >
      <table role="table" aria-label={label} className={cn("w-full text-left text-sm max-sm:block", minWidth)}>
        <thead role="rowgroup" className="border-b border-border bg-muted/60 text-xs font-semibold text-ink-muted max-sm:sr-only">
          <tr role="row">
            {columns.map((column) => (
              <th key={column.key} role="columnheader" scope="col" className={cn("px-3 py-2", column.numeric && "sm:text-right")}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-border max-sm:block max-sm:space-y-3 sm:divide-y">
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              role="row"
              className="max-sm:block max-sm:rounded-xl max-sm:border max-sm:border-border max-sm:bg-surface max-sm:p-3 max-sm:shadow-sm sm:hover:bg-muted/40"
            >
              <th
                role="rowheader"
                scope="row"
                className={cn(CELL, "font-medium text-ink max-sm:block max-sm:px-0 max-sm:pt-0 max-sm:text-base", head.className)}
              >
                {head.cell(row)}
              </th>
              {rest.map((column) => (
                <td
                  key={column.key}
                  role="cell"
                  data-label={column.label ?? (typeof column.header === "string" ? column.header : "")}
                  className={cn(
                    CELL,
                    "text-ink max-sm:flex max-sm:items-baseline max-sm:justify-between max-sm:gap-4 max-sm:px-0 max-sm:py-1 max-sm:before:shrink-0 max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]",
                    column.numeric && "tabular-nums sm:text-right",
                    column.className,
                  )}
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
