"use client";
// The school's settings forms: the policy (every cap and threshold, grouped, with what each does),
// the season (window and offer rounds in the school's time, and the communication mode), and how
// long applicants' personal data is kept after the season (its bounds come from the page, so this
// client file ships no rules).
import { useState } from "react";
import type * as Actions from "@/app/dean/settings/actions";
import { POLICY_FIELDS, type PolicyField } from "@/lib/domain/policy-fields";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import type { CommunicationMode, Policy } from "@/lib/domain/types";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { DATETIME_LOCAL_MAX, DATETIME_LOCAL_MIN, SEASON_NAME_MAX } from "@/lib/domain/limits";

const SAVE = "min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60";
const GROUPS = ["Outreach caps", "Timing", "Strategy and messages"] as const satisfies readonly PolicyField["group"][];

/** A whole number with its label, what it does and its bounds, read with the field. */
function NumberField({ name, label, help, min, max, value }: { name: string; label: string; help: string; min: number; max: number; value: number }) {
  return (
    <label className="block text-sm">
      <span className="block font-medium">{label}</span>
      <span id={`${name}-help`} className="block text-xs text-slate-600">
        {help} ({min}–{max})
      </span>
      <input
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        required
        defaultValue={value}
        aria-describedby={`${name}-help`}
        className={`${INPUT_CLASS} mt-1`}
      />
    </label>
  );
}

export function PolicyForm({ policy, save }: { policy: Policy; save: typeof Actions.updatePolicyAction }) {
  const { run, pending, result } = useServerAction(save);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const values = Object.fromEntries(POLICY_FIELDS.map((f) => [f.key, Number(data.get(f.key))])) as Record<PolicyField["key"], number>;
        run({ ...values, allowFacultyEmailWithoutTie: data.get("allowFacultyEmailWithoutTie") === "on" });
      }}
    >
      {GROUPS.map((group) => (
        <fieldset key={group} className="space-y-2">
          <legend className="text-sm font-semibold">{group}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {POLICY_FIELDS.filter((f) => f.group === group).map((f) => (
              <NumberField key={f.key} name={f.key} label={f.label} help={f.help} min={f.min} max={f.max} value={policy[f.key]} />
            ))}
          </div>
        </fieldset>
      ))}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="allowFacultyEmailWithoutTie" defaultChecked={policy.allowFacultyEmailWithoutTie} className="mt-0.5 h-5 w-5" />
        <span>
          <span className="font-medium">Allow faculty emails without a personal tie</span>
          <span className="block text-xs text-slate-600">For IMGs and newer schools: a clear email from a faculty member beats silence (with a warning).</span>
        </span>
      </label>
      <button type="submit" disabled={pending} className={SAVE}>
        {pending ? "Saving…" : "Save the policy"}
      </button>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
    </form>
  );
}

export interface SeasonValues {
  name: string;
  resultsAt: string;
  erasOpensAt: string;
  windowStartsAt: string;
  windowEndsAt: string;
  communicationMode: CommunicationMode;
  offerRounds: { offersAt: string; respondBy: string }[];
}

const ROUNDS = 4;

function When({ label, name, value, zone, required = true }: { label: string; name: string; value: string | undefined; zone: string; required?: boolean }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      <input
        type="datetime-local"
        name={name}
        required={required}
        min={DATETIME_LOCAL_MIN}
        max={DATETIME_LOCAL_MAX}
        defaultValue={value ? utcToZonedLocal(new Date(value), zone) : ""}
        className={INPUT_CLASS}
      />
    </label>
  );
}

