"use client";
// What an advocate can do with one program of an assigned applicant's list: claim it, nudge the
// applicant, log a contact in two clicks (open, save: channel, outcome and time preselected) and
// release it. What the rules already know is shown before the click; a refusal shows the rule's
// reason and next step right here, where the button was.
import { useState } from "react";
import { holdsProgram, type AdvocateProgramState } from "@/lib/domain/advocate/program-state";
import type { Preview } from "@/lib/domain/advocate-view";
import { CHANNEL_LABELS, OUTCOME_LABELS } from "@/lib/domain/applicant/timeline";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, type ContactChannel, type ContactOutcome } from "@/lib/domain/types";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import type { ActionResult } from "@/lib/domain/action-result";
import { useAdvocateActions } from "./advocate-actions";

const BUTTON = "min-h-11 rounded-md border px-3 py-1.5 text-sm font-medium disabled:opacity-60";
const PRIMARY = `${BUTTON} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`;
const SECONDARY = `${BUTTON} border-brand-700 text-brand-700 hover:bg-brand-50`;
const QUIET = `${BUTTON} border-slate-300 hover:bg-slate-100`;

/** The outcome a channel usually has, so the form is right without a second thought. */
const OUTCOME_FOR: Record<ContactChannel, ContactOutcome> = { PHONE: "SPOKE", VIDEO: "SPOKE", VOICEMAIL: "LEFT_VOICEMAIL", EMAIL: "SENT" };

export interface ProgramActionsProps {
  applicantId: string;
  programId: string;
  programName: string;
  status: AdvocateProgramState;
  preview: Preview;
  narrativeVersionId: string | null;
  defaultChannel: ContactChannel;
  timeZone: string;
  /** The season's window start (ISO): a contact cannot be dated earlier. */
  seasonOpensAt: string | null;
}

function PreviewNote({ preview }: { preview: Preview }) {
  // Said once above the list for every program it stops: not again here.
  if (preview.refusal && preview.refusalSaidAbove) return null;
  if (preview.refusal) {
    return (
      <details className="text-sm text-slate-800">
        <summary className="cursor-pointer">
          <span className="font-medium">{preview.refusal.title}: </span>
          {preview.refusal.next}
        </summary>
        <p className="mt-1 pl-4 text-slate-700">{preview.refusal.reason}</p>
      </details>
    );
  }
  if (preview.warnings.length === 0) return null;
  return (
    <ul className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
      {preview.warnings.map((w) => (
        <li key={w.code + w.message}>
          <span className="font-medium">Heads-up: </span>
          {w.message}
        </li>
      ))}
    </ul>
  );
}

export function ProgramActions(props: ProgramActionsProps) {
  const { applicantId, programId, programName, status, preview } = props;
  const actions = useAdvocateActions();
  const [logging, setLogging] = useState(false);
  const action = useServerAction(async (run: () => Promise<ActionResult>) => run());
  const ref = { applicantId, programId };
  const mine = holdsProgram(status);
  const refusedForEmail = action.result && !action.result.ok && action.result.rule?.ruleCode === "APPLICANT_EMAIL_FIRST";
  // Where the rules already refuse the next click, the button gives way to their reason.
  const blocked = (step: Preview["action"]) => preview.action === step && preview.refusal !== null && !action.result;
  const canNudge = (status === "waiting-for-applicant-email" && !blocked("nudge")) || refusedForEmail;
  const success = action.result?.ok ? action.result.message : undefined;

  return (
    <div className="space-y-2">
      {!action.result && <PreviewNote preview={preview} />}
      <div className="flex flex-wrap gap-2">
        {status === "unclaimed" && !blocked("claim") && (
          <button type="button" disabled={action.pending} className={PRIMARY} onClick={() => action.run(() => actions.claim(ref))}>
            Claim<span className="sr-only"> {programName}</span>
          </button>
        )}
        {mine && canNudge && (
          <button type="button" disabled={action.pending} className={PRIMARY} onClick={() => action.run(() => actions.nudge(ref))}>
            Nudge the applicant to email<span className="sr-only"> {programName}</span>
          </button>
        )}
        {mine && (
          <button type="button" aria-expanded={logging} className={canNudge ? SECONDARY : PRIMARY} onClick={() => setLogging((open) => !open)}>
            Log a contact<span className="sr-only"> with {programName}</span>
          </button>
        )}
        {mine && (
          <button type="button" disabled={action.pending} className={QUIET} onClick={() => action.run(() => actions.release(ref))}>
            Release<span className="sr-only"> {programName}</span>
          </button>
        )}
      </div>
      <ActionFeedback result={action.result} success={success} />
      {logging && mine && (
        <ContactForm
          {...props}
          pending={action.pending}
          onSave={(input) =>
            action.run(
              () => actions.logContact({ ...ref, ...input }),
              (result) => {
                if (result.ok) setLogging(false);
              },
            )
          }
        />
      )}
    </div>
  );
}

interface ContactInput {
  direction: string;
  channel: string;
  outcome: string;
  summary: string;
  occurredAt?: string;
  narrativeVersionId?: string;
}

function ContactForm({
  defaultChannel,
  timeZone,
  seasonOpensAt,
  narrativeVersionId,
  pending,
  onSave,
}: ProgramActionsProps & { pending: boolean; onSave: (input: ContactInput) => void }) {
  const [channel, setChannel] = useState<ContactChannel>(defaultChannel);
  const [outcome, setOutcome] = useState<ContactOutcome>(OUTCOME_FOR[defaultChannel]);
  // Rendered only after a click, so "now" is the browser's now, shown on the school's clock.
  const [now] = useState(() => utcToZonedLocal(new Date(), timeZone));
  const [when, setWhen] = useState(now);
  const [error, setError] = useState<string | null>(null);
  const min = seasonOpensAt ? utcToZonedLocal(new Date(seasonOpensAt), timeZone) : undefined;
  return (
    <form
      className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const at = when === now ? null : zonedLocalToUtc(when, timeZone);
        if (when !== now && !at) {
          setError("Enter the date and time the contact happened.");
          return;
        }
        setError(null);
        onSave({
          direction: String(data.get("direction")),
          channel,
          outcome,
          summary: String(data.get("summary") ?? ""),
          ...(at ? { occurredAt: at.toISOString() } : {}),
          ...(narrativeVersionId ? { narrativeVersionId } : {}),
        });
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
      <label className="text-sm">
        <span className="mb-1 block font-medium">How</span>
        <select
          value={channel}
          onChange={(e) => {
            const next = e.target.value as ContactChannel;
            setChannel(next);
            setOutcome(OUTCOME_FOR[next]);
          }}
          className={INPUT_CLASS}
        >
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Outcome</span>
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as ContactOutcome)} className={INPUT_CLASS}>
          {CONTACT_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o].charAt(0).toUpperCase() + OUTCOME_LABELS[o].slice(1)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">When (school time)</span>
        <input type="datetime-local" value={when} min={min} max={now} onChange={(e) => setWhen(e.target.value)} className={INPUT_CLASS} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">What was said (optional)</span>
        <input name="summary" maxLength={2000} className={INPUT_CLASS} />
      </label>
      {error && (
        <p role="alert" className="text-sm text-rose-800 sm:col-span-2">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${PRIMARY} sm:col-span-2`}>
        {pending ? "Saving…" : "Save the contact"}
      </button>
    </form>
  );
}
