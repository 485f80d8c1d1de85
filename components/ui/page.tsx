// One page container for every signed-in page: one width, one left edge (the header's logo, the
// section tabs and the page's title line up), and one title line that does not wrap under actions.
import type { ReactNode } from "react";
import { cn } from "./cn";
import { PAGE_FRAME } from "./page-frame";

export { PAGE_FRAME };

export function PageContainer({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main id="main" className={cn(PAGE_FRAME, "py-5 md:py-6", className)}>
      {children}
    </main>
  );
}

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <p className="mt-1 text-sm text-ink-muted">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
