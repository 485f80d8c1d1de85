"use client";
// A dialog with a backdrop (Radix: focus kept inside, Escape and the backdrop close it, focus
// returns to what opened it), and a sheet: the same dialog sliding in from the side (or from the
// bottom on a phone) for longer work beside a page, such as the program catalog.
import { Dialog as DialogPrimitive } from "radix-ui";
import { X } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { buttonVariants } from "./button";
import { cn } from "./cn";

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

function Overlay() {
  return <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-ink/50" />;
}

function CloseCross() {
  return (
    <DialogPrimitive.Close aria-label="Close" className={cn(buttonVariants({ variant: "ghost", size: "icon-sm" }), "absolute right-2 top-2")}>
      <X aria-hidden="true" />
    </DialogPrimitive.Close>
  );
}

export function DialogContent({
  title,
  description,
  children,
  className,
  ...props
}: Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & { title: ReactNode; description?: ReactNode }) {
  return (
    <DialogPrimitive.Portal>
      <Overlay />
      <DialogPrimitive.Content
        className={cn(
          "fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100vw-1rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-surface p-5 text-ink shadow-xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <DialogPrimitive.Title className="pr-10 text-lg font-semibold">{title}</DialogPrimitive.Title>
        {description && <DialogPrimitive.Description className="mt-1 text-sm text-ink-muted">{description}</DialogPrimitive.Description>}
        <div className="mt-4">{children}</div>
        <CloseCross />
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function SheetContent({
  title,
  description,
  children,
  className,
  ...props
}: Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> & { title: ReactNode; description?: ReactNode }) {
  return (
    <DialogPrimitive.Portal>
      <Overlay />
      <DialogPrimitive.Content
        className={cn(
          "fixed inset-x-0 bottom-0 z-50 flex max-h-[90dvh] flex-col rounded-t-xl bg-surface text-ink shadow-xl sm:inset-y-0 sm:left-auto sm:right-0 sm:max-h-none sm:w-[min(36rem,100vw)] sm:rounded-none sm:rounded-l-xl",
          className,
        )}
        {...(description ? {} : { "aria-describedby": undefined })}
        {...props}
      >
        <div className="border-b border-border p-4 pr-12">
          <DialogPrimitive.Title className="text-lg font-semibold">{title}</DialogPrimitive.Title>
          {description && <DialogPrimitive.Description className="mt-1 text-sm text-ink-muted">{description}</DialogPrimitive.Description>}
        </div>
        <div className="flex-1 overflow-y-auto p-4">{children}</div>
        <CloseCross />
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
