// The words for who someone is in SOAP Desk (role, advocate level) and where an invitation
// stands, on their own: client components show them, and the stored-value words beside them
// bring the rule catalog and the notification kinds' schemas along.
import type { AdvocateLevel } from "./rules/eligibility";

/** A person's part in SOAP Desk, as a heading or a column reads it. */
export const ROLE_LABELS: Record<"APPLICANT" | "ADVOCATE" | "DEAN", string> = {
  APPLICANT: "Applicant",
  ADVOCATE: "Faculty advocate",
  DEAN: "Dean's office",
};

/** The playbook's hierarchy of advocates: who programs listen to. */
export const ADVOCATE_LEVEL_LABELS: Record<AdvocateLevel, string> = {
  strong: "Strong",
  good: "Good",
  weak: "Weak: use sparingly",
  refused: "Not an advocate",
};

/** Where an invitation stands. */
export const INVITATION_STATUS_LABELS: Record<"pending" | "expired" | "accepted", string> = {
  pending: "Pending",
  expired: "Expired",
  accepted: "Accepted",
};
