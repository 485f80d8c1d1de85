"use client";
// Recording, editing and removing the advocate's own connections to programs. Each form answers
// where it is: a refusal or error next to the control used.
import { useState } from "react";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connection-labels";
import { CONNECTION_NOTE_MAX } from "@/lib/domain/limits";
import { CONNECTION_KINDS, type ConnectionKind } from "@/lib/domain/types";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { useAdvocateActions } from "./advocate-actions";

const BUTTON = "min-h-11 rounded-md border px-3 text-sm font-medium disabled:opacity-60";
const KIND_OPTIONS = CONNECTION_KINDS.map((k) => ({ value: k, label: CONNECTION_LABELS[k] }));

function ConnectionFields({ kind, note, programName }: { kind?: ConnectionKind; note?: string; programName: string }) {
  return (
    <>
      <label className="text-sm">
        <span className="mb-1 block font-medium">
          How you are connected<span className="sr-only"> to {programName}</span>
        </span>
        <select name="kind" defaultValue={kind ?? "TRAINED_WITH_PD"} className={INPUT_CLASS}>
          {KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">
          A short note (optional)<span className="sr-only"> for {programName}</span>
        </span>
        <input name="note" defaultValue={note} maxLength={CONNECTION_NOTE_MAX} placeholder="e.g. co-residents with the PD, 2009–2012" className={INPUT_CLASS} />
      </label>
    </>
  );
}

export function AddConnectionForm({ programId, programName }: { programId: string; programName: string }) {
  const { addConnection } = useAdvocateActions();
  const { run, pending, result } = useServerAction(addConnection);
  return (
    <form
      className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        run({ programId, kind: String(data.get("kind")) as ConnectionKind, note: String(data.get("note") ?? "") });
      }}
    >
      <ConnectionFields programName={programName} />
      <button type="submit" disabled={pending} className={`${BUTTON} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`}>
        {pending ? "Saving…" : "Record"}
        <span className="sr-only"> a connection to {programName}</span>
      </button>
      <div className="sm:col-span-3">
        <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
      </div>
    </form>
  );
}

export function ConnectionRow({ connectionId, programName, kind, note }: { connectionId: string; programName: string; kind: ConnectionKind; note: string }) {
  const { editConnection, removeConnection } = useAdvocateActions();
  const [editing, setEditing] = useState(false);
  const edit = useServerAction(editConnection);
  const remove = useServerAction(removeConnection);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <span className="flex-1 text-sm">
          {CONNECTION_LABELS[kind]}
          {note && <span className="text-slate-700"> · {note}</span>}
        </span>
        <button type="button" aria-expanded={editing} onClick={() => setEditing((o) => !o)} className={`${BUTTON} border-slate-300 hover:bg-slate-100`}>
          Edit<span className="sr-only"> the connection to {programName}</span>
        </button>
        <button
          type="button"
          disabled={remove.pending}
          onClick={() => remove.run({ connectionId })}
          className={`${BUTTON} border-rose-300 text-rose-900 hover:bg-rose-50`}
        >
          Remove<span className="sr-only"> the connection to {programName}</span>
        </button>
      </div>
      {editing && (
        <form
          className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            edit.run({ connectionId, kind: String(data.get("kind")) as ConnectionKind, note: String(data.get("note") ?? "") }, (r) => {
              if (r.ok) setEditing(false);
            });
          }}
        >
          <ConnectionFields kind={kind} note={note} programName={programName} />
          <button type="submit" disabled={edit.pending} className={`${BUTTON} border-brand-700 bg-brand-700 text-white hover:bg-brand-900`}>
            Save
          </button>
        </form>
      )}
      <ActionFeedback
        result={edit.result ?? remove.result}
        success={(edit.result ?? remove.result)?.ok ? (edit.result ?? remove.result)?.message : undefined}
      />
    </div>
  );
}
