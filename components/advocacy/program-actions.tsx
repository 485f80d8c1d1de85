"use client";
// What an advocate can do with one program of an assigned applicant's list: claim it, release
// it, and log a contact in two clicks (open, save) with the channel and outcome preselected. A
// refusal shows the rule's reason and next step right here, where the button was.
import { useState } from "react";
import type { ServerAction } from "@/lib/domain/action-result";
import type { AdvocateProgramState } from "@/lib/domain/advocate-view";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/domain/applicant/timeline";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "@/lib/domain/types";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS, LabelledSelect } from "@/components/applicant/form-controls";

type ProgramRef = { applicantId: string; programId: string };

export interface AdvocateActions {
  claim: ServerAction<ProgramRef>;
  release: ServerAction<ProgramRef>;
  logContact: ServerAction<ProgramRef & { direction: string; channel: string; outcome: string; summary: string; narrativeVersionId: string }>;
}

const BUTTON = "min-h-10 rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-60";

export function ProgramActions({
  applicantId,
  programId,
  programName,
  state,
  narrativeVersionId,
  prefersEmail,
  actions,
}: {
  applicantId: string;
  programId: string;
  programName: string;
  state: AdvocateProgramState;
  narrativeVersionId: string | null;
  /** A program that prefers email gets no calls: the form starts on email. */
  prefersEmail: boolean;
  actions: AdvocateActions;
}) {
  const [logging, setLogging] = useState(false);
  const [success, setSuccess] = useState<string | undefined>();
  const action = useServerAction(async (run: () => ReturnType<AdvocateActions["claim"]>) => run());
  const ref = { applicantId, programId };
  const mine = !["unclaimed", "claimed-by-other", "matched", "closed"].includes(state);
  const feedback = action.result?.ok ? (action.result.message ?? success) : success;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {state === "unclaimed" && (
          <button
            type="button"
            disabled={action.pending}
            className={`${BUTTON} border-brand-600 text-brand-700 hover:bg-brand-50`}
            onClick={() =>
              action.run(
                () => actions.claim(ref),
                () => setSuccess(undefined),
              )
            }
          >
            Claim<span className="sr-only"> {programName}</span>
          </button>
        )}
        {mine && (
          <>
            <button
              type="button"
              aria-expanded={logging}
              className={`${BUTTON} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`}
              onClick={() => setLogging((open) => !open)}
            >
              Log a contact<span className="sr-only"> with {programName}</span>
            </button>
            <button
              type="button"
              disabled={action.pending}
              className={`${BUTTON} border-slate-300 hover:bg-slate-100`}
              onClick={() => action.run(() => actions.release(ref))}
            >
              Release<span className="sr-only"> {programName}</span>
            </button>
          </>
        )}
      </div>
      {logging && (
        <form
          className="grid gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            action.run(
              () =>
                actions.logContact({
                  ...ref,
                  direction: String(data.get("direction")),
                  channel: String(data.get("channel")),
                  outcome: String(data.get("outcome")),
                  summary: String(data.get("summary") ?? ""),
                  ...(narrativeVersionId ? { narrativeVersionId } : {}),
                }),
              (result) => {
                if (result.ok) setLogging(false);
              },
            );
          }}
        >
          <fieldset className="text-sm sm:col-span-2">
            <legend className="font-medium">Who reached out</legend>
            <label className="mr-4 inline-flex min-h-10 items-center gap-2">
              <input type="radio" name="direction" value="OUTBOUND" defaultChecked /> I contacted the program
            </label>
            <label className="inline-flex min-h-10 items-center gap-2">
              <input type="radio" name="direction" value="INBOUND" /> The program contacted me about the applicant
            </label>
          </fieldset>
          <LabelledSelect
            label="How"
            name="channel"
            defaultValue={prefersEmail ? "EMAIL" : "PHONE"}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
          />
          <LabelledSelect
            label="Outcome"
            name="outcome"
            defaultValue={prefersEmail ? "SENT" : "SPOKE"}
            options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
          />
          <label className="text-sm sm:col-span-2">
            What was said (optional)
            <input name="summary" maxLength={2000} className={INPUT_CLASS} />
          </label>
          <button type="submit" disabled={action.pending} className={`${BUTTON} border-brand-600 bg-brand-600 text-white hover:bg-brand-700 sm:col-span-2`}>
            {action.pending ? "Saving…" : "Save the contact"}
          </button>
        </form>
      )}
      <ActionFeedback result={action.result} success={feedback} />
    </div>
  );
}
