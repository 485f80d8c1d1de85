"use client";
// "You logged an email to X at 10:02. Log another?": asked before logging the same email to the
// same program twice within a few minutes (a second tap, a reload), so the record stays true.
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

export interface RepeatLog {
  programName: string;
  /** When the earlier one was logged, in the school's zone: "10:02 AM EDT". */
  timeLabel: string;
}

export function RepeatLogDialog({ repeat, onConfirm, onCancel }: { repeat: RepeatLog | null; onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog
      open={repeat !== null}
      question={repeat && `You logged an email to ${repeat.programName} at ${repeat.timeLabel}. Log another?`}
      consequence="Log it again only if you really sent a second email. Logged twice, it reads as two emails to your advocates and the dean's office."
      confirmLabel="Log again"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
