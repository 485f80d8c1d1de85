"use client";
// Recording, editing and removing the advocate's own connections to programs. A new connection
// starts with no relation chosen: the person picks how they know the program, so one stray click
// never records a connection that is not real. Each form answers where it is.
import { useId, useState } from "react";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connection-labels";
import { CONNECTION_NOTE_MAX } from "@/lib/domain/limits";
import { fieldError } from "@/lib/domain/action-result";
import { CONNECTION_KINDS, type ConnectionKind } from "@/lib/domain/types";
import type { ActionResult } from "@/lib/domain/action-result";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { useAdvocateActions } from "./advocate-actions";

export interface ConnectionValues {
  kind: string;
  note: string;
}

function valuesOf(form: HTMLFormElement): ConnectionValues {
  const data = new FormData(form);
  return { kind: String(data.get("kind") ?? ""), note: String(data.get("note") ?? "") };
}

/** How the advocate knows the program (one choice, none made for them) and a short note. */
function ConnectionFields({
  kind,
  note,
  programName,
  result,
}: {
  kind?: ConnectionKind;
  note?: string;
  programName: string;
  result: ActionResult<unknown> | null;
}) {
  const id = useId();
  const kindError = fieldError(result, "kind");
  return (
    <>
      <fieldset aria-describedby={kindError ? `${id}-kind-error` : undefined}>
        <legend className="text-sm font-medium">How do you know {programName}?</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {CONNECTION_KINDS.map((k) => (
            <label
              key={k}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary-soft"
            >
              <input type="radio" name="kind" value={k} defaultChecked={kind === k} className="size-4 accent-[var(--color-primary)]" />
              {CONNECTION_LABELS[k]}
            </label>
          ))}
        </div>
        {kindError && (
          <p id={`${id}-kind-error`} className="mt-1 text-sm font-medium text-danger">
            {kindError}
          </p>
        )}
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">A short note (optional)</span>
        <input name="note" defaultValue={note} maxLength={CONNECTION_NOTE_MAX} placeholder="e.g. co-residents with the PD, 2009–2012" className={INPUT_CLASS} />
      </label>
    </>
  );
}

/** A form for a new connection to one program; `onRecorded` runs once it is saved. */
export function AddConnectionForm({ programId, programName, onRecorded }: { programId: string; programName: string; onRecorded?: (message: string) => void }) {
  const { addConnection } = useAdvocateActions();
  const { run, pending, result } = useServerAction(addConnection);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ programId, ...valuesOf(e.currentTarget) }, (r) => {
          if (r.ok) onRecorded?.(r.message ?? "Recorded.");
        });
      }}
    >
      <ConnectionFields programName={programName} result={result} />
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Saving…" : "Record the connection"}
      </Button>
      {/* A missing choice is said once, under the choices; anything else here. */}
      {result && !result.ok && !fieldError(result, "kind") && <ActionFeedback result={result} />}
    </form>
  );
}

/** One recorded connection, changed or removed where it is. */
export function ConnectionEditor({ connectionId, programName, kind, note }: { connectionId: string; programName: string; kind: ConnectionKind; note: string }) {
  const { editConnection, removeConnection } = useAdvocateActions();
  const edit = useServerAction(editConnection);
  const remove = useServerAction(removeConnection);
  const last = remove.result ?? edit.result;
  return (
    <form
      className="space-y-3 rounded-lg border border-border p-3"
      aria-label={`${CONNECTION_LABELS[kind]}: ${programName}`}
      onSubmit={(e) => {
        e.preventDefault();
        edit.run({ connectionId, ...valuesOf(e.currentTarget) });
      }}
    >
      <ConnectionFields kind={kind} note={note} programName={programName} result={edit.result} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" disabled={edit.pending}>
          {edit.pending ? "Saving…" : "Save"}
        </Button>
        <Button type="button" variant="danger-outline" size="sm" disabled={remove.pending} onClick={() => remove.run({ connectionId })}>
          Remove this connection
        </Button>
      </div>
      <ActionFeedback result={last} success={last?.ok ? last.message : undefined} />
    </form>
  );
}

/** What was just recorded, announced politely. */
export function RecordedNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-lg border border-success/30 bg-success-soft p-2 text-sm text-success">
      {message}
    </p>
  );
}

/** Another way the advocate knows a program already recorded: opened on demand. */
export function AddAnotherConnection({ programId, programName }: { programId: string; programName: string }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!open) {
    return (
      <div className="space-y-2">
        <RecordedNote message={done} />
        <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
          Add another way you know it
        </Button>
      </div>
    );
  }
  return (
    <AddConnectionForm
      programId={programId}
      programName={programName}
      onRecorded={(message) => {
        setDone(message);
        setOpen(false);
      }}
    />
  );
}
