"use client";
// "A program called": a prominent button that opens a dialog listing the target list; one tap on
// "Called" or "Interview offered" next to the program logs it.
import { useRef, useState } from "react";
import { InboundButtons } from "./inbound-buttons";

export interface CalledProgram {
  programId: string;
  name: string;
  detail: string;
}

export function ProgramCalled({ programs }: { programs: CalledProgram[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [logged, setLogged] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setLogged(null);
          dialog.current?.showModal();
        }}
        className="min-h-12 w-full rounded-xl bg-rose-700 px-4 py-3 text-lg font-bold text-white shadow hover:bg-rose-800 sm:w-auto"
      >
        A program called
      </button>
      {logged && (
        <p role="status" className="mt-2 rounded-lg border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-950">
          Logged the contact from {logged}. Respond now: your urgent task is below.
        </p>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="program-called-title"
        className="m-auto w-[min(36rem,calc(100vw-1rem))] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 p-4">
          <h2 id="program-called-title" className="text-lg font-semibold">
            Which program reached you?
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
            Close
          </button>
        </div>
        {programs.length === 0 ? (
          <p className="p-4 text-sm text-slate-700">Your target list is empty. Add the program from the catalog first.</p>
        ) : (
          <ul className="max-h-[70vh] divide-y divide-slate-100 overflow-y-auto p-2">
            {programs.map((p) => (
              <li key={p.programId} className="p-2">
                <p className="font-medium">{p.name}</p>
                <p className="mb-2 text-xs text-slate-600">{p.detail}</p>
                <InboundButtons
                  programId={p.programId}
                  programName={p.name}
                  onLogged={() => {
                    setLogged(p.name);
                    dialog.current?.close();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </dialog>
    </>
  );
}
