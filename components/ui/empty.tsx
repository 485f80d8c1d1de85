// Nothing to show, said one way everywhere: the empty marker in a cell or a value ("—", read as
// "none"), and the empty-state block of a list that has nothing yet, which says what to do next.
import type { ReactNode } from "react";
import type { LucideIcon } from "lucide-react";
import { Inbox } from "lucide-react";
import { cn } from "./cn";

/** The one empty marker, for a value that is not there. */
export const EMPTY_MARKER = "—";

export function EmptyValue() {
  return (
    <span className="text-ink-muted">
      <span aria-hidden="true">{EMPTY_MARKER}</span>
      <span className="sr-only">none</span>
    </span>
  );
}

export function EmptyState({
  title,
  next,
  action,
  icon: Icon = Inbox,
  className,
}: {
  title: ReactNode;
  /** The next step, for the person reading it. */
  next?: ReactNode;
  action?: ReactNode;
  icon?: LucideIcon;
  className?: string;
}) {
  return (
    <div className={cn("flex flex-col items-center rounded-xl border border-dashed border-border-strong bg-surface px-4 py-8 text-center", className)}>
      <span className="mb-3 flex size-10 items-center justify-center rounded-full bg-muted text-ink-muted">
        <Icon aria-hidden="true" className="size-5" />
      </span>
      <p className="font-semibold text-ink">{title}</p>
      {next && <p className="mt-1 max-w-md text-sm text-ink-muted">{next}</p>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
