"use client";
// The ranked target list, one line per program: drag with a pointer, or with the keyboard (focus
// a handle, Space to lift, arrows to move, Space to drop), or Move up / Move down in the row's
// "⋯" menu. Every new order is saved at once and announced. "Me alone" on a program an advocate
// already contacted is asked about first, naming who and when; removing a program is confirmed.
// A program's call is logged from the menu too. After a binding acceptance the list is only a
// record (readOnly).
import { useEffect, useRef, useState } from "react";
import type { Announcements, DragEndEvent } from "@dnd-kit/core";
import { moveItem } from "@/lib/domain/applicant/reorder";
import { meAloneConsequence, meAloneQuestion, needsMeAloneQuestion } from "@/lib/domain/applicant/priority-warning";
import type { TargetPriority } from "@/lib/domain/types";
import { useApplicantActions } from "./applicant-actions";
import type { ActionResult } from "@/lib/domain/action-result";
import { ToastFeedback } from "@/components/ui/toast-feedback";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ReadOnlyTargetRow, TargetRow, type RowMenuAction, type TargetRowData } from "./target-row";
import { DeferredDialog } from "@/components/ui/deferred-dialog";
import { useAfterLoad } from "@/components/ui/use-after-load";
import { useServerAction } from "@/components/ui/use-server-action";
import { RowDragStore } from "./row-drag";

type DragModule = typeof import("./target-list-drag");

type AnyInput = Record<string, unknown>;

interface TargetListProps {
  targets: TargetRowData[];
  /** The school's zone, for when an advocate contacted a program. */
  timeZone: string;
  /** After a binding acceptance: no reordering, priorities, applications or calls. */
  readOnly?: boolean;
}

export function TargetList({ targets, timeZone, readOnly = false }: TargetListProps) {
  if (readOnly) {
    return targets.length === 0 ? (
      <p className="text-sm text-slate-600">Your list was empty.</p>
    ) : (
      <ol aria-label="Target list in rank order">
        {targets.map((row, index) => (
          <ReadOnlyTargetRow key={row.programId} row={row} index={index} />
        ))}
      </ol>
    );
  }
  return <EditableTargetList targets={targets} timeZone={timeZone} />;
}

interface PriorityChange {
  row: TargetRowData;
  priority: TargetPriority;
}

