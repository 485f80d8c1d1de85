"use client";
// Compose the applicant's email from the playbook's template, check it, send it from your own mail
// app (or copy it), then log it as sent. The rules' answer for the chosen program is shown before
// anything is sent: not applied yet, program-initiated mode with no call yet, an accepted offer.
// The blanks about the applicant (status, focus, rotations) are shared by every program; "why
// this program" and any hand edits of the draft belong to one program, so switching program
// never carries them into another program's email (and switching back brings them back).
import { useEffect, useMemo, useRef, useState } from "react";
import { useApplicantActions } from "./applicant-actions";
import type { RefusalBody } from "@/lib/domain/action-result";
import { mailtoHref } from "@/lib/domain/applicant/mailto";
import { emailLogSummary, recentSameEmail } from "@/lib/domain/applicant/sent-recently";
import { checkEmail } from "@/lib/domain/messages/email-checker";
import { applicantEmail } from "@/lib/domain/messages/templates";
import type { DegreeType, PositionType } from "@/lib/domain/types";
import { ActionFeedback, RefusalAlert } from "@/components/ui/action-feedback";
import { EmailFindings } from "./email-findings";
import { RepeatLogDialog, type RepeatLog } from "./repeat-log-dialog";
import { SentEmails, type SentEmail } from "./sent-emails";
import { useServerAction } from "@/components/ui/use-server-action";

export interface ComposerProgram {
  programId: string;
  applied: boolean;
  emailed: boolean;
  refusal: RefusalBody | null;
  /** The emails already logged to this program, newest first. */
  sent: SentEmail[];
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

/** What belongs to one program: its "why this program" line and hand edits of its draft. */
interface ProgramBlanks {
  feature: string;
  /** Hand edits, valid while the blanks they were made from (`key`) are unchanged. */
  edited: { key: string; subject: string; body: string } | null;
}
const NO_BLANKS: ProgramBlanks = { feature: "", edited: null };

const field = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const button = "inline-flex min-h-11 items-center justify-center rounded-md px-3 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-50";

export function EmailComposer({
  applicant,
  programs,
  wordLimit,
  initialProgramId,
  serverNow,
}: {
  applicant: ComposerApplicant;
  programs: ComposerProgram[];
  wordLimit: number;
  initialProgramId: string | null;
  /** The server's "now" (ISO) when the page was made: "logged a moment ago" is judged on its clock. */
  serverNow: string;
}) {
  const [programId, setProgramId] = useState(initialProgramId ?? programs[0]?.programId ?? "");
  const [common, setCommon] = useState({ status: "senior", focus: "", rotations: "" });
  const [blanksByProgram, setBlanksByProgram] = useState<Record<string, ProgramBlanks>>({});
  const blanks = blanksByProgram[programId] ?? NO_BLANKS;
  const setBlanks = (patch: Partial<ProgramBlanks>) => setBlanksByProgram((all) => ({ ...all, [programId]: { ...(all[programId] ?? NO_BLANKS), ...patch } }));
  const selected = programs.find((p) => p.programId === programId) ?? null;
  const draft = useMemo(() => {
    if (!selected) return { subject: "", body: "" };
    return applicantEmail(
      {
        ...applicant,
        status: common.status,
        focus: common.focus || undefined,
        recentRotations: common.rotations
          ? common.rotations
              .split(",")
              .map((r) => r.trim())
              .filter(Boolean)
          : undefined,
      },
      { ...selected.program, feature: blanks.feature || undefined },
    );
  }, [applicant, selected, common, blanks.feature]);
  // The draft follows the template until the applicant edits it by hand; "Rebuild" goes back.
  const draftKey = JSON.stringify({ ...common, feature: blanks.feature });
  const edited = blanks.edited && blanks.edited.key === draftKey ? blanks.edited : null;
  const subject = edited ? edited.subject : draft.subject;
  const body = edited ? edited.body : draft.body;
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
  // The server's clock runs ahead of or behind this device's (a test clock, a phone set wrong):
  // "within ten minutes" is measured on the server's, like the logged times.
  const clockOffset = useRef(0);
  useEffect(() => {
    clockOffset.current = Date.parse(serverNow) - Date.now();
  }, [serverNow]);
  const [repeat, setRepeat] = useState<(RepeatLog & { programId: string; summary: string }) | null>(null);

  if (programs.length === 0) return <p className="text-sm text-slate-600">Add programs to your list and apply to them first.</p>;
  const refusal = selected?.refusal ?? null;
  const to = selected ? [selected.program.directorEmail, selected.program.coordinatorEmail].filter((a) => a !== "") : [];
  const setCommonField = (key: keyof typeof common) => (e: React.ChangeEvent<HTMLInputElement>) => setCommon((c) => ({ ...c, [key]: e.target.value }));
  const logAsSent = () => {
    if (!selected) return;
    const summary = emailLogSummary(subject);
    const earlier = recentSameEmail(selected.sent, { programId, summary }, new Date(Date.now() + clockOffset.current));
    if (earlier) setRepeat({ programId, summary, programName: selected.program.name, timeLabel: earlier.timeLabel });
    else log.run({ programId, summary });
  };

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
            setRepeat(null);
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
          <input value={common.status} onChange={setCommonField("status")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Brief focus (e.g. community medicine)</span>
          <input value={common.focus} onChange={setCommonField("focus")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Recent rotations, comma-separated</span>
          <input value={common.rotations} onChange={setCommonField("rotations")} className={field} />
        </label>
        <label className="text-sm">
          <span className="mb-1 block">Why this program or region</span>
          <input value={blanks.feature} onChange={(e) => setBlanks({ feature: e.target.value })} className={field} />
        </label>
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Subject</span>
        <input value={subject} onChange={(e) => setBlanks({ edited: { key: draftKey, subject: e.target.value, body } })} className={field} />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Email</span>
        <textarea
          value={body}
          rows={14}
          onChange={(e) => setBlanks({ edited: { key: draftKey, subject, body: e.target.value } })}
          className={`${field} font-mono leading-relaxed`}
        />
      </label>
      {edited && (
        <button type="button" onClick={() => setBlanks({ edited: null })} className="text-sm font-medium text-brand-700 underline">
          Rebuild from the template (drops your edits)
        </button>
      )}
      <EmailFindings findings={findings} hasRedFlag={applicant.hasRedFlag} refusedFor={refusal ? (selected?.program.name ?? "this program") : null} />
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
        <button type="button" disabled={!!refusal || log.pending} onClick={logAsSent} className={`${button} bg-brand-700 text-white hover:bg-brand-900`}>
          Log as sent
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {copied}
      </p>
      <ActionFeedback result={log.result} success={`Logged your email to ${selected?.program.name ?? "the program"}.`} />
      {selected && <SentEmails programName={selected.program.name} sent={selected.sent} />}
      <RepeatLogDialog
        repeat={repeat}
        onCancel={() => setRepeat(null)}
        onConfirm={() => {
          if (repeat) log.run({ programId: repeat.programId, summary: repeat.summary });
          setRepeat(null);
        }}
      />
    </div>
  );
}
