"use client";
// The reachability checklist: each box saves as soon as it is toggled. After a binding acceptance
// there is no outreach left to get ready for, so it says so instead of asking for the boxes.
import { useState } from "react";
import { useApplicantActions } from "./applicant-actions";
import type { ReachabilityChecklist } from "@/lib/domain/snapshot";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";

const ITEMS: { key: keyof ReachabilityChecklist; label: string; hint: string }[] = [
  { key: "phoneLoud", label: "My phone rings loud", hint: "Ringer on, not silenced for unknown numbers: programs do not leave ten voicemails." },
  { key: "voicemailReady", label: "Voicemail is set up, professional and not full", hint: "A full box or a joke greeting and they move on." },
  { key: "erasUpdated", label: "My ERAS documents are updated", hint: "Clean and accurate before you apply anywhere." },
  { key: "contactCurrent", label: "My contact details are current", hint: "Phone and email in ERAS are the ones you answer." },
];

export function ChecklistForm({ initial, accepted = false }: { initial: ReachabilityChecklist; accepted?: boolean }) {
  if (accepted) {
    return (
      <p className="text-sm text-slate-700" role="note">
        You accepted an offer, so there is no outreach left to get ready for. Keep answering your phone and email: the program will contact you about
        onboarding.
      </p>
    );
  }
  return <ChecklistBoxes initial={initial} />;
}

function ChecklistBoxes({ initial }: { initial: ReachabilityChecklist }) {
  const [values, setValues] = useState(initial);
  const actions = useApplicantActions();
  const { run, result } = useServerAction(actions.updateChecklist);
  const done = ITEMS.filter((i) => values[i.key]).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" aria-live="polite">
        {done} of {ITEMS.length} done{done === ITEMS.length ? ": you are reachable." : "."}
      </p>
      <ul className="space-y-2">
        {ITEMS.map((item) => (
          <li key={item.key}>
            <label className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50">
              <input
                type="checkbox"
                checked={values[item.key]}
                onChange={(e) => {
                  const checked = e.target.checked;
                  setValues((v) => ({ ...v, [item.key]: checked }));
                  run({ [item.key]: checked }, (r) => {
                    if (!r.ok) setValues((v) => ({ ...v, [item.key]: !checked }));
                  });
                }}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                aria-describedby={`${item.key}-hint`}
              />
              <span>
                <span className="block font-medium">{item.label}</span>
                <span id={`${item.key}-hint`} className="block text-sm text-slate-600">
                  {item.hint}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ActionFeedback result={result && !result.ok ? result : null} />
    </div>
  );
}