function EditableTargetList({ targets, timeZone }: { targets: TargetRowData[]; timeZone: string }) {
  // An advocate's new contact counts too: the "me alone" question must name the latest one.
  const serverKey = targets.map((t) => `${t.programId}:${t.priority}:${t.appliedAt ?? ""}:${t.emailed}:${t.advocateContact?.at.toString() ?? ""}`).join("|");
  const [seen, setSeen] = useState(serverKey);
  const [rows, setRows] = useState(targets);
  if (seen !== serverKey) {
    // The server's order wins whenever it changes (after a save, or another tab's change).
    setSeen(serverKey);
    setRows(targets);
  }
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<string | null>(null);
  const [lastSuccess, setLastSuccess] = useState<string | undefined>();
  const [asking, setAsking] = useState<PriorityChange | null>(null);
  const [removing, setRemoving] = useState<TargetRowData | null>(null);
  const [calling, setCalling] = useState<TargetRowData | null>(null);
  // "They called or emailed…" is asked in a dialog after a tap: its buttons arrive with the dialog.
  const inbound = useAfterLoad(() => import("./inbound-buttons"));
  const actions = useApplicantActions();
  const action = useServerAction<{ kind: string; input: AnyInput }>(async ({ kind, input }): Promise<ActionResult> => {
    if (kind === "reorder") return actions.reorderTargets(input);
    if (kind === "priority") return actions.setTargetPriority(input);
    if (kind === "applied") return actions.markApplied(input);
    return actions.removeTarget(input);
  });
  // Drag-and-drop loads after the page (Move up / Move down work before it); if it cannot load,
  // they are still there.
  const [dragStore] = useState(() => new RowDragStore());
  const [drag, setDrag] = useState<DragModule | null>(null);
  useEffect(() => {
    let live = true;
    import("./target-list-drag").then(
      (module) => live && setDrag(module),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    // Moving a row moves its DOM node, which drops focus: put it back on the row's "⋯" button.
    const label = focusAfterMove.current;
    if (!label) return;
    focusAfterMove.current = null;
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`)?.focus());
  }, [rows]);

  const nameOf = (id: string | number) => rows.find((r) => r.programId === id)?.program.name ?? "program";
  const positionOf = (id: string | number) => rows.findIndex((r) => r.programId === id) + 1;

  function save(next: TargetRowData[], message: string) {
    setRows(next);
    setAnnouncement(message);
    setLastSuccess("New order saved.");
    action.run({ kind: "reorder", input: { programIds: next.map((r) => r.programId) } }, (r) => {
      if (!r.ok) setRows(targets);
    });
  }

  function move(from: number, to: number, fromMenu = false) {
    const row = rows[from];
    if (!row || to < 0 || to >= rows.length || from === to) return;
    const next = moveItem(rows, from, to);
    save(next, `${row.program.name} moved to rank ${to + 1} of ${rows.length}.`);
    if (fromMenu) focusAfterMove.current = `More for ${row.program.name}`;
  }

  function changePriority(row: TargetRowData, priority: TargetPriority) {
    // An advocate already spoke for the applicant there: say who and when, then ask.
    if (needsMeAloneQuestion(row.priority, priority, row.advocateContact)) setAsking({ row, priority });
    else savePriority({ row, priority });
  }

  function onMenu(row: TargetRowData, index: number, choice: RowMenuAction) {
    if (choice === "up" || choice === "down") move(index, choice === "up" ? index - 1 : index + 1, true);
    else if (choice === "faculty") changePriority(row, "FACULTY");
    else if (choice === "self") changePriority(row, "SELF");
    else if (choice === "called") setCalling(row);
    else setRemoving(row);
  }

  function savePriority({ row, priority }: PriorityChange) {
    setLastSuccess(`Priority saved for ${row.program.name}.`);
    action.run({ kind: "priority", input: { programId: row.programId, priority } });
  }

  function onDragEnd(event: DragEndEvent) {
    const { active, over } = event;
    if (!over || active.id === over.id) return;
    move(
      rows.findIndex((r) => r.programId === active.id),
      rows.findIndex((r) => r.programId === over.id),
    );
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)}, rank ${positionOf(active.id)} of ${rows.length}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over rank ${positionOf(over.id)} of ${rows.length}.` : `${nameOf(active.id)} is no longer over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} dropped at rank ${positionOf(over.id)} of ${rows.length}.` : `${nameOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Reordering cancelled. ${nameOf(active.id)} stays at rank ${positionOf(active.id)}.`,
  };

  if (rows.length === 0) return <p className="text-sm text-slate-600">Your list is empty. Add realistic programs from the catalog below.</p>;

  return (
    <div className="space-y-3">
      <p id="reorder-help" className="text-xs text-ink-muted">
        Drag a handle to reorder (or focus it, Space, arrows, Space); Move up and Move down are in each ⋯ menu.
      </p>
      <ol aria-describedby="reorder-help" aria-label="Target list in rank order" className="border-t border-border">
        {rows.map((row, index) => (
          <TargetRow
            key={row.programId}
            row={row}
            index={index}
            count={rows.length}
            pending={action.pending}
            dragStore={dragStore}
            onMenu={(choice) => onMenu(row, index, choice)}
            onApplied={() => {
              setLastSuccess(`${row.program.name} marked applied in ERAS.`);
              action.run({ kind: "applied", input: { programId: row.programId } });
            }}
          />
        ))}
      </ol>
      {drag && (
        <drag.DragLayer
          ids={rows.map((r) => r.programId)}
          store={dragStore}
          onDragEnd={onDragEnd}
          announcements={announcements}
          instructions="To reorder, press Space to pick up this program, use the arrow keys to move it, Space to drop it, or Escape to cancel."
        />
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {/* The answer shows in a toast: after an action on row 15 it is on screen, not below the list. */}
      <ToastFeedback result={action.result} success={lastSuccess} />
      <ConfirmDialog
        open={removing !== null}
        question={removing ? `Remove ${removing.program.name} from your list?` : ""}
        consequence="It leaves your ranked list; you can add it again from the catalog."
        confirmLabel="Remove"
        onConfirm={() => {
          const row = removing;
          setRemoving(null);
          if (!row) return;
          setLastSuccess(`${row.program.name} removed from your list.`);
          action.run({ kind: "remove", input: { programId: row.programId } });
        }}
        onCancel={() => setRemoving(null)}
      />
      <DeferredDialog
        open={calling !== null}
        onOpenChange={(open) => !open && setCalling(null)}
        title={calling ? `How did ${calling.program.name} reach you?` : ""}
        description="You get a response task with its countdown on the overview."
      >
        {calling && inbound && <inbound.InboundButtons programId={calling.programId} programName={calling.program.name} />}
      </DeferredDialog>
      <MeAloneDialog
        change={asking}
        timeZone={timeZone}
        onConfirm={() => {
          if (asking) savePriority(asking);
          setAsking(null);
        }}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}

/** Asked before "me alone" replaces "faculty will call too" on a program an advocate already contacted. */
function MeAloneDialog({
  change,
  timeZone,
  onConfirm,
  onCancel,
}: {
  change: PriorityChange | null;
  timeZone: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const contact = change?.row.advocateContact;
  return (
    <ConfirmDialog
      open={!!change && !!contact}
      question={contact ? meAloneQuestion(contact, timeZone) : ""}
      consequence={change ? meAloneConsequence(change.row.program.name) : ""}
      confirmLabel="Switch to me alone"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
