// The answer every rule gives. Business refusals are values, never exceptions, so the server can
// show the reason and the next step as they are and audit them.

export const RULE_CODES = [
  "UNKNOWN_PROGRAM",
  "NOT_ON_LIST",
  "ALREADY_ON_LIST",
  "ALREADY_APPLIED",
  "NOT_APPLIED",
  "APPLICANT_EMAIL_FIRST",
  "PROGRAM_MUST_INITIATE",
  "OFFER_ACCEPTED",
  "PROGRAM_CLOSED",
  "APPLICATION_CAP_REACHED",
  "FACULTY_CAP_REACHED",
  "ADVOCATE_CAP_REACHED",
  "RESIDENT_CAP_REACHED",
  "RESIDENT_ALREADY_CONTACTED_PROGRAM",
  "PHONE_DAILY_LIMIT",
  "PREFERS_EMAIL",
  "PROGRAM_ALREADY_CLAIMED",
  "NO_CONNECTION",
  "ADVOCATE_NOT_ALLOWED",
  "NOT_ASSIGNED",
  "ALREADY_ASSIGNED",
  "NOT_CLAIM_HOLDER",
  "OFFER_NOT_FOUND",
  "OFFER_NOT_PENDING",
  "OFFER_ALREADY_RECORDED",
  "TASK_NOT_FOUND",
  "TASK_NOT_OPEN",
  "LIST_CHANGED",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

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

export type RuleSource = "NRMP" | "PLAYBOOK" | "DATA";

export interface RuleInfo {
  title: string;
  reason: string;
  next: string;
  /** Whether the dean's office may let one such refusal through with a written reason. */
  overridable: boolean;
  source: RuleSource;
}

export const RULE_CATALOG: Readonly<Record<RuleCode, RuleInfo>> = {
  UNKNOWN_PROGRAM: {
    title: "Program not in the school's catalog",
    reason: "This program is not in your school's List of Unfilled Programs.",
    next: "Pick a program from the catalog, or ask the dean's office to import the latest list.",
    overridable: false,
    source: "DATA",
  },
  NOT_ON_LIST: {
    title: "Program not on the target list",
    reason: "This program is not on the applicant's target list, so nobody has agreed to work on it.",
    next: "Add the program to the target list first.",
    overridable: false,
    source: "DATA",
  },
  ALREADY_ON_LIST: {
    title: "Already on the target list",
    reason: "This program is already on the target list.",
    next: "Change its rank or priority instead.",
    overridable: false,
    source: "DATA",
  },
  ALREADY_APPLIED: {
    title: "Already applied",
    reason: "This application is already marked as sent in ERAS; an ERAS application cannot be taken back.",
    next: "Nothing to do: move on to your email to the program.",
    overridable: false,
    source: "DATA",
  },
  NOT_APPLIED: {
    title: "Apply first",
    reason:
      "Outreach comes always after the application: if your name is not already in ERAS for that position, the PD has nowhere to look you up, and it feels premature.",
    next: "Apply to this program in ERAS, then mark it applied.",
    overridable: false,
    source: "PLAYBOOK",
  },
  APPLICANT_EMAIL_FIRST: {
    title: "Applicant emails first",
    reason:
      "The ideal flow is: you apply, you email the program, then your faculty advocate reaches out and mentions you've already applied. Faculty should not cold-call a program that has not heard from the applicant.",
    next: "Nudge the applicant with one click to send their own short email to this program, then log your contact.",
    overridable: true,
    source: "PLAYBOOK",
  },
  PROGRAM_MUST_INITIATE: {
    title: "Program must contact the applicant first",
    reason:
      "During SOAP the Match Participation Agreement forbids applicants and anyone acting for them, faculty and deans included, from initiating contact with a program until the program has contacted the applicant.",
    next: "Wait for the program to reach out, log its call or email as inbound, then respond right away.",
    overridable: false,
    source: "NRMP",
  },
  OFFER_ACCEPTED: {
    title: "Offer accepted",
    reason: "The applicant has accepted a SOAP offer, which is binding: no further outreach or applications.",
    next: "Congratulate the applicant and close out the remaining work.",
    overridable: false,
    source: "NRMP",
  },
  PROGRAM_CLOSED: {
    title: "Program has closed the door",
    reason:
      "This program declined the applicant or the applicant rejected its offer; further outreach only creates noise for overwhelmed coordinators and PDs.",
    next: "Put the effort into the other programs on the list.",
    overridable: false,
    source: "PLAYBOOK",
  },
  APPLICATION_CAP_REACHED: {
    title: "SOAP application limit reached",
    reason: "NRMP allows at most 45 applications per applicant during SOAP.",
    next: "Focus outreach on the programs already applied to.",
    overridable: false,
    source: "NRMP",
  },
  FACULTY_CAP_REACHED: {
    title: "Faculty contact limit reached",
    reason: "Quality beats quantity: 3–8 personalized faculty contacts to aligned programs is ideal. Past that it loses impact and feels like spam.",
    next: "Let the applicant reach this program directly, or ask the dean's office for an override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
  },
  ADVOCATE_CAP_REACHED: {
    title: "Advocate limit reached",
    reason: "One or two well-positioned advocates beat a swarm: one PD or one dean who really knows the story is better than seven random advocates.",
    next: "Unassign an advocate first, or record a dean's override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
  },
  RESIDENT_CAP_REACHED: {
    title: "Resident contact limit reached",
    reason:
      "Residents don't carry the same weight as faculty; one short, targeted message can help, but more is annoying and unprofessional. Use it sparingly.",
    next: "Ask a faculty advocate with a real connection instead.",
    overridable: true,
    source: "PLAYBOOK",
  },
  RESIDENT_ALREADY_CONTACTED_PROGRAM: {
    title: "A resident already contacted this program",
    reason: "One short, targeted message from a resident is the most that helps; a second one to the same program is noise.",
    next: "Leave this program to the applicant and faculty.",
    overridable: false,
    source: "PLAYBOOK",
  },
  PHONE_DAILY_LIMIT: {
    title: "Already called today",
    reason: "Never badger coordinators, and don't call the same place multiple times in a day.",
    next: "Send a short email instead, or call again tomorrow.",
    overridable: false,
    source: "PLAYBOOK",
  },
  PREFERS_EMAIL: {
    title: "Program prefers email",
    reason: 'Many programs explicitly prefer not to be called during SOAP chaos, and this one is marked "prefers email, no calls".',
    next: "Send a short email instead.",
    overridable: false,
    source: "PLAYBOOK",
  },
  PROGRAM_ALREADY_CLAIMED: {
    title: "Another advocate holds this program",
    reason: "One advocate per applicant and program: five faculty emailing with five different descriptions of the applicant is itself a red flag.",
    next: "Coordinate with the advocate who holds the claim, or pick another program.",
    overridable: false,
    source: "PLAYBOOK",
  },
  NO_CONNECTION: {
    title: "No recorded connection",
    reason: "Faculty advocacy works where there's a real relationship or known connection; a random call to a PD they have never met is just awkward.",
    next: "Record your connection to this program (trained with the PD, former residents, pipeline, worked there, alumni), or ask the dean's office for an override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
  },
  ADVOCATE_NOT_ALLOWED: {
    title: "Not an advocate programs listen to",
    reason:
      "Parents, family friends, people outside the field with no relationship to the PD, classmates and anyone without authority should not call for an applicant: it looks unprofessional and desperate, suggests a lack of insight or boundaries, and creates more noise for overwhelmed coordinators and PDs.",
    next: "Ask a PD, associate PD, clerkship director, chair, senior faculty member or dean who knows the applicant instead.",
    overridable: false,
    source: "PLAYBOOK",
  },
  NOT_ASSIGNED: {
    title: "Not assigned to this applicant",
    reason: "Only advocates the dean's office has assigned to this applicant may work on their programs, so everyone tells the same story.",
    next: "Ask the dean's office to assign you.",
    overridable: false,
    source: "PLAYBOOK",
  },
  ALREADY_ASSIGNED: {
    title: "Already assigned",
    reason: "This advocate is already assigned to this applicant.",
    next: "Nothing to do.",
    overridable: false,
    source: "DATA",
  },
  NOT_CLAIM_HOLDER: {
    title: "Claim the program first",
    reason: "An advocate contacts only programs they have claimed, so the applicant and the school know exactly who does what.",
    next: "Claim this program (it needs a recorded connection), then log the contact.",
    overridable: false,
    source: "PLAYBOOK",
  },
  OFFER_NOT_FOUND: {
    title: "Offer not found",
    reason: "There is no such offer for this applicant.",
    next: "Reload the page and pick the offer again.",
    overridable: false,
    source: "DATA",
  },
  OFFER_NOT_PENDING: {
    title: "Offer already answered",
    reason: "This offer has already been accepted or rejected.",
    next: "Nothing to do.",
    overridable: false,
    source: "NRMP",
  },
  OFFER_ALREADY_RECORDED: {
    title: "Offer already recorded",
    reason: "An offer from this program is already recorded.",
    next: "Answer the recorded offer instead.",
    overridable: false,
    source: "DATA",
  },
  TASK_NOT_FOUND: {
    title: "Task not found",
    reason: "There is no such task for this applicant.",
    next: "Reload the page and pick the task again.",
    overridable: false,
    source: "DATA",
  },
  TASK_NOT_OPEN: {
    title: "Task already closed",
    reason: "This task is no longer open: it is already done or was cancelled.",
    next: "Nothing to do: reload the page to see the tasks still open.",
    overridable: false,
    source: "DATA",
  },
  LIST_CHANGED: {
    title: "Target list changed",
    reason: "Your list changed in another window, so this order no longer matches it.",
    next: "Reload the page and try again.",
    overridable: false,
    source: "DATA",
  },
};

export type RefusalDetail = { reason?: string; next?: string };

export function refuse(code: RuleCode, detail: RefusalDetail = {}): Refused {
  const info = RULE_CATALOG[code];
  return {
    ok: false,
    code,
    reason: detail.reason ?? info.reason,
    next: detail.next ?? info.next,
    overridable: info.overridable,
  };
}

export function allow(warnings: Warning[] = [], usedOverrideIds: string[] = []): Allowed {
  return { ok: true, warnings, usedOverrideIds };
}
