"use client";
// My connections: programs found by the search are one line each; picking one opens a small form
// (no relation chosen for the person). Programs already recorded appear once each, with Edit.
import { useState } from "react";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connection-labels";
import type { ConnectionKind } from "@/lib/domain/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
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
              onClick={() => {
                setRecorded(null);
                setPicked(p);
              }}
            >
              Pick<span className="sr-only"> {p.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      <Dialog open={picked !== null} onOpenChange={(open) => !open && setPicked(null)}>
        {picked && (
          <DialogContent title={`Your connection to ${picked.name}`} description="A claim needs a real connection: choose the one that is true.">
            <AddConnectionForm
              programId={picked.id}
              programName={picked.name}
              onRecorded={(message) => {
                setRecorded(message);
                setPicked(null);
              }}
            />
          </DialogContent>
        )}
      </Dialog>
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
      <Dialog>
        <DialogTrigger asChild>
          <Button size="sm" variant="secondary" className="min-h-11">
            Edit<span className="sr-only"> your connection to {program.name}</span>
          </Button>
        </DialogTrigger>
        <DialogContent title={`Your connection to ${program.name}`}>
          <div className="space-y-3">
            {program.connections.map((c) => (
              <ConnectionEditor key={c.id} connectionId={c.id} programName={program.name} kind={c.kind} note={c.note} />
            ))}
            <AddAnotherConnection programId={program.programId} programName={program.name} />
          </div>
        </DialogContent>
      </Dialog>
    </li>
  );
}
