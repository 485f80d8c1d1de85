// The outcome of a form, announced to screen readers: errors interrupt (alert), the rest waits.
import type { FormState } from "@/lib/domain/form-state";

const STYLES = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-rose-300 bg-rose-50 text-rose-900",
} as const;

export function FormStatus({ state, id }: { state: FormState; id?: string }) {
  return (
    <div id={id} role={state.status === "error" ? "alert" : "status"} aria-live={state.status === "error" ? "assertive" : "polite"}>
      {state.status !== "idle" && <p className={`mt-3 rounded-md border px-3 py-2 text-sm ${STYLES[state.status]}`}>{state.message}</p>}
    </div>
  );
}

/** The first message for one field, if any. */
export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors?.[field]?.[0] : undefined;
}

/** What the person typed into a field before an error, to put back. */
export function fieldValue(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.values?.[field] : undefined;
}
