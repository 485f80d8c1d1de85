// Where Match Week stands, on every applicant page: the SOAP window, the communication mode in
// force now and what it asks of the applicant, and the offer round that is open or next. The
// words carry the meaning; colour only repeats it.
import type { SeasonStatus } from "@/lib/domain/applicant/season-status";

const TONE = {
  PROGRAM_INITIATED: "border-amber-300 bg-amber-50 text-amber-950",
  OPEN: "border-brand-100 bg-brand-50 text-slate-900",
} as const;

export function SeasonBanner({ status }: { status: SeasonStatus }) {
  const roundOpen = status.round?.kind === "open";
  return (
    <section aria-label="Match Week" className="mx-auto max-w-6xl px-4 pt-3">
      <div className={`rounded-lg border p-3 text-sm ${TONE[status.mode]}`}>
        <h2 className="text-base font-semibold">Match Week: {status.headline}</h2>
        <p className="mt-1">{status.window}</p>
        <p className="mt-1">
          <strong>Now: {status.modeLabel}.</strong> {status.whatToDo}
        </p>
        {status.round && <p className={`mt-1 ${roundOpen ? "font-semibold" : ""}`}>{status.round.text}</p>}
      </div>
    </section>
  );
}
