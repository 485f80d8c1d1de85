// The top of the applicant's overview, in the order of what costs most if missed: each pending
// offer with its live countdown and Accept / Decline, then the interviews of today and tomorrow;
// with nothing pressing, one calm line and the next step. (The tasks come between them, from
// TaskList.)
import Link from "next/link";
import { CalendarClock } from "lucide-react";
import { formatInZone } from "@/lib/domain/format-time";
import { OFFER_DEADLINE_WARN_MINUTES } from "@/lib/domain/alerts";
import { storedValueLabel } from "@/lib/domain/stored-value-labels";
import type { NextStep } from "@/lib/domain/applicant/now-first";
import type { InterviewFormat } from "@/lib/domain/types";
import { Countdown } from "./countdown";
import { OfferResponse } from "./offer-forms";

export interface PendingOfferView {
  id: string;
  round: number;
  respondBy: Date | null;
  program: { name: string };
}

export function PendingOfferCard({ offer, now, timeZone }: { offer: PendingOfferView; now: Date; timeZone: string }) {
  const headingId = `offer-${offer.id}-heading`;
  const deadline = offer.respondBy ? formatInZone(offer.respondBy, timeZone) : null;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border-2 border-primary bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-primary">Offer to answer · round {offer.round}</p>
          <h2 id={headingId} className="text-lg font-semibold text-ink">
            {offer.program.name}
          </h2>
        </div>
        {offer.respondBy && <Countdown dueAt={offer.respondBy.toISOString()} serverNow={now.toISOString()} soonMinutes={OFFER_DEADLINE_WARN_MINUTES} />}
      </div>
      <p className="mt-1 text-sm text-ink-muted">
        {deadline ? (
          <>
            Answer by <strong className="text-ink">{deadline}</strong>, or the offer goes to another applicant.
          </>
        ) : (
          "No response deadline on file: answer it now."
        )}
      </p>
      <div className="mt-3">
        <OfferResponse offerId={offer.id} programName={offer.program.name} deadline={deadline} />
      </div>
    </section>
  );
}

export interface SoonInterview {
  id: string;
  day: "Today" | "Tomorrow";
  startsAt: Date;
  format: InterviewFormat;
  location: string;
  program: { name: string };
}

export function InterviewsSoon({ interviews, timeZone }: { interviews: SoonInterview[]; timeZone: string }) {
  return (
    <section aria-labelledby="interviews-soon-heading" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id="interviews-soon-heading" className="flex items-center gap-2 text-base font-semibold text-ink">
        <CalendarClock aria-hidden="true" className="size-5 text-primary" />
        Interviews today and tomorrow
      </h2>
      <ul className="mt-2 divide-y divide-border">
        {interviews.map((i) => (
          <li key={i.id} className="flex flex-wrap items-baseline gap-x-2 py-2 text-sm">
            <span className="font-semibold text-ink">{i.day}</span>
            <span className="tabular-nums text-ink">{formatInZone(i.startsAt, timeZone)}</span>
            <span className="min-w-0 font-medium text-ink">{i.program.name}</span>
            <span className="text-ink-muted">
              {capitalized(storedValueLabel("format", i.format) ?? "")}
              {i.location ? ` · ${i.location}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <Link href="/applicant/offers#interviews" className="mt-1 inline-flex min-h-11 items-center text-sm font-medium text-primary underline">
        All interviews and calendar files
      </Link>
    </section>
  );
}

/** Nothing pressing: one calm line, and the step worth taking next. */
export function NothingPressing({ step }: { step: NextStep }) {
  return (
    <p role="status" className="flex flex-wrap items-center gap-x-2 rounded-xl border border-border bg-surface px-4 py-3 text-sm text-ink">
      <span className="font-semibold">Nothing needs you right now.</span>
      <span className="text-ink-muted">{step.text}</span>
      <Link href={step.href} className="inline-flex min-h-11 items-center font-medium text-primary underline">
        {step.label}
      </Link>
    </p>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
