"use client";
// The dean's office invites an applicant or a faculty advocate, with what it already knows of
// them; the fields follow the role. Errors keep what was typed and sit next to their field.
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { INVITABLE_ADVOCATE_KINDS } from "@/lib/domain/rules/eligibility";
import { ADVOCATE_KIND_LABELS } from "@/lib/domain/rules/eligibility";
import { fieldError, fieldValue } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { OneTimeLink } from "./one-time-link";

type InviteRole = "APPLICANT" | "ADVOCATE";

const DEGREE_LABELS = { US_MD: "US MD", US_DO: "US DO", IMG: "International medical graduate (IMG)" } as const;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function SelectField({ name, label, options, state }: { name: string; label: string; options: [string, string][]; state: ActionResult<unknown> | null }) {
  const id = `invite-${name}`;
  const error = fieldError(state, name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={fieldValue(state, name) ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base sm:text-sm ${error ? "border-rose-500" : "border-slate-300"}`}
      >
        <option value="" disabled>
          Choose…
        </option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}

type InviteResult = ActionResult<{ link: string }>;

export function InviteForm({ action }: { action: (previous: InviteResult | null, form: FormData) => Promise<InviteResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [role, setRole] = useState<InviteRole>("APPLICANT");
  // A form reset unchecks the radios in the DOM without React noticing; remounting them resyncs.
  const [resets, setResets] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // After a refusal, put the keyboard on the first field that needs attention.
    if (state !== null && !state.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);
  const text = (name: string) => ({ name, idPrefix: "invite", defaultValue: fieldValue(state, name), error: fieldError(state, name) });

  return (
    <>
      {/* React resets the form after every send. The role follows what the answer kept (the typed
        values after a refusal, nothing after success), so the radios and the fields always agree. */}
      <form
        ref={formRef}
        action={formAction}
        onReset={() => {
          setRole(fieldValue(state, "role") === "ADVOCATE" ? "ADVOCATE" : "APPLICANT");
          setResets((n) => n + 1);
        }}
        noValidate
        className="space-y-4"
      >
        <fieldset key={resets}>
          <legend className="text-sm font-medium text-slate-800">Invite as</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(["APPLICANT", "ADVOCATE"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
                {value === "APPLICANT" ? "Applicant" : "Faculty advocate"}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Full name" autoComplete="off" required {...text("name")} />
          <TextField label="Email address" type="email" autoComplete="off" inputMode="email" required {...text("email")} />
          {role === "APPLICANT" ? (
            <>
              <TextField label="AAMC ID" hint="8 digits" inputMode="numeric" maxLength={8} required {...text("aamcId")} />
              <SelectField name="degreeType" label="Degree type" state={state} options={Object.entries(DEGREE_LABELS)} />
            </>
          ) : (
            <>
              <SelectField
                name="advocateKind"
                label="Position"
                state={state}
                options={INVITABLE_ADVOCATE_KINDS.map((kind) => [kind, capitalize(ADVOCATE_KIND_LABELS[kind])])}
              />
              <TextField label="Title" hint="As programs will see it, e.g. Program Director, Internal Medicine" required {...text("title")} />
            </>
          )}
          <TextField label="Specialty" hint="e.g. Internal Medicine" required {...text("specialty")} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
        >
          {pending ? "Sending the invitation…" : "Send invitation"}
        </button>
        <FormStatus result={state} />
      </form>
      {/* Email is not set up on this server: the link itself, shown this once (outside the form, which resets). */}
      {state?.ok && state.data?.link && <OneTimeLink link={state.data.link} />}
    </>
  );
}
