// A card: a titled section of a page on the surface colour, with an optional action at the right
// of its title (a link, a "⋯" menu) and an optional line under it.
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({
  title,
  description,
  action,
  children,
  id,
  className,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} className={cn("rounded-xl border border-border bg-surface p-4 shadow-sm md:p-5", className)}>
      <div className="mb-3 flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold text-ink">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-ink-muted">{description}</p>}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
