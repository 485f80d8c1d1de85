"use client";
// "You logged an email to X at 10:02. Log another?": asked before logging the same email to the
// same program twice within a few minutes (a second tap, a reload), so the record stays true.
import { useEffect, useRef } from "react";

export interface RepeatLog {
  programName: string;
  /** When the earlier one was logged, in the school's zone: "10:02 AM EDT". */
  timeLabel: string;
}

export function RepeatLogDialog({ repeat, onConfirm, onCancel }: { repeat: RepeatLog | null; onConfirm: () => void; onCancel: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (repeat && !d.open) d.showModal();
    if (!repeat && d.open) d.close();
  }, [repeat]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="repeat-log-title"
      aria-describedby="repeat-log-desc"
      // Escape closes the dialog natively: that is a cancel.
      onClose={() => {
        if (repeat) onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-1rem))] rounded-xl p-5 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="repeat-log-title" className="text-lg font-semibold">
        {repeat && `You logged an email to ${repeat.programName} at ${repeat.timeLabel}. Log another?`}
      </h2>
      <p id="repeat-log-desc" className="mt-2 text-sm text-slate-800">
        Log it again only if you really sent a second email. Logged twice, it reads as two emails to your advocates and the dean&apos;s office.
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
        <button type="button" onClick={onConfirm} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
          Log again
        </button>
      </div>
    </dialog>
  );
}
