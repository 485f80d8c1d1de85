"use client";
// "A program called or emailed": a prominent button that opens a dialog. First which program (the
// target list, then any program of the catalog the search finds), then how it reached out (a
// call, an email, an interview offer). A program off the list is logged too, with the rules'
// warning and a way to add it to the list.
import Link from "next/link";
import { useRef, useState } from "react";
import type { Warning } from "@/lib/domain/rules/decision";
import { PhoneIncoming } from "lucide-react";
import { buttonVariants } from "@/components/ui/button-variants";
import { useAfterLoad } from "@/components/ui/use-after-load";
import type { PickedProgram } from "./inbound-program-picker";

export interface CalledProgram {
  programId: string;
  name: string;
  detail: string;
}

interface Logged {
  program: PickedProgram;
  taskCreated: boolean;
  warnings: Warning[];
}

export function ProgramCalled({ programs }: { programs: CalledProgram[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const [picked, setPicked] = useState<PickedProgram | null>(null);
  const [logged, setLogged] = useState<Logged | null>(null);
  // A new key each time the dialog opens: the search box starts empty.
  const [opened, setOpened] = useState(0);
  const listed = programs.map((p) => ({ ...p, onList: true }));
  // The dialog's steps are seen only after a tap: they arrive after the page.
  const buttons = useAfterLoad(() => import("./inbound-buttons"));
  const picker = useAfterLoad(() => import("./inbound-program-picker"));

  const pick = (program: PickedProgram | null) => {
    setPicked(program);
    // Move focus with the step, so a screen reader hears where it is.
    if (program) requestAnimationFrame(() => stepHeading.current?.focus());
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setLogged(null);
          setPicked(null);
          setOpened((n) => n + 1);
          dialog.current?.showModal();
        }}
        className={buttonVariants({ variant: "secondary" })}
      >
        <PhoneIncoming aria-hidden="true" />A program called or emailed
      </button>
      {/* Always in the page, so screen readers announce what fills it. */}
      <div role="status" className="mt-2 basis-full space-y-1 rounded-lg border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-950 empty:hidden">
        {logged && (
          <>
            <p>
              Logged the contact from {logged.program.name}.
              {logged.taskCreated ? " Respond now: your urgent task is at the top." : " Your open task for it is at the top."}
            </p>
            {logged.warnings.map((w) => (
              <p key={w.code + w.message} className="text-amber-950">
                <span className="font-medium">Heads-up: </span>
                {w.message}
              </p>
            ))}
            {!logged.program.onList && (
              <p>
                <Link href={`/applicant/list?q=${encodeURIComponent(logged.program.name)}`} className="font-medium underline">
                  Add {logged.program.name} to your list
                </Link>
              </p>
            )}
          </>
        )}
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="program-called-title"
        onClose={() => setPicked(null)}
        className="m-auto max-h-[calc(100dvh-1rem)] w-[min(36rem,calc(100vw-1rem))] rounded-xl p-0 shadow-xl backdrop:bg-slate-900/50"
      >
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 p-4">
          <h2 id="program-called-title" className="text-lg font-semibold">
            Which program reached you?
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="min-h-11 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            Close
          </button>
        </div>
        <div className="max-h-[calc(100dvh-7rem)] overflow-y-auto p-4">
          {picked && (
            <div className="space-y-3">
              <h3 ref={stepHeading} tabIndex={-1} className="font-semibold outline-none">
                How did {picked.name} reach you?
              </h3>
              <p className="text-xs text-slate-600">
                {picked.detail}
                {!picked.onList && " · not on your list: it is logged all the same, with a reminder to add it."}
              </p>
              {buttons && (
                <buttons.InboundButtons
                  programId={picked.programId}
                  programName={picked.name}
                  onLogged={(r) => {
                    setLogged({ program: picked, taskCreated: r.data !== undefined, warnings: r.warnings });
                    dialog.current?.close();
                  }}
                />
              )}
              <button type="button" onClick={() => pick(null)} className="min-h-11 text-sm font-medium text-brand-700 underline">
                Back to the programs
              </button>
            </div>
          )}
          {/* Kept while a program is picked, so "Back" finds the search as it was. */}
          <div hidden={picked !== null}>{picker && <picker.InboundProgramPicker key={opened} listed={listed} onPick={pick} />}</div>
        </div>
      </dialog>
    </>
  );
}
