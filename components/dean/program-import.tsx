"use client";
// Upload the List of Unfilled Programs: read the chosen CSV in the browser, check it on the server
// (every bad row with its line, or the plan: new, changed with each change, unchanged, not in the
// file), then import exactly the text that was checked. The status line says what is happening.
import type * as Actions from "@/app/dean/programs/import/actions";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type RefObject } from "react";
import type { ActionResult, ServerAction } from "@/lib/domain/action-result";
import { describeProgramValue, type ProgramImportCheck, type ProgramImportPreview } from "@/lib/domain/program-diff";
import type { ImportError } from "@/lib/domain/program-import";
import { MAX_IMPORT_CHARACTERS } from "@/lib/domain/limits";
import { thrownActionResult } from "@/components/ui/use-server-action";
import { Button } from "@/components/ui/button";
import { countOf, formatNumber } from "@/lib/domain/human-format";

type Input = { csv: string };

interface Props {
  preview: typeof Actions.previewProgramImportAction;
  apply: typeof Actions.applyProgramImportAction;
}

interface ChosenFile {
  name: string;
  text: string;
  rows: number;
}

type Busy = "reading" | "checking" | "importing" | null;
type Failure = { message: string; details: string[] };

const NETWORK = "Could not reach SOAP Desk. Check your connection and try again; nothing was imported.";

