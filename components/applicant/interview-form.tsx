"use client";
// Record an interview the program scheduled. The time is entered in the school's zone.
import { useState } from "react";
import { useApplicantActions } from "./applicant-actions";
import { zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import { INTERVIEW_FORMATS } from "@/lib/domain/types";
import { DATETIME_LOCAL_MAX, DATETIME_LOCAL_MIN, INTERVIEW_LOCATION_MAX } from "@/lib/domain/limits";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS, LabelledSelect } from "./form-controls";

const FORMAT_LABELS = { PHONE: "Phone", VIDEO: "Video", IN_PERSON: "In person" } as const;

export function InterviewForm({ programs, timeZone, zoneLabel }: { programs: { id: string; name: string }[]; timeZone: string; zoneLabel: string }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.recordInterview);
  const [formKey, setFormKey] = useState(0);
  if (programs.length === 0)
    return <p className="text-sm text-slate-600">Interviews come from programs you applied to; mark applications on your list first.</p>;
  return (
    <form
      key={formKey}
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const startsAt = zonedLocalToUtc(String(data.get("startsAt") ?? ""), timeZone);
        run(
          {
            programId: data.get("programId"),
            startsAt: startsAt?.toISOString() ?? "",
            durationMinutes: data.get("durationMinutes"),
            format: data.get("format"),
            location: data.get("location"),
          },
          (r) => {
            if (r.ok) setFormKey((k) => k + 1);
          },
        );
      }}
    >
      <LabelledSelect
        label="Program"
        name="programId"
        required
        className="text-sm sm:col-span-2"
        options={programs.map((p) => ({ value: p.id, label: p.name }))}
      />
      <label className="text-sm">
        <span className="mb-1 block font-medium">Starts ({zoneLabel})</span>
        <input name="startsAt" type="datetime-local" min={DATETIME_LOCAL_MIN} max={DATETIME_LOCAL_MAX} required className={INPUT_CLASS} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Duration (minutes)</span>
        <input name="durationMinutes" type="number" min={5} max={480} defaultValue={30} required className={INPUT_CLASS} />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Format</span>
        <select name="format" defaultValue="VIDEO" className={INPUT_CLASS}>
          {INTERVIEW_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium">Location or video link</span>
        <input name="location" maxLength={INTERVIEW_LOCATION_MAX} className={INPUT_CLASS} />
      </label>
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? "Saving…" : "Record interview"}
        </button>
      </div>
      <div className="sm:col-span-2">
        <ActionFeedback result={result} success="Interview recorded. Download its calendar file below." />
      </div>
    </form>
  );
}
