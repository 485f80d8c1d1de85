"use client";
// Record a SOAP offer as it arrives, and answer it. Accepting is binding under the NRMP Match
// Participation Agreement, so it asks for confirmation in a modal dialog first.
import { useRef } from "react";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { LabelledSelect } from "./form-controls";
import { buttonVariants } from "@/components/ui/button-variants";

// The kit's button classes on plain buttons: these forms pass no classes of their own, so they need
// not bring Button's class merger to the applicant's overview and offers pages.
const PRIMARY = buttonVariants({ variant: "primary" });
const SECONDARY = buttonVariants({ variant: "secondary" });

/** `defaultRound`: the round open now (else the next to come), chosen until the applicant picks another. */
export function RecordOfferForm({ programs, defaultRound }: { programs: { id: string; name: string }[]; defaultRound: number }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.recordOffer);
  if (programs.length === 0) return <p className="text-sm text-slate-600">Offers come from programs you applied to.</p>;
  return (
    <form
      className="grid gap-3 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run({ programId: data.get("programId"), round: data.get("round") });
      }}
    >
      <LabelledSelect
        label="Program that offered"
        name="programId"
        className="text-sm sm:col-span-2"
        options={programs.map((p) => ({ value: p.id, label: p.name }))}
      />
      <LabelledSelect
        label="Offer round"
        name="round"
        defaultValue={String(defaultRound)}
        options={[1, 2, 3, 4].map((r) => ({ value: String(r), label: `Round ${r}` }))}
      />
      <div className="sm:col-span-3">
        <button type="submit" className={PRIMARY} disabled={pending}>
          Record offer
        </button>
      </div>
      <p className="text-sm text-slate-700 sm:col-span-3">
        An offer recorded during its round gets that round&apos;s response deadline, a countdown below and an urgent task.
      </p>
      <div className="sm:col-span-3">
        <ActionFeedback result={result} success="Offer recorded. Answer it below before its deadline." />
      </div>
    </form>
  );
}

/** `deadline`: the round's response deadline as the school's zone shows it, or null when none is on file. */
export function OfferResponse({ offerId, programName, deadline = null }: { offerId: string; programName: string; deadline?: string | null }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.respondOffer);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `accept-${offerId}-title`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY}
          disabled={pending}
          onClick={() => dialog.current?.showModal()}
          aria-label={`Accept the offer from ${programName}`}
        >
          Accept
        </button>
        <button
          type="button"
          className={SECONDARY}
          disabled={pending}
          onClick={() => run({ offerId, response: "REJECT" })}
          aria-label={`Decline the offer from ${programName}`}
        >
          Decline
        </button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
        className="m-auto w-[min(32rem,calc(100vw-1rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Accept the offer from {programName}?
        </h2>
        <div id={`${titleId}-desc`} className="mt-2 space-y-2 text-sm text-slate-800">
          <p>
            <strong>Acceptance is binding under the NRMP Match Participation Agreement.</strong> You commit to this position; you cannot take it back or accept
            another offer.
          </p>
          <p>After you accept, SOAP Desk stops all further outreach and applications, closes your open tasks and withdraws your other pending offers.</p>
          {deadline && <p>You have until {deadline} to answer. If you do not answer by then, the offer expires and goes to another applicant.</p>}
        </div>
        <form method="dialog" className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="submit" autoFocus className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100">
            Cancel
          </button>
          <button
            type="button"
            className={PRIMARY}
            onClick={() => {
              dialog.current?.close();
              run({ offerId, response: "ACCEPT" });
            }}
          >
            Yes, accept (binding)
          </button>
        </form>
      </dialog>
      <ActionFeedback result={result} success="Your answer is recorded." />
    </div>
  );
}
