// A table wider than a phone: it scrolls sideways inside a region that a keyboard can reach and a
// screen reader can name, with plain column headings. The rows are the caller's. (A table whose
// rows should become cards on a phone is a ResponsiveTable.)
import type { ReactNode } from "react";
import { cn } from "./cn";

export function ScrollTable({ label, columns, minWidth, children }: { label: string; columns: ReactNode[]; minWidth: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-xl border border-border bg-surface">
      <table className={cn("w-full text-left text-sm", minWidth)}>
        <thead className="border-b border-border bg-muted/60 text-xs font-semibold text-ink-muted">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-2 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}
