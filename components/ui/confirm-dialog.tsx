"use client";
// A question asked before an action that is easy to regret (ConfirmDialogLayer: a modal over a
// backdrop, "Cancel" focused first). It is asked only after someone acts, so Radix's dialog
// arrives after the page instead of in its first load; a question asked before then shows as
// soon as it has arrived.
import type { ConfirmDialogProps } from "./confirm-dialog-layer";
import { useAfterLoad } from "./use-after-load";

export function ConfirmDialog(props: ConfirmDialogProps) {
  const layer = useAfterLoad(() => import("./confirm-dialog-layer"));
  if (!layer) return null;
  const { ConfirmDialogLayer } = layer;
  return <ConfirmDialogLayer {...props} />;
}
