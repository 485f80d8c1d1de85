"use client";
// The one shared narrative: 2–3 strengths, context for at most two weaknesses, one line on
// reliability. Each save is a new version; everyone reads the latest one. The applicant and their
// assigned advocates both write it, each through their own action.
import { useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { useServerAction } from "@/components/ui/use-server-action";
import { INPUT_CLASS } from "@/components/applicant/form-controls";
import { NARRATIVE_LINE_MAX } from "@/lib/domain/limits";

export interface NarrativeValues {
  strengths: string[];
  weaknessContext: string[];
  reliability: string;
}

const pad = (items: string[], n: number) => [...items, ...Array<string>(Math.max(0, n - items.length)).fill("")].slice(0, n);

export function NarrativeForm({
  initial,
  save,
  reliabilityLabel,
}: {
  initial: NarrativeValues | null;
  save: (input: NarrativeValues) => Promise<ActionResult<{ version: number } | undefined>>;
  reliabilityLabel: string;
}) {
  const [strengths, setStrengths] = useState(pad(initial?.strengths ?? [], 3));
  const [context, setContext] = useState(pad(initial?.weaknessContext ?? [], 2));
  const [reliability, setReliability] = useState(initial?.reliability ?? "");
  const { run, pending, result } = useServerAction(save);
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ strengths: strengths.filter((s) => s.trim() !== ""), weaknessContext: context.filter((s) => s.trim() !== ""), reliability });
      }}
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">2–3 strengths</legend>
        {strengths.map((s, i) => (
          <label key={i} className="block text-sm">
            <span className="sr-only">Strength {i + 1}</span>
            <input
              value={s}
              onChange={(e) => setStrengths((all) => all.map((v, j) => (j === i ? e.target.value : v)))}
              maxLength={NARRATIVE_LINE_MAX}
              placeholder={i === 2 ? "Optional third strength" : `Strength ${i + 1}`}
              className={INPUT_CLASS}
            />
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Context for at most two weaknesses (private)</legend>
        {context.map((s, i) => (
          <label key={i} className="block text-sm">
            <span className="sr-only">Context {i + 1}</span>
            <textarea
              value={s}
              rows={2}
              maxLength={NARRATIVE_LINE_MAX}
              onChange={(e) => setContext((all) => all.map((v, j) => (j === i ? e.target.value : v)))}
              placeholder="Optional"
              className={INPUT_CLASS}
            />
          </label>
        ))}
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-semibold">{reliabilityLabel}</span>
        <input value={reliability} onChange={(e) => setReliability(e.target.value)} maxLength={NARRATIVE_LINE_MAX} className={INPUT_CLASS} />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "Saving…" : "Save as a new version"}
      </button>
      <ActionFeedback
        result={result}
        success={result?.ok ? (result.message ?? (result.data ? `Saved as version ${result.data.version}.` : undefined)) : undefined}
      />
    </form>
  );
}
