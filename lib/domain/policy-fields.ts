// Every cap and threshold of the school's policy (the rules' numbers), with the words and bounds
// the settings form shows: the form and the schema that checks it are built from this one list.
import type { Policy } from "./types";

type NumberKey = { [K in keyof Policy]: Policy[K] extends number ? K : never }[keyof Policy];

export interface PolicyField {
  key: NumberKey;
  label: string;
  help: string;
  min: number;
  max: number;
  group: "Outreach caps" | "Timing" | "Strategy and messages";
}

export const POLICY_FIELDS: readonly PolicyField[] = [
  {
    key: "facultyContactCap",
    label: "Faculty contact cap",
    help: "Programs faculty may contact per applicant (the playbook's 3–8).",
    min: 1,
    max: 45,
    group: "Outreach caps",
  },
  {
    key: "facultyContactMinimum",
    label: "Faculty contact minimum",
    help: "Below this, once outreach has begun, a warning.",
    min: 0,
    max: 45,
    group: "Outreach caps",
  },
  { key: "maxActiveAdvocates", label: "Advocates per applicant", help: "Active advocates at once.", min: 1, max: 10, group: "Outreach caps" },
  {
    key: "maxApplications",
    label: "Applications per applicant",
    help: "NRMP allows 45 in SOAP; a school may be stricter, never looser.",
    min: 1,
    max: 45,
    group: "Outreach caps",
  },
  { key: "targetListMin", label: "Target list minimum", help: "A shorter list raises the thin-list alert.", min: 1, max: 45, group: "Outreach caps" },
  { key: "targetListMax", label: "Target list maximum", help: "A longer list gets a warning.", min: 1, max: 45, group: "Outreach caps" },
  { key: "callsPerProgramPerDay", label: "Calls per program per day", help: "By anyone, for the same applicant.", min: 0, max: 5, group: "Outreach caps" },
  { key: "maxResidentContacts", label: "Resident contacts", help: "Per applicant, one per program.", min: 0, max: 10, group: "Outreach caps" },
  {
    key: "cohortLoadWarnAbove",
    label: "Cohort load threshold",
    help: "Warn when our faculty contact one program for more applicants than this.",
    min: 1,
    max: 100,
    group: "Outreach caps",
  },
  {
    key: "followUpDueMinutes",
    label: "Follow-up due (minutes)",
    help: "After a faculty contact, the applicant's follow-up email.",
    min: 5,
    max: 24 * 60,
    group: "Timing",
  },
  {
    key: "urgentResponseMinutes",
    label: "Urgent response (minutes)",
    help: "After a program reaches out. Unanswered by then, the advocates and the dean's office are told.",
    min: 1,
    max: 24 * 60,
    group: "Timing",
  },
  {
    key: "offerReminderFirstMinutes",
    label: "First offer reminder (minutes before)",
    help: "The applicant and their advocates are reminded of an unanswered offer this long before its deadline.",
    min: 2,
    max: 24 * 60,
    group: "Timing",
  },
  {
    key: "offerReminderSecondMinutes",
    label: "Last offer reminder (minutes before)",
    help: "And once more this long before it. The dean's office hears when an offer expires unanswered.",
    min: 1,
    max: 24 * 60,
    group: "Timing",
  },
  {
    key: "nudgeIntervalHours",
    label: "Nudge interval (hours)",
    help: "An advocate's nudge for one program is not repeated sooner.",
    min: 1,
    max: 72,
    group: "Timing",
  },
  { key: "strongStep2Min", label: "Strong Step 2 CK threshold", help: "At or above: the strong strategy.", min: 1, max: 300, group: "Strategy and messages" },
  {
    key: "averageStep2Min",
    label: "Average Step 2 CK threshold",
    help: "At or above (and below strong): the average strategy.",
    min: 1,
    max: 300,
    group: "Strategy and messages",
  },
  { key: "emailWordLimit", label: "Email word limit", help: "The email checker's length limit.", min: 30, max: 500, group: "Strategy and messages" },
];
