// The answer every rule gives. Business refusals are values, never exceptions, so the server can
// show the reason and the next step as they are and audit them. The codes and their words live in
// the catalog (catalog.ts), assembled from each theme's entries; the codes alone in rule-code.ts.
import type { RuleCode } from "./rule-code";

// action-result.ts and the server read RuleCode beside Decision; it is defined in rule-code.ts.
export type { RuleCode };

export const WARNING_CODES = [
  "CHECKLIST_INCOMPLETE",
  "BELOW_FACULTY_MINIMUM",
  "TARGET_LIST_SIZE",
  "WEAK_ADVOCATE",
  "TOP_TIER_FOR_AVERAGE",
  "COHORT_LOAD",
  "IMG_NO_TIE",
  "RED_FLAG_WITHOUT_ADVOCATE",
  "NOT_ON_LIST",
  "AFTER_ACCEPTANCE",
  "OVERRIDDEN",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type Warning = { code: WarningCode; message: string };

export type Allowed = {
  ok: true;
  warnings: Warning[];
  /** Dean overrides this decision relied on; the server marks them used in the same transaction. */
  usedOverrideIds: string[];
};
export type Refused = {
  ok: false;
  code: RuleCode;
  reason: string;
  next: string;
  overridable: boolean;
};
export type Decision = Allowed | Refused;

/**
 * Who reads a refusal: the applicant it is about reads "you"; an advocate reads what they can do
 * for the applicant, by name; the dean's office reads what the school can do. The catalogue keeps
 * a text per reader where the words differ, and deciders take the reader so the words are right
 * when they are made.
 */
export type Reader = "APPLICANT" | "ADVOCATE" | "DEAN";

export const READERS: readonly Reader[] = ["APPLICANT", "ADVOCATE", "DEAN"];

/** The reader for whoever acts: each role reads the words written for it. */
export function readerFor(role: "APPLICANT" | "ADVOCATE" | "DEAN"): Reader {
  return role;
}

export function allow(warnings: Warning[] = [], usedOverrideIds: string[] = []): Allowed {
  return { ok: true, warnings, usedOverrideIds };
}
