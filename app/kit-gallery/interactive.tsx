"use client";
// The gallery's parts that need a browser: a confirm dialog, a toast, an action's answer as a
// toast, a menu, a dialog and a sheet, each opened by its button.
import { useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { SAMPLE_REFUSAL } from "./samples";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogTrigger, DialogContent, SheetContent } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, MoreButton } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";
import { ToastFeedback } from "@/components/ui/toast-feedback";
import { TextField } from "@/components/ui/text-field";

export function ConfirmDemo() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Accept the offer
      </Button>
      <ConfirmDialog
        open={open}
        question="Accept the offer from Lakeside Internal Medicine?"
        consequence="Accepting is binding: every other application and outreach stops, and open tasks are cancelled."
        confirmLabel="Accept the offer"
        onConfirm={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}

export function MenuDemo() {
  return (
    <DropdownMenu>
      <MoreButton label="More for Lakeside Internal Medicine" />
      <DropdownMenuContent>
        <DropdownMenuLabel>Lakeside Internal Medicine</DropdownMenuLabel>
        <DropdownMenuItem>Move up</DropdownMenuItem>
        <DropdownMenuItem>Move down</DropdownMenuItem>
        <DropdownMenuItem>Open the program</DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem tone="danger">Remove from my list</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

const OVERLAYS = {
  dialog: {
    Content: DialogContent,
    button: "Log a program's call",
    title: "Which program reached you?",
    description: "Pick the program; you get a response task with a 30-minute countdown.",
    field: "Search all programs",
  },
  sheet: {
    Content: SheetContent,
    button: "Open the catalog",
    title: "Program catalog",
    description: "Add a program to your list.",
    field: "Search by name, specialty or state",
  },
} as const;

/** A dialog over a backdrop, or the same as a sheet from the side (the bottom on a phone). */
export function OverlayDemo({ kind }: { kind: keyof typeof OVERLAYS }) {
  const { Content, button, title, description, field } = OVERLAYS[kind];
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>{button}</Button>
      </DialogTrigger>
      <Content title={title} description={description}>
        <TextField name={kind} label={field} type="search" idPrefix={`gallery-${kind}`} />
      </Content>
    </Dialog>
  );
}

export function ToastDemo() {
  const [answer, setAnswer] = useState<ActionResult | null>(null);
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => toast.success("Saved. Your advocates see the new version.")}>Show a toast</Button>
      <Button onClick={() => setAnswer(SAMPLE_REFUSAL)}>Show a refusal</Button>
      <ToastFeedback result={answer} />
    </div>
  );
}
