"use client";
// Invite many applicants from the school's unmatched-applicants report. The browser reads the
// chosen file; "Check the file" asks the server for the rows to invite or every bad row (nothing
// is written); "Invite N applicants" sends exactly the file that was checked, all-or-nothing.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type * as Actions from "@/app/dean/people/actions";
import type { ActionResult } from "@/lib/domain/action-result";
import type { BulkInvitationPreview, BulkInvitationResult, BulkRowError } from "@/lib/domain/bulk-invitations";
import { BULK_TOO_LARGE_MESSAGE as TOO_LARGE_MESSAGE, MAX_BULK_INVITATION_CHARACTERS } from "@/lib/domain/limits";
import { DEGREE_LABELS } from "@/lib/domain/types";
import { FormStatus } from "@/components/ui/form-status";
import { useServerAction } from "@/components/ui/use-server-action";
import { countOf } from "@/lib/domain/human-format";

const BUTTON = "w-full rounded-md px-4 py-2 font-medium disabled:opacity-60 sm:w-auto";

/** The file as text: UTF-8 (Excel's "CSV UTF-8"), else Windows-1252 (Excel's plain "CSV"), so accents survive. */
async function readCsv(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function RowErrors({ errors, id }: { errors: BulkRowError[]; id: string }) {
  return (
    <ul id={id} className="mt-2 max-w-3xl space-y-1 text-sm text-rose-950">
      {errors.map((e, index) => (
        <li key={`${e.row}-${e.column}-${index}`} className="rounded-md border border-rose-200 bg-rose-50 px-3 py-1.5">
          <span className="font-semibold">Row {e.row}</span>
          {e.column && <span className="font-medium">, {e.column}</span>}: {e.message}
        </li>
      ))}
    </ul>
  );
}

function PreviewTable({ preview }: { preview: BulkInvitationPreview }) {
  return (
    <div
      role="region"
      aria-label="Applicants to invite, scrolls"
      tabIndex={0}
      className="mt-2 max-h-96 overflow-auto rounded-md border border-slate-200 focus:outline-2 focus:outline-brand-600"
    >
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="sticky top-0 border-b border-slate-200 bg-white text-xs uppercase text-slate-600">
          <tr>
            {["Row", "Name", "Email", "AAMC ID", "Degree", "Specialty"].map((label) => (
              <th key={label} scope="col" className="px-2 py-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {preview.rows.map((r) => (
            <tr key={r.row}>
              <td className="px-2 py-1.5 tabular-nums text-slate-600">{r.row}</td>
              <th scope="row" className="px-2 py-1.5 font-medium">
                {r.name}
              </th>
              <td className="break-all px-2 py-1.5">{r.email}</td>
              <td className="px-2 py-1.5 tabular-nums">{r.aamcId}</td>
              <td className="px-2 py-1.5">{DEGREE_LABELS[r.degreeType]}</td>
              <td className="px-2 py-1.5">{r.specialty}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SendResult({ result }: { result: ActionResult<BulkInvitationResult> }) {
  if (!result.ok) {
    const lines = result.fieldErrors?.csv ?? [];
    return (
      <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950">
        <p className="font-semibold">{result.message}</p>
        {lines.length > 0 && (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const notSent = result.data?.notSent ?? [];
  return (
    <div className="space-y-2">
      <FormStatus result={result} />
      {notSent.length > 0 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">Could not be sent ({notSent.length}):</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {notSent.map((n) => (
              <li key={n.email}>
                <span className="font-medium">{n.name}</span> ({n.email}): {n.problem}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/dean/invitations" className="font-medium text-brand-700 underline">
              Re-send them from the Invitations page
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}

export function BulkInvite({ preview, send }: { preview: typeof Actions.previewBulkInvitationsAction; send: typeof Actions.sendBulkInvitationsAction }) {
  const checking = useServerAction(preview);
  const sending = useServerAction(send);
  const [csv, setCsv] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // The file input is remounted (emptied) after the invitations went out, so they are not sent twice.
  const [inputKey, setInputKey] = useState(0);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const checked = checking.result?.ok ? checking.result.data : undefined;
  const { clear: clearCheck } = checking;
  const { clear: clearSend } = sending;

  useEffect(() => {
    // Put the keyboard and the screen reader on the answer once it is there.
    if (checking.result || sending.result) answerRef.current?.focus();
  }, [checking.result, sending.result]);

  async function choose(file: File | undefined) {
    clearCheck();
    clearSend();
    setCsv(null);
    setFileProblem(null);
    if (!file) return;
    if (!/\.csv$/i.test(file.name) && file.type !== "text/csv") return setFileProblem("Choose a .csv file. In Excel: File, Save As, CSV UTF-8.");
    if (file.size > MAX_BULK_INVITATION_CHARACTERS) return setFileProblem(TOO_LARGE_MESSAGE);
    try {
      setCsv(await readCsv(file));
    } catch {
      setFileProblem("The file could not be read. Choose it again.");
    }
  }

  function check() {
    if (csv === null) return;
    clearSend();
    checking.run({ csv });
  }

  function invite() {
    if (csv === null) return;
    sending.run({ csv }, (result) => {
      if (!result.ok) return;
      setCsv(null);
      setInputKey((k) => k + 1);
    });
  }

  const progress = checking.pending
    ? "Checking the file…"
    : sending.pending
      ? `Inviting ${countOf(checked?.rows.length ?? 0, "applicant", "applicants")} and sending their emails. A long file can take a minute; keep this page open.`
      : checked && !sending.result
        ? checked.errors.length > 0
          ? `Checked: ${countOf(new Set(checked.errors.map((e) => e.row)).size, "row has", "rows have")} problems.`
          : `Checked: ${countOf(checked.rows.length, "applicant", "applicants")} to invite.`
        : "";
  // After an answer, only a lost connection, an unreachable database or a server fault is worth trying again: a refusal
  // needs a new check of the file, and a success must not be sent twice.
  const retryable =
    !sending.result ||
    (!sending.result.ok && (sending.result.code === "NETWORK" || sending.result.code === "UNAVAILABLE" || sending.result.code === "INTERNAL"));
  const canSend = checked !== undefined && checked.errors.length === 0 && checked.rows.length > 0 && retryable;

  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-700">
        Bring applicants in from your unmatched-applicants report: a CSV with the columns <strong>Name</strong>, <strong>Email</strong>,{" "}
        <strong>AAMC ID</strong> and <strong>Specialty</strong>, and optionally <strong>Degree</strong> (US MD, US DO or IMG). At most 1,000 rows. Nobody is
        invited until every row is right.{" "}
        <a href="/templates/applicants-template.csv" download className="font-medium text-brand-700 underline">
          Download the template (CSV)
        </a>
      </p>
      <div>
        <label htmlFor="bulk-invite-file" className="block text-sm font-medium text-slate-800">
          CSV file of applicants
        </label>
        <input
          key={inputKey}
          id="bulk-invite-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileProblem ? "bulk-invite-file-problem" : undefined}
          aria-invalid={fileProblem ? true : undefined}
          onChange={(event) => void choose(event.target.files?.[0])}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-800"
        />
        {fileProblem && (
          <p id="bulk-invite-file-problem" role="alert" className="mt-1 text-sm text-rose-700">
            {fileProblem}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <button
          type="button"
          disabled={csv === null || checking.pending || sending.pending}
          onClick={check}
          className={`${BUTTON} border border-brand-600 bg-white text-brand-700 hover:bg-brand-50`}
        >
          Check the file
        </button>
        {canSend && (
          <button type="button" disabled={sending.pending} onClick={invite} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
            Invite {countOf(checked.rows.length, "applicant", "applicants")}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {progress}
      </p>

      {checking.result && !checking.result.ok && <FormStatus result={checking.result} />}
      {checked && !sending.result && (
        <section aria-labelledby="bulk-invite-answer">
          <h3 id="bulk-invite-answer" ref={answerRef} tabIndex={-1} className="text-base font-semibold">
            {checked.errors.length > 0
              ? `Nobody can be invited yet: ${countOf(new Set(checked.errors.map((e) => e.row)).size, "row has", "rows have")} problems`
              : `${countOf(checked.rows.length, "applicant", "applicants")} to invite`}
          </h3>
          {checked.errors.length > 0 ? (
            <>
              <p className="mt-1 text-sm text-slate-700">Fix every row listed below in the file, save it, choose it again and check it again.</p>
              <RowErrors errors={checked.errors} id="bulk-invite-errors" />
            </>
          ) : (
            <>
              {checked.degreeAssumed && (
                <p className="mt-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
                  The file has no Degree column, so everyone will be invited as a US MD graduate. If some are US DO graduates or IMGs, add a Degree column (US
                  MD, US DO or IMG) and check the file again.
                </p>
              )}
              <PreviewTable preview={checked} />
            </>
          )}
        </section>
      )}
      {sending.result && (
        <section aria-labelledby="bulk-invite-result">
          <h3 id="bulk-invite-result" ref={answerRef} tabIndex={-1} className="mb-1 text-base font-semibold">
            {sending.result.ok ? "Invitations sent" : sending.result.code === "NETWORK" ? "No answer from SOAP Desk" : "Nobody was invited"}
          </h3>
          <SendResult result={sending.result} />
        </section>
      )}
    </div>
  );
}
