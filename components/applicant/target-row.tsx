"use client";
// One ranked program: drag handle (pointer or keyboard, once drag-and-drop has loaded: see
// row-drag.ts), explicit move buttons,
// priority, mark applied, remove, and "they called" for the two-tap inbound log. After a binding
// acceptance a row is only a record (ReadOnlyTargetRow): no controls, nothing left to do.
import Link from "next/link";
import type { TargetPriority } from "@/lib/domain/types";
import type { AdvocateContactFact } from "@/lib/domain/applicant/priority-warning";
import { POSITION_LABELS } from "@/lib/domain/messages/merge-fields";
import { InboundButtons } from "./inbound-buttons";
import { useRowDrag, type RowDragStore } from "./row-drag";

export interface TargetRowData {
  programId: string;
  priority: TargetPriority;
  appliedAt: string | null;
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

interface Props {
  row: TargetRowData;
  index: number;
  count: number;
  pending: boolean;
  onMove: (from: number, to: number, button: "up" | "down") => void;
  onPriority: (priority: TargetPriority) => void;
  onApplied: () => void;
  onRemove: () => void;
  /** Where drag-and-drop reaches this row once it has loaded. */
  dragStore?: RowDragStore;
}

const small = "min-h-10 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50";

function RowSummary({ row, index, record = false }: { row: TargetRowData; index: number; record?: boolean }) {
  const p = row.program;
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <p className="min-w-0">
        <span className="mr-1 font-semibold text-slate-600">{index + 1}.</span>
        <Link href={`/applicant/programs/${row.programId}`} className="font-medium text-slate-900 hover:underline">
          {p.name}
        </Link>
        <span className="block text-xs text-slate-600">
          {p.specialty}, {POSITION_LABELS[p.positionType]} · {p.city}, {p.state} · {p.nrmpCode}
          {p.prefersEmail ? " · prefers email" : ""}
        </span>
      </p>
      <span className="flex flex-wrap gap-1 text-xs">
        {row.appliedAt ? (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 font-medium text-emerald-900">Applied</span>
        ) : (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-800">Not applied</span>
        )}
        {row.claimedBy && (
          <span className="rounded-full bg-brand-100 px-2 py-0.5 font-medium text-brand-900">
            {record ? `Advocate: ${row.claimedBy}` : `${row.claimedBy} is calling`}
          </span>
        )}
        {row.touches > 0 && (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 font-medium text-slate-800">{row.touches === 1 ? "1 touch" : `${row.touches} touches`}</span>
        )}
      </span>
    </div>
  );
}

/** A row after a binding acceptance: the record of what was done, with no controls. */
export function ReadOnlyTargetRow({ row, index }: { row: TargetRowData; index: number }) {
  return (
    <li className="border-b border-slate-100 py-3">
      <RowSummary row={row} index={index} record />
    </li>
  );
}

export function TargetRow({ row, index, count, pending, onMove, onPriority, onApplied, onRemove, dragStore }: Props) {
  const { drag, rowRef, handleRef } = useRowDrag(dragStore, row.programId);
  const name = row.program.name;
  return (
    <li
      ref={rowRef}
      style={drag?.style}
      className={`flex gap-2 border-b border-slate-100 bg-white py-3 ${drag?.isDragging ? "relative z-10 rounded-lg shadow-lg ring-2 ring-brand-600" : ""}`}
    >
      <button
        type="button"
        ref={handleRef}
        {...(drag ? drag.handle : { "aria-disabled": true })}
        aria-label={`Reorder ${name}, rank ${index + 1} of ${count}`}
        className="flex w-9 shrink-0 cursor-grab touch-none items-center justify-center self-stretch rounded-md text-slate-500 hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <circle cx="7" cy="5" r="1.5" />
          <circle cx="13" cy="5" r="1.5" />
          <circle cx="7" cy="10" r="1.5" />
          <circle cx="13" cy="10" r="1.5" />
          <circle cx="7" cy="15" r="1.5" />
          <circle cx="13" cy="15" r="1.5" />
        </svg>
      </button>
      <div className="min-w-0 flex-1 space-y-2">
        <RowSummary row={row} index={index} />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            id={`up-${row.programId}`}
            className={small}
            disabled={pending || index === 0}
            onClick={() => onMove(index, index - 1, "up")}
            aria-label={`Move up: ${name}`}
          >
            Move up
          </button>
          <button
            type="button"
            id={`down-${row.programId}`}
            className={small}
            disabled={pending || index === count - 1}
            onClick={() => onMove(index, index + 1, "down")}
            aria-label={`Move down: ${name}`}
          >
            Move down
          </button>
          <label className="flex items-center gap-1 text-sm">
            <span className="text-slate-700">Priority</span>
            <select
              value={row.priority}
              disabled={pending}
              onChange={(e) => onPriority(e.target.value as TargetPriority)}
              aria-label={`Priority for ${name}`}
              className="min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              <option value="FACULTY">Faculty will call too</option>
              <option value="SELF">Me alone</option>
            </select>
          </label>
          {/* Applied rows keep these two places, so "They called" never moves under the pointer. */}
          {row.appliedAt ? (
            <span className={`${small} min-w-28 justify-center border-transparent text-emerald-900`}>Applied</span>
          ) : (
            <button
              type="button"
              className={`${small} min-w-28 justify-center border-emerald-600 text-emerald-900`}
              disabled={pending}
              onClick={onApplied}
              aria-label={`Mark applied: ${name}`}
            >
              Mark applied
            </button>
          )}
          {row.appliedAt ? (
            <span aria-hidden="true" className={`${small} invisible`}>
              Remove
            </span>
          ) : (
            <button type="button" className={`${small} text-rose-800`} disabled={pending} onClick={onRemove} aria-label={`Remove: ${name}`}>
              Remove
            </button>
          )}
          <details className="w-full sm:w-auto">
            <summary
              className="inline-flex min-h-10 cursor-pointer items-center rounded-md px-2 text-sm font-medium text-rose-800 hover:bg-rose-50"
              aria-label={`They called: ${name}`}
            >
              They called
            </summary>
            <div className="mt-2">
              <InboundButtons programId={row.programId} programName={name} />
            </div>
          </details>
        </div>
      </div>
    </li>
  );
}
