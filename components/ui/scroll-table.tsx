// A table wider than a phone: it scrolls sideways inside a region that a keyboard can reach and a
// screen reader can name, with plain column headings. The rows are the caller's.
import type { ReactNode } from "react";

export function ScrollTable({ label, columns, minWidth, children }: { label: string; columns: ReactNode[]; minWidth: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md focus:outline-2 focus:outline-brand-600">
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="px-2 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
