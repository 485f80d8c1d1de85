// Where Match Week stands, on every applicant page, in one line: a status pill with where SOAP is
// and the mode in force, then the next deadline (the open round's answer-by time). The window,
// what the mode asks of the applicant and the round in full are one tap away, in a disclosure.
// The words carry the meaning; colour only repeats it.
import { ChevronDown } from "lucide-react";
import type { SeasonStatus } from "@/lib/domain/applicant/season-status";
import { cn } from "@/components/ui/cn";
import { PAGE_FRAME } from "@/components/ui/page";

const TONE = {
  PROGRAM_INITIATED: { box: "border-amber-300 bg-warning-soft", pill: "bg-amber-100 text-warning", divider: "border-amber-300" },
  OPEN: { box: "border-border bg-primary-soft", pill: "bg-brand-100 text-primary", divider: "border-border" },
} as const;

export function SeasonBanner({ status }: { status: SeasonStatus }) {
  const tone = TONE[status.mode];
  const roundOpen = status.round?.kind === "open";
  return (
    <section aria-label="Match Week" className={cn(PAGE_FRAME, "pt-3")}>
      <details className={cn("group rounded-lg border text-sm text-ink", tone.box)}>
        {/* One line at 390 px too: the phone drops the pill's "SOAP ·" and the "Details" word, and
            writes the deadline a size smaller; the whole line opens the details. */}
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 px-2.5 py-1.5 sm:gap-2 sm:px-3 [&::-webkit-details-marker]:hidden">
          <span className={cn("shrink-0 rounded-full px-1.5 py-0.5 text-xs font-semibold sm:px-2", tone.pill)}>
            <span className="hidden sm:inline">{status.phaseShort} · </span>
            {status.modeShort}
          </span>
          {status.next && <span className={cn("min-w-0 truncate text-xs sm:text-sm", roundOpen && "sm:font-semibold")}>{status.next}</span>}
          <span className="ml-auto flex shrink-0 items-center gap-1 text-xs text-ink-muted">
            <span className="sr-only sm:not-sr-only">Details</span>
            <ChevronDown aria-hidden className="size-4 group-open:rotate-180" />
          </span>
        </summary>
        <div className={cn("space-y-1 border-t px-3 py-2", tone.divider)}>
          <p className="font-semibold">Match Week: {status.headline}</p>
          <p>{status.window}</p>
          <p>
            <strong>Now: {status.modeLabel}.</strong> {status.whatToDo}
          </p>
          {status.round && <p className={roundOpen ? "font-semibold" : undefined}>{status.round.text}</p>}
        </div>
      </details>
    </section>
  );
}
