"use client";
// One ranked program on one line: drag handle (pointer or keyboard, once drag-and-drop has
// loaded: see row-drag.ts), rank and program, a status chip whose button is the next step (mark
// applied, then email the program), and a "⋯" menu for the rest: move up or down, priority,
// "they called", remove. After a binding acceptance a row is only a record (ReadOnlyTargetRow).
import Link from "next/link";
import { Check, GripVertical, Mail } from "lucide-react";
import type { TargetPriority } from "@/lib/domain/types";
import type { AdvocateContactFact } from "@/lib/domain/applicant/priority-warning";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { clsx } from "clsx";
import { MoreMenu } from "@/components/ui/more-menu";
import { useRowDrag, type RowDragStore } from "./row-drag";

export interface TargetRowData {
  programId: string;
  priority: TargetPriority;
  appliedAt: string | null;
  /** The applicant's own email to the program is logged. */
  emailed: boolean;
  claimedBy: string | null;
  touches: number;
  /** The latest advocate contact with this program (from the list view), asked about before "me alone". */
  advocateContact: AdvocateContactFact | null;
  program: {
    name: string;
    nrmpCode: string;
    specialty: string;
    city: string;
    state: string;
    positionType: keyof typeof POSITION_LABELS;
    prefersEmail: boolean;
  };
}

export type RowMenuAction = "up" | "down" | "faculty" | "self" | "called" | "remove";

interface Props {
  row: TargetRowData;
  index: number;
  count: number;
  pending: boolean;
  onApplied: () => void;
  onMenu: (action: RowMenuAction) => void;
  /** Where drag-and-drop reaches this row once it has loaded. */
  dragStore?: RowDragStore;
}

// Without its side padding: each chip sets its own (one narrows it on a phone).
const CHIP = "inline-flex min-h-9 shrink-0 items-center gap-1 rounded-full text-sm font-medium";

function ProgramName({ row, index }: { row: TargetRowData; index: number }) {
  const p = row.program;
  return (
    <div className="min-w-0 flex-1">
      <p className="line-clamp-2 text-sm sm:truncate">
        <span className="mr-1.5 tabular-nums text-ink-muted">{index + 1}.</span>
        <Link href={`/applicant/programs/${row.programId}`} className="font-medium text-ink hover:underline">
          {p.name}
        </Link>
        <span className="ml-2 hidden text-xs text-ink-muted lg:inline">
          {POSITION_LABELS[p.positionType]} · {p.city}, {p.state}
          {p.prefersEmail ? " · prefers email" : ""}
        </span>
      </p>
    </div>
  );
}

/** Who else is on it: shown from the small breakpoint, the menu and the program page say it too. */
function Helpers({ row, record }: { row: TargetRowData; record?: boolean }) {
  return (
    <span className="hidden shrink-0 gap-1 text-xs sm:flex">
      {row.priority === "FACULTY" && !record && <span className="rounded-full bg-primary-soft px-2 py-0.5 font-medium text-primary">Faculty will call</span>}
      {row.claimedBy && (
        <span className="rounded-full bg-muted px-2 py-0.5 font-medium text-ink">{record ? `Advocate: ${row.claimedBy}` : `${row.claimedBy} is calling`}</span>
      )}
    </span>
  );
}

/** The row's state as a chip; while a next step remains, the chip is that step's button or link. */
function StatusChip({ row, pending, onApplied, record = false }: { row: TargetRowData; pending: boolean; onApplied: () => void; record?: boolean }) {
  const name = row.program.name;
  if (!row.appliedAt) {
    if (record) return <span className={clsx(CHIP, "bg-muted px-3 text-ink")}>Not applied</span>;
    return (
      <>
        <span className="sr-only">Not applied.</span>
        <button
          type="button"
          disabled={pending}
          onClick={onApplied}
          aria-label={`Mark applied: ${name}`}
          className={clsx(CHIP, "border border-primary bg-surface px-3 text-primary hover:bg-primary-soft disabled:opacity-60")}
        >
          Mark applied
        </button>
      </>
    );
  }
  if (row.emailed || record)
    return (
      <span className={clsx(CHIP, "bg-success-soft px-3 text-success")}>
        <Check aria-hidden="true" className="size-4" />
        {row.emailed ? "Emailed" : "Applied"}
      </span>
    );
  return (
    <Link
      href={`/applicant/messages?program=${encodeURIComponent(row.programId)}`}
      className={clsx(CHIP, "bg-success-soft px-2.5 text-success hover:underline sm:px-3")}
    >
      <Check aria-hidden="true" className="size-4" />
      <span className="sr-only sm:hidden">Applied, </span>
      <span className="hidden sm:inline">Applied ·</span>
      <Mail aria-hidden="true" className="size-4" />
      Email<span className="sr-only"> {name}</span>
    </Link>
  );
}

/** A row after a binding acceptance: the record of what was done, with no controls. */
export function ReadOnlyTargetRow({ row, index }: { row: TargetRowData; index: number }) {
  return (
    <li className="flex min-h-12 items-center gap-2 border-b border-border py-1">
      <ProgramName row={row} index={index} />
      <Helpers row={row} record />
      <StatusChip row={row} pending={false} onApplied={() => {}} record />
    </li>
  );
}

export function TargetRow({ row, index, count, pending, onApplied, onMenu, dragStore }: Props) {
  const { drag, rowRef, handleRef } = useRowDrag(dragStore, row.programId);
  const name = row.program.name;
  return (
    <li
      ref={rowRef}
      style={drag?.style}
      className={clsx(
        "flex min-h-12 items-center gap-1.5 border-b border-border bg-surface py-1 sm:gap-2",
        drag?.isDragging && "relative z-10 rounded-lg shadow-lg ring-2 ring-primary",
      )}
    >
      <button
        type="button"
        ref={handleRef}
        {...(drag ? drag.handle : { "aria-disabled": true })}
        aria-label={`Reorder ${name}, rank ${index + 1} of ${count}`}
        className="flex h-11 w-7 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-ink-muted hover:bg-muted"
      >
        <GripVertical aria-hidden="true" className="size-5" />
      </button>
      <ProgramName row={row} index={index} />
      <Helpers row={row} />
      <StatusChip row={row} pending={pending} onApplied={onApplied} />
      <MoreMenu label={`More for ${name}`} size="icon" modal={false}>
        {({ DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator }) => (
          <>
            <DropdownMenuLabel>{name}</DropdownMenuLabel>
            <DropdownMenuItem disabled={pending || index === 0} onSelect={() => onMenu("up")}>
              Move up
            </DropdownMenuItem>
            <DropdownMenuItem disabled={pending || index === count - 1} onSelect={() => onMenu("down")}>
              Move down
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            {row.priority === "SELF" ? (
              <DropdownMenuItem disabled={pending} onSelect={() => onMenu("faculty")}>
                Ask faculty to call too
              </DropdownMenuItem>
            ) : (
              <DropdownMenuItem disabled={pending} onSelect={() => onMenu("self")}>
                Switch to me alone
              </DropdownMenuItem>
            )}
            <DropdownMenuItem onSelect={() => onMenu("called")}>They called or emailed…</DropdownMenuItem>
            {!row.appliedAt && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem tone="danger" disabled={pending} onSelect={() => onMenu("remove")}>
                  Remove from list…
                </DropdownMenuItem>
              </>
            )}
          </>
        )}
      </MoreMenu>
    </li>
  );
}
