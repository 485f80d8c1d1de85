// Who saw an applicant's red flags or confidential narrative. Every page that shows them to
// someone other than the applicant (an advocate's or the dean's office's) writes one audit row per
// applicant it showed, "confidential.view", naming the page and what it showed (the red flags'
// kinds, the narrative's version; never their words). A download of the applicant's whole record
// is "record.export". The dean's office reads both on the applicant's page (Access log) and in
// the audit log. Pure: the read models say what they showed, and the audit rows are built here.
import { RED_FLAG_LABELS, type RedFlagKind } from "../types";

export const CONFIDENTIAL_VIEW = "confidential.view";
export const RECORD_EXPORT = "record.export";
/** The audit actions the access log lists. */
export const ACCESS_ACTIONS = [CONFIDENTIAL_VIEW, RECORD_EXPORT] as const;

/** The pages that show an applicant's red flags or narrative to someone else. */
export const CONFIDENTIAL_PAGES = {
  "advocate.home": "the advocate's list of applicants",
  "advocate.applicant": "the advocate's page of the applicant",
  "advocate.program": "the advocate's page of one program (the narrative in the script)",
  "dean.applicant": "the dean's office's page of the applicant",
} as const;
export type ConfidentialPage = keyof typeof CONFIDENTIAL_PAGES;

/** What one page showed of one applicant. */
export interface ConfidentialShown {
  applicantId: string;
  redFlags: readonly RedFlagKind[];
  /** The narrative version shown, or null when none was. */
  narrativeVersion: number | null;
}

export interface AccessAuditEntry {
  action: typeof CONFIDENTIAL_VIEW;
  entityType: "ApplicantProfile";
  entityId: string;
  applicantId: string;
  after: { page: ConfidentialPage; redFlags: RedFlagKind[]; narrativeVersion: number | null };
}

/**
 * What a page shows of one applicant that is confidential: the red flags it lists, and the
 * narrative when it carries the context of a weakness (strengths alone are the shared story).
 */
export function confidentialShown(
  applicantId: string,
  redFlags: readonly RedFlagKind[],
  narrative: { version: number; weaknessContext: readonly string[] } | null,
): ConfidentialShown {
  return { applicantId, redFlags, narrativeVersion: narrative && narrative.weaknessContext.length > 0 ? narrative.version : null };
}

/** The audit rows of one page view: one per applicant it showed something confidential of, none for the rest. */
export function confidentialViewEntries(page: ConfidentialPage, shown: readonly ConfidentialShown[]): AccessAuditEntry[] {
  return shown
    .filter((s) => s.redFlags.length > 0 || s.narrativeVersion !== null)
    .map((s) => ({
      action: CONFIDENTIAL_VIEW,
      entityType: "ApplicantProfile",
      entityId: s.applicantId,
      applicantId: s.applicantId,
      after: { page, redFlags: [...s.redFlags], narrativeVersion: s.narrativeVersion },
    }));
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** An access log row as the dean's office reads it: "Saw red flags (a leave of absence) and the narrative (version 2) on …". */
export function describeAccess(action: string, after: unknown): string {
  const fields = typeof after === "object" && after !== null && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  if (action === RECORD_EXPORT) return `Downloaded the whole record${typeof fields.format === "string" ? ` (${fields.format.toUpperCase()})` : ""}`;
  const parts: string[] = [];
  const flags = Array.isArray(fields.redFlags) ? fields.redFlags.filter((f): f is RedFlagKind => typeof f === "string" && f in RED_FLAG_LABELS) : [];
  if (flags.length > 0) parts.push(`red flags (${flags.map((f) => lowerFirst(RED_FLAG_LABELS[f])).join("; ")})`);
  if (typeof fields.narrativeVersion === "number") parts.push(`the narrative (version ${fields.narrativeVersion})`);
  const page = typeof fields.page === "string" && fields.page in CONFIDENTIAL_PAGES ? CONFIDENTIAL_PAGES[fields.page as ConfidentialPage] : null;
  const what = parts.length > 0 ? parts.join(" and ") : "confidential details";
  return `Saw ${what}${page ? ` on ${page}` : ""}`;
}
