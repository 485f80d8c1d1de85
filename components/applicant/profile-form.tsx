"use client";
// The applicant's profile with red flags and their private context (only the applicant, their
// assigned advocates and the dean's office see it).
import { useState } from "react";
import { useApplicantActions } from "./applicant-actions";
import { DEGREE_TYPES, RED_FLAG_KINDS, RED_FLAG_LABELS, type DegreeType, type RedFlagKind } from "@/lib/domain/types";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "./form-controls";
import type { ProfileRecord } from "@/lib/domain/plans/applicant-record";
import { PHONE_MAX, PROFILE_FIELD_MAX, RED_FLAG_CONTEXT_MAX } from "@/lib/domain/limits";

const DEGREE_LABELS: Record<DegreeType, string> = { US_MD: "US MD", US_DO: "US DO", IMG: "IMG (international graduate)" };

export type ProfileValues = ProfileRecord;

export function ProfileForm({ initial }: { initial: ProfileValues }) {
  const [flags, setFlags] = useState(
    () => Object.fromEntries(RED_FLAG_KINDS.map((k) => [k, initial.redFlags.find((f) => f.kind === k)?.context ?? null])) as Record<RedFlagKind, string | null>,
  );
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.updateProfile);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const err = (key: string) => errors[key]?.join(" ");
  // Each error is said once: beside its field when the form has one, in the summary otherwise.
  const rest = result && !result.ok && result.fieldErrors ? withoutInline(result.fieldErrors) : undefined;
  const summary =
    result && !result.ok && result.fieldErrors
      ? { ...result, message: rest ? result.message : "Not saved: correct the field marked above, then save again.", fieldErrors: rest }
      : result;

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const score = String(data.get("step2Score") ?? "").trim();
        run({
          aamcId: data.get("aamcId"),
          degreeType: data.get("degreeType"),
          step2Score: score === "" ? null : Number(score),
          specialty: data.get("specialty"),
          phone: data.get("phone"),
          redFlags: RED_FLAG_KINDS.filter((k) => flags[k] !== null).map((k) => ({ kind: k, context: flags[k] ?? "" })),
        });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="AAMC ID (8 digits)" error={err("aamcId")} name="aamcId">
          <input
            id="aamcId"
            name="aamcId"
            defaultValue={initial.aamcId}
            inputMode="numeric"
            autoComplete="off"
            className={INPUT_CLASS}
            aria-invalid={!!err("aamcId")}
            aria-describedby={err("aamcId") ? "aamcId-error" : undefined}
          />
        </Field>
        <Field label="Degree" error={err("degreeType")} name="degreeType">
          <select id="degreeType" name="degreeType" defaultValue={initial.degreeType} className={INPUT_CLASS}>
            {DEGREE_TYPES.map((d) => (
              <option key={d} value={d}>
                {DEGREE_LABELS[d]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Step 2 CK score (leave empty if none yet)" error={err("step2Score")} name="step2Score">
          <input
            id="step2Score"
            name="step2Score"
            type="number"
            min={1}
            max={300}
            defaultValue={initial.step2Score ?? ""}
            className={INPUT_CLASS}
            aria-invalid={!!err("step2Score")}
            aria-describedby={err("step2Score") ? "step2Score-error" : undefined}
          />
        </Field>
        <Field label="Specialty" error={err("specialty")} name="specialty">
          <input id="specialty" name="specialty" maxLength={PROFILE_FIELD_MAX} defaultValue={initial.specialty} className={INPUT_CLASS} />
        </Field>
        <Field label="Cell phone programs will call (you can add it later)" error={err("phone")} name="phone">
          <input
            id="phone"
            name="phone"
            type="tel"
            maxLength={PHONE_MAX}
            autoComplete="tel"
            defaultValue={initial.phone}
            className={INPUT_CLASS}
            aria-invalid={!!err("phone")}
            aria-describedby={err("phone") ? "phone-error" : undefined}
          />
        </Field>
      </div>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Red flags (private)</legend>
        <p className="text-sm text-slate-600">
          Seen only by you, your assigned advocates and the dean&apos;s office. Your advocate uses the context to explain it; you never lead with it in writing.
        </p>
        {RED_FLAG_KINDS.map((kind) => (
          <div key={kind} className="rounded-md border border-slate-100 p-2">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                className="h-5 w-5 accent-brand-700"
                checked={flags[kind] !== null}
                onChange={(e) => setFlags((f) => ({ ...f, [kind]: e.target.checked ? (f[kind] ?? "") : null }))}
              />
              {RED_FLAG_LABELS[kind]}
            </label>
            {flags[kind] !== null && (
              <label className="mt-2 block text-sm">
                <span className="mb-1 block">Context an advocate would give (remediation, current performance)</span>
                <textarea
                  value={flags[kind] ?? ""}
                  rows={2}
                  maxLength={RED_FLAG_CONTEXT_MAX}
                  onChange={(e) => setFlags((f) => ({ ...f, [kind]: e.target.value }))}
                  className={INPUT_CLASS}
                />
              </label>
            )}
          </div>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save profile"}
      </button>
      <ActionFeedback result={summary} success="Profile saved." />
    </form>
  );
}

const INLINE_FIELDS = new Set(["aamcId", "degreeType", "step2Score", "specialty", "phone"]);

function withoutInline(fieldErrors: Record<string, string[]>): Record<string, string[]> | undefined {
  const rest = Object.entries(fieldErrors).filter(([key]) => !INLINE_FIELDS.has(key));
  return rest.length > 0 ? Object.fromEntries(rest) : undefined;
}

function Field({ label, error, name, children }: { label: string; error?: string; name: string; children: React.ReactNode }) {
  return (
    <div className="text-sm">
      <label htmlFor={name} className="mb-1 block font-medium">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${name}-error`} className="mt-1 text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
