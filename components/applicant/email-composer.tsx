"use client";
// Compose the applicant's email from the playbook's template, check it, send it from your own mail
// app (or copy it), then log it as sent. The rules' answer for the chosen program is shown before
// anything is sent: not applied yet, program-initiated mode with no call yet, an accepted offer.
import { useMemo, useState } from "react";
import { useApplicantActions } from "./applicant-actions";
import type { RefusalBody } from "@/lib/domain/action-result";
import { mailtoHref } from "@/lib/domain/applicant/mailto";
import { checkEmail } from "@/lib/domain/messages/email-checker";
import { applicantEmail } from "@/lib/domain/messages/templates";
import type { DegreeType, PositionType } from "@/lib/domain/types";
import { ActionFeedback, RefusalAlert } from "@/components/ui/action-feedback";
import { EmailFindings } from "./email-findings";
import { useServerAction } from "@/components/ui/use-server-action";

export interface ComposerProgram {
  programId: string;
  applied: boolean;
  emailed: boolean;
  refusal: RefusalBody | null;
  program: {
    name: string;
    specialty: string;
    positionType: PositionType;
    directorName: string;
    directorEmail: string;
    coordinatorName: string;
    coordinatorEmail: string;
  };
}

export interface ComposerApplicant {
  fullName: string;
  aamcId: string;
  degreeType: DegreeType;
  phone: string;
  schoolName: string;
  hasRedFlag: boolean;
}

const field = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const button = "inline-flex min-h-11 items-center justify-center rounded-md px-3 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-50";

export function EmailComposer({
  applicant,
  programs,
  wordLimit,
  initialProgramId,
}: {
  applicant: ComposerApplicant;
  programs: ComposerProgram[];
  wordLimit: number;
  initialProgramId: string | null;
}) {
  const [programId, setProgramId] = useState(initialProgramId ?? programs[0]?.programId ?? "");
  const [fill, setFill] = useState({ status: "senior", focus: "", rotations: "", feature: "" });
  const selected = programs.find((p) => p.programId === programId) ?? null;
  const draft = useMemo(() => {
    if (!selected) return { subject: "", body: "" };
    return applicantEmail(
      {
        ...applicant,
        status: fill.status,
        focus: fill.focus || undefined,
        recentRotations: fill.rotations
          ? fill.rotations
              .split(",")
              .map((r) => r.trim())
              .filter(Boolean)
          : undefined,
      },
      { ...selected.program, feature: fill.feature || undefined },
    );
  }, [applicant, selected, fill]);
  // The draft follows the template until the applicant edits it by hand; "Rebuild" goes back.
  const [edited, setEdited] = useState<{ key: string; subject: string; body: string } | null>(null);
  const draftKey = `${programId}|${JSON.stringify(fill)}`;
  const subject = edited && edited.key === draftKey ? edited.subject : draft.subject;
  const body = edited && edited.key === draftKey ? edited.body : draft.body;
  const findings = useMemo(
    () =>
      selected
        ? checkEmail(
            { subject, body },
            { fullName: applicant.fullName, aamcId: applicant.aamcId, specialty: selected.program.specialty, programName: selected.program.name, wordLimit },
          )
        : [],
    [subject, body, selected, applicant, wordLimit],
  );
  const [copied, setCopied] = useState("");
  const actions = useApplicantActions();
  const log = useServerAction(actions.logEmailSent);

  if (programs.length === 0) return <p className="text-sm text-slate-600">Add programs to your list and apply to them first.</p>;
  const refusal = selected?.refusal ?? null;
  const to = selected ? [selected.program.directorEmail, selected.program.coordinatorEmail].filter((a) => a !== "") : [];
  const setFillField = (key: keyof typeof fill) => (e: React.ChangeEvent<HTMLInputElement>) => setFill((f) => ({ ...f, [key]: e.target.value }));

  return (
    <div className="space-y-4">
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Program</span>
        <select
          value={programId}
          onChange={(e) => {
            setProgramId(e.target.value);
            log.clear();
            setCopied("");
          }}
          className={field}
        >
          {programs.map((p) => (
            <option key={p.programId} value={p.programId}>
              {p.program.name} ({p.applied ? (p.emailed ? "applied, emailed" : "applied") : "not applied yet"})
            </option>
          ))}
        </select>
      </label>
      {refusal && <RefusalAlert refusal={refusal} title={`You cannot email ${selected?.program.name ?? "this program"} yet`} />}
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Fill the template&apos;s blanks</legend>
        <label className="text-sm">
          <span className="mb-1 block">You are a… (senior or graduate)</span>
          <input value={fill.status} onChange={setFillField("status")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Brief focus (e.g. community medicine)</span>
          <input value={fill.focus} onChange={setFillField("focus")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Recent rotations, comma-separated</span>
          <input value={fill.rotations} onChange={setFillField("rotations")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Why this program or region</span>
          <input value={fill.feature} onChange={setFillField("feature")} className={field} />
        </label>
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Subject</span>
        <input value={subject} onChange={(e) => setEdited({ key: draftKey, subject: e.target.value, body })} className={field} />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Email</span>
        <textarea
          value={body}
          rows={14}
          onChange={(e) => setEdited({ key: draftKey, subject, body: e.target.value })}
          className={`${field} font-mono leading-relaxed`}
        />
      </label>
      {edited && edited.key === draftKey && (
        <button type="button" onClick={() => setEdited(null)} className="text-sm font-medium text-brand-700 underline">
          Rebuild from the template (drops your edits)
        </button>
      )}
      <EmailFindings findings={findings} hasRedFlag={applicant.hasRedFlag} />
      <p className="text-sm text-slate-700">
        To: {to.length > 0 ? to.join(", ") : "no email on file for this program: find the coordinator's address in ERAS or on the program's site."}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={!!refusal}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(`Subject: ${subject}\n\n${body}`);
              setCopied("Copied the subject and email to the clipboard.");
            } catch {
              setCopied("Could not copy automatically: select the text and copy it.");
            }
          }}
          className={`${button} border border-slate-300 bg-white hover:bg-slate-100`}
        >
          Copy email
        </button>
        {refusal ? (
          <span aria-disabled="true" className={`${button} border border-slate-300 bg-slate-100 text-slate-500`}>
            Open in mail app
          </span>
        ) : (
          <a href={mailtoHref(to, subject, body)} className={`${button} border border-slate-300 bg-white hover:bg-slate-100`}>
            Open in mail app
          </a>
        )}
        <button
          type="button"
          disabled={!!refusal || log.pending}
          onClick={() => log.run({ programId, summary: `Emailed: ${subject}` })}
          className={`${button} bg-brand-700 text-white hover:bg-brand-900`}
        >
          Log as sent
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {copied}
      </p>
      <ActionFeedback result={log.result} success={`Logged your email to ${selected?.program.name ?? "the program"}.`} />
    </div>
  );
}
