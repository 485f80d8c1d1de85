"use client";
// The applicant's own narrative form: the shared form, saved through the applicant's action.
import { NarrativeForm as SharedNarrativeForm, type NarrativeValues } from "@/components/narrative/narrative-form";
import { useApplicantActions } from "./applicant-actions";

export function NarrativeForm({ initial }: { initial: NarrativeValues | null }) {
  const actions = useApplicantActions();
  return (
    <SharedNarrativeForm initial={initial} save={(input) => actions.saveNarrative(input)} reliabilityLabel="One line on your reliability and work ethic" />
  );
}
