"use client";
// Demo mode: put the demo school back to its starting point, after a confirmation. Everyone's
// changes to it are replaced, so the browser asks first (a browser without JavaScript posts the
// form directly).
import { useActionState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { FormStatus } from "@/components/ui/form-status";

export const RESET_DEMO_CONFIRMATION = "Reset the demo school? Everything changed in it is replaced.";

export function ResetDemoButton({ action }: { action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(RESET_DEMO_CONFIRMATION)) event.preventDefault();
      }}
    >
      <button
        type="submit"
        name="intent"
        value="reset-demo"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? "Resetting the demo school…" : "Reset the demo school"}
      </button>
      <FormStatus result={state} />
    </form>
  );
}
