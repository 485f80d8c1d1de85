"use client";
// The page's toasts (sonner), on the tokens: bottom centre, above a phone's tab bar. Call
// `toast("Saved")`, `toast.error(...)` from anywhere; an action's full answer (a refusal's reason
// and next step) is a ToastFeedback.
import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

export function Toaster() {
  return (
    <Sonner
      position="bottom-center"
      containerAriaLabel="Messages"
      mobileOffset={{ bottom: "calc(var(--tab-bar-height) + 0.75rem)" }}
      toastOptions={{
        unstyled: true,
        classNames: {
          toast: "flex w-[min(28rem,calc(100vw-1rem))] items-start gap-2 rounded-xl border border-border bg-surface p-3 text-sm text-ink shadow-lg",
          title: "font-semibold",
          description: "text-ink-muted",
          error: "border-danger/30 bg-danger-soft",
          success: "border-success/30 bg-success-soft",
          warning: "border-warning/30 bg-warning-soft",
          actionButton: "ml-auto rounded-md bg-primary px-3 py-1.5 font-semibold text-primary-foreground",
          cancelButton: "rounded-md px-3 py-1.5 font-medium text-ink",
        },
      }}
    />
  );
}
