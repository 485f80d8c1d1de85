// Who may write the applicant's one shared narrative: the applicant, or an advocate the dean's
// office has assigned to them (so everyone tells the same story).
import type { ApplicantSnapshot } from "../snapshot";
import { allow, type Decision } from "../rules/decision";
import { checkAssigned } from "../rules/eligibility";

export type NarrativeAuthor = { role: "APPLICANT" } | { role: "ADVOCATE"; advocateId: string };

export function decideSaveNarrative(s: ApplicantSnapshot, author: NarrativeAuthor): Decision {
  if (author.role === "ADVOCATE") {
    const refusal = checkAssigned(s, author.advocateId);
    if (refusal) return refusal;
  }
  return allow();
}

/** The next version number after the latest one (1 for the first narrative). */
export function nextNarrativeVersion(latest: number | null): number {
  return (latest ?? 0) + 1;
}
