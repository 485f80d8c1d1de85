// "Needs attention now": one card per kind of alert, with how many applicants have it; a card
// filters the cohort table to them (the filter is in the address, so it can be shared and kept),
// or opens the page that lists what the alert is about (`spoken` says where, for a screen reader).
import Link from "next/link";
import type { AttentionCard } from "@/lib/domain/dashboard/attention";
import type { AlertSeverity } from "@/lib/domain/alerts";

const TONE: Record<AlertSeverity, string> = {
  // Red is for urgency only; warnings are amber; the rest is quiet.
  high: "border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100",
  medium: "border-amber-300 bg-amber-50 text-amber-950 hover:bg-amber-100",
  low: "border-slate-200 bg-white text-slate-800 hover:bg-slate-50",
};

export function AttentionCards({
  cards,
  active,
  hrefFor,
  clearHref,
  spoken = {},
}: {
  cards: AttentionCard[];
  active?: string;
  hrefFor: (code: string) => string;
  clearHref: string;
  /** For a card that opens another page than the filtered table: what it shows, read after its label. */
  spoken?: Partial<Record<string, string>>;
}) {
  return (
    <section aria-labelledby="attention-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="attention-heading" className="text-lg font-semibold">
          Needs attention now
        </h2>
        {active && (
          <Link href={clearHref} className="text-sm font-medium text-brand-700 underline">
            Show every applicant
          </Link>
        )}
      </div>
      {cards.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing needs attention now: no applicant has an alert.</p>
      ) : (
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
          {cards.map((card) => (
            <li key={card.code}>
              <Link
                href={hrefFor(card.code)}
                aria-current={active === card.code ? "true" : undefined}
                className={`flex min-h-16 flex-col justify-between rounded-lg border p-3 ${TONE[card.severity]} ${active === card.code ? "ring-2 ring-brand-600" : ""}`}
              >
                <span className="text-2xl font-bold tabular-nums">{card.applicants}</span>
                <span className="text-sm font-medium">
                  {card.label}
                  <span className="sr-only">
                    : {spoken[card.code] ?? `show ${card.applicants === 1 ? "this applicant" : `these ${card.applicants} applicants`}`}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
