"use client";
// A question asked before an action that is easy to regret: a native modal dialog (focus kept
// inside, Escape cancels), named by its question and described by what the answer means, with
// "Cancel" focused first.
import { useEffect, useId, useRef, type ReactNode } from "react";

export function ConfirmDialog({
  open,
  question,
  consequence,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  question: ReactNode;
  consequence: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-consequence`}
      // Escape closes the dialog natively: that is a cancel.
      onClose={() => {
        if (open) onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-1rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/50"
    >
      {open && (
        <>
          <h2 id={`${id}-question`} className="text-lg font-semibold">
            {question}
          </h2>
          <p id={`${id}-consequence`} className="mt-2 text-sm text-slate-800">
            {consequence}
          </p>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <button
              type="button"
              autoFocus
              onClick={onCancel}
              className="min-h-11 rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-100"
            >
              Cancel
            </button>
            <button
              type="button"
              onClick={onConfirm}
              className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
            >
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
