"use client";
// My connections: programs found by the search are one line each; picking one opens a small form
// (no relation chosen for the person). Programs already recorded appear once each, with Edit.
import { useRef, useState } from "react";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connection-labels";
import type { ConnectionKind } from "@/lib/domain/types";
import { Button } from "@/components/ui/button";
import { DeferredDialog } from "@/components/ui/deferred-dialog";
import { AddAnotherConnection, AddConnectionForm, ConnectionEditor, RecordedNote } from "./connection-forms";

export interface FoundProgram {
  id: string;
  name: string;
  detail: string;
  recorded: boolean;
}

export function ProgramPicker({ programs }: { programs: FoundProgram[] }) {
  const [picked, setPicked] = useState<FoundProgram | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const pickButton = useRef<HTMLButtonElement | null>(null);
  return (
    <div className="space-y-2">
      <RecordedNote message={recorded} />
      <ul className="divide-y divide-border">
        {programs.map((p) => (
          <li key={p.id} className="flex items-center gap-3 py-2">
            <span className="min-w-0 flex-1">
              <span className="block font-medium">{p.name}</span>
              <span className="block text-xs text-ink-muted">
                {p.detail}
                {p.recorded ? " · already recorded" : ""}
              </span>
            </span>
            <Button
              size="sm"
              variant="secondary"
              className="min-h-11"
              aria-haspopup="dialog"
              aria-expanded={picked?.id === p.id}
              onClick={(event) => {
                pickButton.current = event.currentTarget;
                setRecorded(null);
                setPicked(p);
              }}
            >
              Pick<span className="sr-only"> {p.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      <DeferredDialog
        open={picked !== null}
        onOpenChange={(open) => !open && setPicked(null)}
        title={picked ? `Your connection to ${picked.name}` : ""}
        description="A claim needs a real connection: choose the one that is true."
        returnFocus={pickButton}
      >
        {picked && (
          <AddConnectionForm
            programId={picked.id}
            programName={picked.name}
            onRecorded={(message) => {
              setRecorded(message);
              setPicked(null);
            }}
          />
        )}
      </DeferredDialog>
    </div>
  );
}

export interface RecordedProgram {
  programId: string;
  name: string;
  place: string;
  connections: { id: string; kind: ConnectionKind; note: string }[];
}

export function RecordedProgramRow({ program }: { program: RecordedProgram }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
      <span className="min-w-0 flex-1">
        <span className="block font-medium">
          {program.name} <span className="text-xs font-normal text-ink-muted">{program.place}</span>
        </span>
        <span className="block text-sm text-ink-muted">
          {program.connections.map((c) => `${CONNECTION_LABELS[c.kind]}${c.note ? ` (${c.note})` : ""}`).join(" · ")}
        </span>
      </span>
      <Button
        ref={editButton}
        size="sm"
        variant="secondary"
        className="min-h-11"
        aria-haspopup="dialog"
        aria-expanded={editing}
        onClick={() => setEditing(true)}
      >
        Edit<span className="sr-only"> your connection to {program.name}</span>
      </Button>
      <DeferredDialog open={editing} onOpenChange={setEditing} title={`Your connection to ${program.name}`} returnFocus={editButton}>
        <div className="space-y-3">
          {program.connections.map((c) => (
            <ConnectionEditor key={c.id} connectionId={c.id} programName={program.name} kind={c.kind} note={c.note} />
          ))}
          <AddAnotherConnection programId={program.programId} programName={program.name} />
        </div>
      </DeferredDialog>
    </li>
  );
}
