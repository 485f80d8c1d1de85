// Saving the applicant's one shared narrative: the applicant, or an advocate the dean's office has
// assigned to them, may write it (so everyone tells the same story).
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision } from "../decision";
import { checkAssigned } from "../eligibility";
import { evaluate } from "../evaluate";

export type NarrativeAuthor = { role: "APPLICANT" } | { role: "ADVOCATE"; advocateId: string };

export function decideSaveNarrative(s: ApplicantSnapshot, author: NarrativeAuthor): Decision {
  return evaluate(s, null, author.role === "ADVOCATE" ? [() => checkAssigned(s, author.advocateId, "ADVOCATE")] : []);
}

/** The next version number after the latest one (1 for the first narrative). */
export function nextNarrativeVersion(latest: number | null): number {
  return (latest ?? 0) + 1;
}
