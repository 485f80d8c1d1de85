"use client";
// A question asked before an action that is easy to regret: a modal dialog over a backdrop (focus
// kept inside, Escape and the backdrop cancel), named by its question and described by what the
// answer means, with "Cancel" focused first. `tone="danger"` for an answer that removes or declines.
// Pages take it through ConfirmDialog, which brings it after the page.
import { useRef, type ReactNode } from "react";
import { Dialog as DialogPrimitive } from "radix-ui";
import { Button } from "./button";

export type ConfirmDialogProps = {
  open: boolean;
  question: ReactNode;
  consequence: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  tone?: "primary" | "danger";
};

export function ConfirmDialogLayer({ open, question, consequence, confirmLabel, onConfirm, onCancel, tone = "primary" }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <DialogPrimitive.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) onCancel();
      }}
    >
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-ink/50" />
        <DialogPrimitive.Content
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            cancel.current?.focus();
          }}
          className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(30rem,calc(100vw-1rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-surface p-5 text-ink shadow-xl"
        >
          <DialogPrimitive.Title className="text-lg font-semibold">{question}</DialogPrimitive.Title>
          <DialogPrimitive.Description className="mt-2 text-sm text-ink-muted">{consequence}</DialogPrimitive.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <Button ref={cancel} variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant={tone} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