export function SeasonForm({
  season,
  timeZone,
  zoneLabel,
  save,
}: {
  season: SeasonValues | null;
  timeZone: string;
  zoneLabel: string;
  save: typeof Actions.updateSeasonAction;
}) {
  const { run, pending, result } = useServerAction(save);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const at = (name: string) => {
          const local = String(data.get(name) ?? "");
          return local === "" ? null : zonedLocalToUtc(local, timeZone)?.toISOString();
        };
        const fields = ["resultsAt", "erasOpensAt", "windowStartsAt", "windowEndsAt"] as const;
        const times = Object.fromEntries(fields.map((f) => [f, at(f)]));
        if (fields.some((f) => !times[f])) {
          setError("Enter every date and time of the window.");
          return;
        }
        const offerRounds = [];
        for (let i = 1; i <= ROUNDS; i++) {
          const offersAt = at(`round${i}OffersAt`);
          const respondBy = at(`round${i}RespondBy`);
          if (!offersAt && !respondBy) continue;
          if (!offersAt || !respondBy) {
            setError(`Round ${i}: enter both its offer time and its response deadline, or neither.`);
            return;
          }
          offerRounds.push({ offersAt, respondBy });
        }
        setError(null);
        run({
          name: String(data.get("name") ?? ""),
          communicationMode: String(data.get("communicationMode")) as CommunicationMode,
          ...(times as Record<(typeof fields)[number], string>),
          offerRounds,
        });
      }}
    >
      <p className="text-sm text-slate-700">All times are {zoneLabel}. Check NRMP&apos;s schedule for the current year before Match Week.</p>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Season name</span>
        <input name="name" required maxLength={SEASON_NAME_MAX} defaultValue={season?.name ?? ""} className={INPUT_CLASS} />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <When label="Match results" name="resultsAt" value={season?.resultsAt} zone={timeZone} />
        <When label="ERAS opens for SOAP" name="erasOpensAt" value={season?.erasOpensAt} zone={timeZone} />
        <When label="SOAP window starts" name="windowStartsAt" value={season?.windowStartsAt} zone={timeZone} />
        <When label="SOAP window ends" name="windowEndsAt" value={season?.windowEndsAt} zone={timeZone} />
      </div>
      <fieldset className="space-y-2 text-sm">
        <legend className="font-semibold">Communication inside the window</legend>
        <label className="flex items-start gap-2">
          <input
            type="radio"
            name="communicationMode"
            value="PROGRAM_INITIATED"
            defaultChecked={(season?.communicationMode ?? "PROGRAM_INITIATED") === "PROGRAM_INITIATED"}
            className="mt-0.5 h-5 w-5"
          />
          <span>
            <span className="font-medium">Programs reach out first (NRMP)</span>
            <span className="block text-xs text-slate-600">Nobody on the applicant&apos;s side contacts a program until it has contacted the applicant.</span>
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input type="radio" name="communicationMode" value="OPEN" defaultChecked={season?.communicationMode === "OPEN"} className="mt-0.5 h-5 w-5" />
          <span>
            <span className="font-medium">Open</span>
            <span className="block text-xs text-slate-600">
              The playbook&apos;s own order: apply, the applicant emails, then faculty call (non-Match positions).
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Offer rounds</legend>
        <p className="text-sm text-ink-muted">Each round, its offers and its deadline, falls inside the SOAP window above; move them together.</p>
        {Array.from({ length: ROUNDS }, (_, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <When
              label={`Round ${i + 1}: offers at`}
              name={`round${i + 1}OffersAt`}
              value={season?.offerRounds[i]?.offersAt}
              zone={timeZone}
              required={false}
            />
            <When
              label={`Round ${i + 1}: answer by`}
              name={`round${i + 1}RespondBy`}
              value={season?.offerRounds[i]?.respondBy}
              zone={timeZone}
              required={false}
            />
          </div>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="text-sm text-rose-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={SAVE}>
        {pending ? "Saving…" : "Save the season"}
      </button>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
    </form>
  );
}

export function RetentionForm({
  retentionDays,
  min,
  max,
  save,
}: {
  retentionDays: number;
  min: number;
  max: number;
  save: typeof Actions.updateRetentionAction;
}) {
  const { run, pending, result } = useServerAction(save);
  return (
    <form
      className="max-w-sm space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ retentionDays: Number(new FormData(e.currentTarget).get("retentionDays")) });
      }}
    >
      <NumberField
        name="retentionDays"
        label="Days to keep applicants' data"
        help="Counted from the day the season's window ends."
        min={min}
        max={max}
        value={retentionDays}
      />
      <button type="submit" disabled={pending} className={SAVE}>
        {pending ? "Saving…" : "Save"}
      </button>
      <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
    </form>
  );
}
