// Every refusal code, on its own so the theme files that define the entries and the catalog that
// gathers them both import it without importing each other. The catalog's type checks that its
// keys are exactly these codes, so a code added here without an entry (or the other way) fails
// to compile. The order is the order the dean's office reads the overridable rules in.
export const RULE_CODES = [
  // target list
  "UNKNOWN_PROGRAM",
  "NOT_ON_LIST",
  "ALREADY_ON_LIST",
  "ALREADY_APPLIED",
  "LIST_CHANGED",
  // ordering
  "CONTACT_BEFORE_SEASON",
  "NOT_APPLIED",
  "APPLICANT_EMAIL_FIRST",
  "PROGRAM_MUST_INITIATE",
  "OFFER_ACCEPTED",
  "PROGRAM_CLOSED",
  // caps
  "APPLICATION_CAP_REACHED",
  "FACULTY_CAP_REACHED",
  "ADVOCATE_CAP_REACHED",
  "RESIDENT_CAP_REACHED",
  "RESIDENT_ALREADY_CONTACTED_PROGRAM",
  "PREFERS_EMAIL",
  "PHONE_DAILY_LIMIT",
  // eligibility
  "ADVOCATE_NOT_ALLOWED",
  "NOT_ASSIGNED",
  "ALREADY_ASSIGNED",
  // claims
  "PROGRAM_ALREADY_CLAIMED",
  "NOT_CLAIM_HOLDER",
  "NO_CONNECTION",
  // offers
  "OFFER_NOT_FOUND",
  "OFFER_NOT_PENDING",
  "OFFER_EXPIRED",
  "OFFER_ALREADY_RECORDED",
  // tasks
  "TASK_NOT_FOUND",
  "TASK_NOT_OPEN",
  // nudges
  "NUDGE_NOT_NEEDED",
  "NUDGE_TOO_SOON",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
