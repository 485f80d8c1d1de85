"use client";
// A dialog opened by the page's own state (a row's menu, a Pick or Edit button), with Radix's
// dialog arriving after the page instead of in its first load. Without a Radix trigger, focus
// goes back to `returnFocus` on close (the button that opened it), as a trigger's would.
import type { ReactNode, RefObject } from "react";
import { useAfterLoad } from "./use-after-load";

export function DeferredDialog({
  open,
  onOpenChange,
  title,
  description,
  returnFocus,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  returnFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const kit = useAfterLoad(() => import("./dialog"));
  if (!kit) return null;
  const { Dialog, DialogContent } = kit;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && (
        <DialogContent
          title={title}
          description={description}
          onCloseAutoFocus={
            returnFocus
              ? (event) => {
                  event.preventDefault();
                  returnFocus.current?.focus();
                }
              : undefined
          }
        >
          {children}
        </DialogContent>
      )}
    </Dialog>
  );
}