/** Program rows in the text, for the status line (the server counts exactly). */
function roughRowCount(text: string): number {
  return Math.max(0, text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").length - 1);
}

async function call<D>(action: ServerAction<Input, D>, csv: string): Promise<ActionResult<D>> {
  try {
    return await action({ csv });
  } catch (error) {
    return thrownActionResult(error, NETWORK);
  }
}

export function ProgramImport({ preview, apply }: Props) {
  const id = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [check, setCheck] = useState<ProgramImportCheck | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const router = useRouter();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (check) resultHeading.current?.focus();
  }, [check]);

  async function choose(chosen: File | undefined) {
    setFile(null);
    setCheck(null);
    setFailure(null);
    setDone(null);
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_CHARACTERS) {
      setFailure({ message: `${chosen.name} is larger than 5 MB. Split it into smaller files and import them one after another.`, details: [] });
      return;
    }
    setBusy("reading");
    try {
      const text = await chosen.text();
      setFile({ name: chosen.name, text, rows: roughRowCount(text) });
    } catch {
      setFailure({ message: `${chosen.name} could not be read. Choose the file again.`, details: [] });
    } finally {
      setBusy(null);
    }
  }

  function checkFile() {
    if (!file) return;
    setCheck(null);
    setFailure(null);
    setDone(null);
    setBusy("checking");
    startTransition(async () => {
      const result = await call(preview, file.text);
      setBusy(null);
      if (result.ok && result.data) setCheck(result.data);
      else if (!result.ok) setFailure({ message: result.message, details: result.fieldErrors?.csv ?? [] });
    });
  }

  function importFile() {
    if (!file) return;
    setFailure(null);
    setBusy("importing");
    startTransition(async () => {
      const result = await call(apply, file.text);
      setBusy(null);
      if (result.ok) {
        setCheck(null);
        setDone(result.message ?? "Imported.");
        if (result.refresh) router.refresh();
      } else {
        setFailure({ message: result.message, details: result.fieldErrors?.csv ?? [] });
      }
    });
  }

  const status =
    busy === "reading"
      ? "Reading the file…"
      : busy === "checking"
        ? `Checking ${countOf(file?.rows ?? 0, "row")}…`
        : busy === "importing"
          ? `Importing ${countOf(check?.ok ? check.preview.rowCount : (file?.rows ?? 0), "program")}…`
          : (done ?? (file && !check && !failure ? `${file.name}: ${countOf(file.rows, "row")} read. Check the file next.` : ""));
  const plan = check?.ok ? check.preview : null;
  const toWrite = plan ? plan.createdCount + plan.changedCount : 0;

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800">
          CSV file of the List of Unfilled Programs
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-file-hint`}
          disabled={busy !== null}
          onChange={(event) => void choose(event.target.files?.[0])}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-medium file:text-brand-700"
        />
        <p id={`${id}-file-hint`} className="mt-1 text-sm text-slate-600">
          A .csv file up to 5 MB, with the header row of the template.
        </p>
      </div>

      <Button variant="primary" onClick={checkFile} disabled={!file || busy !== null} className="w-full sm:w-auto">
        Check the file
      </Button>

      <div className="space-y-2">
        {busy && <progress aria-labelledby={`${id}-status`} className="h-2 w-full" />}
        <p
          id={`${id}-status`}
          role="status"
          aria-live="polite"
          className={done ? "rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950" : "text-sm text-slate-700"}
        >
          {status}
          {done && (
            <>
              {" "}
              <Link href="/dean/programs" className="font-medium underline">
                See the programs
              </Link>
            </>
          )}
        </p>
      </div>

      {failure && (
        <div role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950">
          <p className="font-semibold">{failure.message}</p>
          {failure.details.length > 0 && (
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {failure.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {check && !check.ok && (
        <BadRows
          id={`${id}-bad-rows`}
          headingRef={resultHeading}
          fileName={file?.name ?? "the file"}
          errors={check.errors}
          errorCount={check.errorCount}
          badRowCount={check.badRowCount}
        />
      )}

      {plan && (
        <section aria-labelledby={`${id}-plan`} className="space-y-3">
          <h3 id={`${id}-plan`} ref={resultHeading} tabIndex={-1} className="text-base font-semibold text-slate-900">
            What the import will do
          </h3>
          <Plan preview={plan} />
          {toWrite === 0 ? (
            <p className="text-sm text-slate-700">Nothing to import: every program in the file is already in your catalog as it is.</p>
          ) : (
            <Button variant="primary" onClick={importFile} disabled={busy !== null} className="w-full sm:w-auto">
              Import {countOf(plan.rowCount, "program")}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}

function BadRows({
  id,
  headingRef,
  fileName,
  errors,
  errorCount,
  badRowCount,
}: {
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  fileName: string;
  errors: ImportError[];
  errorCount: number;
  badRowCount: number;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-rose-900">
        {countOf(badRowCount, "line has", "lines have")} problems: nothing will be imported
      </h3>
      <p className="text-sm text-slate-700">
        Fix these in {fileName} (line 1 is the header row), save it as CSV and choose it again.
        {errorCount > errors.length && ` The first ${countOf(errors.length, "problem")} of ${formatNumber(errorCount)} are listed.`}
      </p>
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Problems in {fileName}, by line</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="w-14 py-1 pr-2 font-medium">
              Line
            </th>
            <th scope="col" className="w-24 py-1 pr-2 font-medium sm:w-44">
              Column
            </th>
            <th scope="col" className="py-1 font-medium">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-2 tabular-nums">{error.row}</td>
              <td className="break-words py-1 pr-2">{error.column || "—"}</td>
              <td className="break-words py-1">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <li className="text-slate-600">…and {countOf(total - shown, "more program")}</li> : null;
}

function Plan({ preview }: { preview: ProgramImportPreview }) {
  const figures = [
    { label: "New", value: preview.createdCount },
    { label: "Changed", value: preview.changedCount },
    { label: "Unchanged", value: preview.unchangedCount },
    { label: "Not in this file (kept)", value: preview.notInFileCount },
  ];
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 p-2">
            <dt className="text-slate-700">{f.label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{formatNumber(f.value)}</dd>
          </div>
        ))}
      </dl>
      {preview.changedCount > 0 && (
        <details open className="rounded-lg border border-slate-200 p-2">
          <summary className="cursor-pointer font-medium">Changed programs ({formatNumber(preview.changedCount)})</summary>
          <ul className="mt-2 space-y-2">
            {preview.changed.map((program) => (
              <li key={program.nrmpCode}>
                <p className="font-medium">
                  {program.nrmpCode} · {program.name}
                </p>
                <ul className="list-disc pl-5 text-slate-700">
                  {program.changes.map((change) => (
                    <li key={change.field} className="break-words">
                      {change.label}: {describeProgramValue(change.field, change.before)} → {describeProgramValue(change.field, change.after)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <More shown={preview.changed.length} total={preview.changedCount} />
          </ul>
        </details>
      )}
      {preview.createdCount > 0 && (
        <details open={preview.createdCount <= 20} className="rounded-lg border border-slate-200 p-2">
          <summary className="cursor-pointer font-medium">New programs ({formatNumber(preview.createdCount)})</summary>
          <ul className="mt-2 space-y-1">
            {preview.created.map((program) => (
              <li key={program.nrmpCode} className="break-words">
                {program.nrmpCode} · {program.name} · {program.specialty} · {program.city}, {program.state}
              </li>
            ))}
            <More shown={preview.created.length} total={preview.createdCount} />
          </ul>
        </details>
      )}
      {preview.notInFileCount > 0 && (
        <details className="rounded-lg border border-slate-200 p-2">
          <summary className="cursor-pointer font-medium">Not in this file ({formatNumber(preview.notInFileCount)}): kept as they are</summary>
          <ul className="mt-2 space-y-1">
            {preview.notInFile.map((program) => (
              <li key={program.nrmpCode} className="break-words">
                {program.nrmpCode} · {program.name}
              </li>
            ))}
            <More shown={preview.notInFile.length} total={preview.notInFileCount} />
          </ul>
        </details>
      )}
    </div>
  );
}
