"use client";
// An action's answer where the person is looking, whatever they scrolled to: a toast fixed to the
// bottom of the screen (above a phone's tab bar), announced by screen readers like the inline
// feedback (a refusal as an alert, a success as a status). A success fades after a few seconds;
// a refusal stays until it is dismissed.
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { ActionFeedback } from "./action-feedback";
import { buttonVariants } from "./button-variants";

const SUCCESS_MS = 8_000;

export function ToastFeedback<D>({ result, success }: { result: ActionResult<D> | null; success?: string }) {
  const [dismissed, setDismissed] = useState<ActionResult<D> | null>(null);
  useEffect(() => {
    if (!result?.ok) return;
    const timer = setTimeout(() => setDismissed(result), SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [result]);
  const shown = result && result !== dismissed ? result : null;
  return (
    <div className="pointer-events-none fixed inset-x-2 bottom-[calc(var(--tab-bar-height)+0.75rem+env(safe-area-inset-bottom))] z-30 flex justify-center md:inset-x-auto md:bottom-4 md:right-4 md:w-[28rem]">
      <div className={`pointer-events-auto w-full rounded-xl border border-border bg-surface p-1 shadow-lg ${shown ? "" : "hidden"}`} data-testid="toast">
        <ActionFeedback result={shown} success={success} />
        {shown && (
          <div className="flex justify-end px-2 pb-2">
            <button type="button" className={buttonVariants({ variant: "ghost", size: "sm" })} onClick={() => setDismissed(shown)}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
