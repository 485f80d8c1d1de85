"use client";
// The first-run form: the setup code from the server's log, the school, and the person setting it
// up (its first dean's office account). Errors keep what was typed and name the field.
import { useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { fieldError, fieldValue } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";

interface ZoneGroups {
  /** The zones US schools use, first. */
  common: readonly { zone: string; label: string }[];
  /** Every other zone the server knows. */
  others: string[];
}

export function SchoolSetupForm({ action, zones }: { action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>; zones: ZoneGroups }) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // To the first field with an error, so a keyboard or screen-reader user lands on it.
    if (state !== null && !state.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);
  const zoneError = fieldError(state, "timeZone");
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-5">
      <TextField
        name="code"
        label="Setup code"
        hint="From the server's log: the line that begins “Set up your school”. 12 letters and digits."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        idPrefix="setup"
        defaultValue={fieldValue(state, "code")}
        error={fieldError(state, "code")}
      />
      <fieldset className="space-y-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold text-ink">Your school</legend>
        <TextField
          name="name"
          label="School name"
          autoComplete="organization"
          required
          idPrefix="setup"
          defaultValue={fieldValue(state, "name")}
          error={fieldError(state, "name")}
        />
        <div>
          <label htmlFor="setup-timeZone" className="block text-sm font-medium text-ink">
            Time zone
          </label>
          <p id="setup-timeZone-hint" className="text-xs text-ink-muted">
            Times are shown in it. SOAP itself runs on US Eastern time.
          </p>
          <select
            id="setup-timeZone"
            name="timeZone"
            defaultValue={fieldValue(state, "timeZone") ?? zones.common[0]?.zone}
            aria-invalid={zoneError ? true : undefined}
            aria-describedby={zoneError ? "setup-timeZone-hint setup-timeZone-error" : "setup-timeZone-hint"}
            className={`mt-1 block w-full rounded-md border bg-surface px-3 py-2 text-base sm:text-sm ${zoneError ? "border-danger" : "border-border-strong"}`}
          >
            <optgroup label="United States">
              {zones.common.map(({ zone, label }) => (
                <option key={zone} value={zone}>
                  {label}
                </option>
              ))}
            </optgroup>
            <optgroup label="Every time zone">
              {zones.others.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </optgroup>
          </select>
          {zoneError && (
            <p id="setup-timeZone-error" className="mt-1 text-sm text-danger">
              {zoneError}
            </p>
          )}
        </div>
        <TextField
          name="slug"
          label="Short name (optional)"
          hint="Lower-case letters, digits and hyphens, e.g. northfield. Made from the name when left empty; single sign-on's settings use it."
          autoComplete="off"
          spellCheck={false}
          idPrefix="setup"
          defaultValue={fieldValue(state, "slug")}
          error={fieldError(state, "slug")}
        />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-semibold text-ink">You, the first person of its dean&apos;s office</legend>
        <TextField
          name="deanName"
          label="Full name"
          autoComplete="name"
          required
          idPrefix="setup"
          defaultValue={fieldValue(state, "deanName")}
          error={fieldError(state, "deanName")}
        />
        <TextField
          name="deanEmail"
          label="Email address"
          hint="You sign in with it from now on."
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          idPrefix="setup"
          defaultValue={fieldValue(state, "deanEmail")}
          error={fieldError(state, "deanEmail")}
        />
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover disabled:opacity-60 sm:w-auto"
      >
        {pending ? "Setting up your school…" : "Set up the school and sign me in"}
      </button>
      <FormStatus result={state} />
    </form>
  );
}
