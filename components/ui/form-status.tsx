// The outcome of a form, announced to screen readers: errors interrupt (alert), the rest waits.
// A success may carry a notice: done, but something around it failed (shown as a warning).
import type { ActionResult } from "@/lib/domain/action-result";

const STYLES = {
  success: "border-success/30 bg-success-soft text-success",
  warning: "border-warning/30 bg-warning-soft text-warning",
  error: "border-danger/30 bg-danger-soft text-danger",
} as const;

function shown(result: ActionResult<unknown> | null): { tone: keyof typeof STYLES; text: string } | null {
  if (!result) return null;
  if (!result.ok) return { tone: "error", text: result.message };
  if (result.notice) return { tone: "warning", text: result.notice };
  return result.message ? { tone: "success", text: result.message } : null;
}

export function FormStatus({ result, id }: { result: ActionResult<unknown> | null; id?: string }) {
  const message = shown(result);
  const failed = result !== null && !result.ok;
  return (
    <div id={id} role={failed ? "alert" : "status"} aria-live={failed ? "assertive" : "polite"}>
      {message && <p className={`mt-3 rounded-md border px-3 py-2 text-sm ${STYLES[message.tone]}`}>{message.text}</p>}
    </div>
  );
}
