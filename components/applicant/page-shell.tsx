import type { ReactNode } from "react";
import { PAGE_FRAME } from "@/components/ui/page";
import { cn } from "@/components/ui/cn";

/**
 * The main landmark and heading every workspace page starts with, in the one page frame every
 * role shares (the header's logo, the tabs and the title line up). `wide` is kept for callers; the
 * frame is the same width for all.
 */
export function PageShell({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <main id="main" className={cn(PAGE_FRAME, "py-5 md:py-6")}>
      <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
      {intro && <div className="mt-1 text-sm text-ink-muted">{intro}</div>}
      <div className="mt-4 space-y-4">{children}</div>
    </main>
  );
}
