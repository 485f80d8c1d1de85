import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getOffersView } from "@/lib/server/offers-and-interviews/offers-view";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { formatInZone, zoneName } from "@/lib/domain/format-time";
import { getSeasonView } from "@/lib/server/applicant/season-view";
import { roundStatus } from "@/lib/domain/applicant/season-status";
import { PageShell } from "@/components/applicant/page-shell";
import { InterviewForm } from "@/components/applicant/interview-form";
import { Countdown } from "@/components/applicant/countdown";
import { OfferResponse, RecordOfferForm } from "@/components/applicant/offer-forms";

export const metadata: Metadata = { title: "Interviews and offers" };
export const dynamic = "force-dynamic";

const FORMAT = { PHONE: "Phone", VIDEO: "Video", IN_PERSON: "In person" } as const;

export default async function OffersPage() {
  const actor = await requireActor("APPLICANT");
  const now = systemClock.now();
  const [view, seasonView] = await Promise.all([getOffersView(prisma, actor, now), getSeasonView(prisma, actor)]);
  const zone = seasonView.timeZone;
  // An offer is recorded in the round open now, else the next one to come.
  const round = roundStatus(seasonView.season?.offerRounds ?? [], now, zone);
  return (
    <PageShell title="Interviews and offers" wide>
      {view.acceptedProgram && (
        <div role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-emerald-950">
          <p className="font-semibold">You accepted the offer from {view.acceptedProgram}.</p>
          <p className="text-sm">The acceptance is binding: outreach and new applications are now refused, and your open tasks were closed.</p>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Interviews" id="interviews">
          {view.interviews.length === 0 ? (
            <p className="text-sm text-slate-600">No interviews recorded yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {view.interviews.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <Link href={`/applicant/programs/${i.program.id}`} className="font-medium hover:underline">
                      {i.program.name}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {formatInZone(i.startsAt, zone)} · {i.durationMinutes} min · {FORMAT[i.format]}
                      {i.location ? ` · ${i.location}` : ""}
                    </span>
                  </span>
                  <a
                    href={`/applicant/interviews/${i.id}/ics`}
                    download
                    className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
                    aria-label={`Add to calendar (.ics): ${i.program.name}`}
                  >
                    Add to calendar (.ics)
                  </a>
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 mb-2 font-semibold">Record an interview the program scheduled</h3>
          {view.acceptedProgram ? (
            <p className="text-sm text-slate-600">Not needed after an accepted offer.</p>
          ) : (
            <InterviewForm programs={view.appliedPrograms} timeZone={zone} zoneLabel={zoneName(zone)} />
          )}
        </Card>
        <Card title="Offers" id="offers">
          <p className="mb-3 rounded-md border border-slate-200 bg-slate-50 p-2 text-sm text-slate-800">
            Each SOAP offer must be answered by its round&apos;s deadline.{" "}
            <strong>If you do not answer by then, the offer expires and goes to another applicant; you cannot get it back.</strong>
          </p>
          {view.offers.length === 0 ? (
            <p className="text-sm text-slate-600">No offers yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {view.offers.map((o) => (
                <li key={o.id} className="space-y-2 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{o.program.name}</span>
                    <Badge tone={o.status === "ACCEPTED" ? "good" : o.status === "REJECTED" || o.expired ? "neutral" : "warn"}>
                      {o.expired ? "expired" : o.status === "PENDING" ? "pending: answer it" : o.status.toLowerCase()}
                    </Badge>
                  </p>
                  <p className="text-sm text-slate-700">
                    Round {o.round}, offered {formatInZone(o.offeredAt, zone)}
                    {o.respondedAt ? `, answered ${formatInZone(o.respondedAt, zone)}` : ""}
                  </p>
                  {o.status === "PENDING" && !view.acceptedProgram && (
                    <>
                      {o.respondBy === null ? (
                        <p className="text-sm text-slate-700">
                          No response deadline on file (the offer was logged outside its round&apos;s hours): answer it now.
                        </p>
                      ) : o.expired ? (
                        <p className="text-sm font-semibold text-rose-900">
                          Expired: the deadline was {formatInZone(o.respondBy, zone)}. This offer has gone to another applicant.
                        </p>
                      ) : (
                        <p className="flex flex-wrap items-center gap-2 text-sm">
                          <span>
                            Answer by <strong>{formatInZone(o.respondBy, zone)}</strong>
                          </span>
                          <Countdown dueAt={o.respondBy.toISOString()} serverNow={now.toISOString()} />
                        </p>
                      )}
                      {!o.expired && (
                        <OfferResponse offerId={o.id} programName={o.program.name} deadline={o.respondBy ? formatInZone(o.respondBy, zone) : null} />
                      )}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!view.acceptedProgram && (
            <>
              <h3 className="mt-4 mb-2 font-semibold">Record an offer</h3>
              <RecordOfferForm programs={view.appliedPrograms} defaultRound={round?.number ?? 1} />
            </>
          )}
        </Card>
      </div>
    </PageShell>
  );
}
