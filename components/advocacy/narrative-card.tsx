"use client";
// The shared narrative as an advocate reads it (version and author shown), with an editor that
// saves a new version: everyone who calls tells the latest one.
import { useState } from "react";
import { NarrativeForm } from "@/components/narrative/narrative-form";
import { useAdvocateActions } from "./advocate-actions";

export interface NarrativeShown {
  version: number;
  strengths: string[];
  weaknessContext: string[];
  reliability: string;
  authorName: string;
  savedAt: string;
}

export function NarrativeCard({ applicantId, narrative }: { applicantId: string; narrative: NarrativeShown | null }) {
  const actions = useAdvocateActions();
  const [editing, setEditing] = useState(false);
  return (
    <div className="space-y-3 text-sm">
      {narrative ? (
        <>
          <p className="text-xs text-slate-600">
            Version {narrative.version}, by {narrative.authorName}, {narrative.savedAt}
          </p>
          <div>
            <h3 className="font-semibold">Strengths</h3>
            <ul className="list-disc pl-5">
              {narrative.strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
          {narrative.weaknessContext.length > 0 && (
            <div>
              <h3 className="font-semibold">Context (confidential)</h3>
              {narrative.weaknessContext.map((w) => (
                <p key={w}>{w}</p>
              ))}
            </div>
          )}
          <p className="italic">{narrative.reliability}</p>
        </>
      ) : (
        <p className="text-slate-600">No narrative yet. Write one with the applicant so every call tells the same story.</p>
      )}
      <button
        type="button"
        aria-expanded={editing}
        onClick={() => setEditing((open) => !open)}
        className="min-h-11 rounded-md border border-slate-300 px-3 font-medium hover:bg-slate-100"
      >
        {editing ? "Close the editor" : narrative ? "Edit the narrative" : "Write the narrative"}
      </button>
      {editing && (
        <NarrativeForm
          initial={narrative}
          save={(input) => actions.saveNarrative({ ...input, applicantId })}
          reliabilityLabel="One line on their reliability and work ethic"
        />
      )}
    </div>
  );
}
