// The playbook's hierarchy of who may advocate ("Hierarchy and relevance matter"), and the
// dean's office assignment that lets an advocate work for an applicant at all.
import type { ApplicantSnapshot } from "../snapshot";
import { assignmentFor } from "../snapshot-queries";
import { ADVOCATE_KINDS, type AdvocateKind } from "../types";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

export type AdvocateLevel = "strong" | "good" | "weak" | "refused";

const LEVELS: Record<AdvocateKind, AdvocateLevel> = {
  PROGRAM_DIRECTOR: "strong",
  ASSOCIATE_PROGRAM_DIRECTOR: "strong",
  CLERKSHIP_DIRECTOR: "strong",
  CHAIR: "strong",
  SENIOR_FACULTY_CLINICAL: "strong",
  DEAN: "good",
  ATTENDING_LIMITED_CONTACT: "weak",
  RESIDENT: "weak",
  FAMILY: "refused",
  FAMILY_FRIEND: "refused",
  OUTSIDE_FIELD: "refused",
  CLASSMATE: "refused",
  NO_AUTHORITY: "refused",
};

export function advocateLevel(kind: AdvocateKind): AdvocateLevel {
  return LEVELS[kind];
}

export const ADVOCATE_KIND_LABELS: Record<AdvocateKind, string> = {
  PROGRAM_DIRECTOR: "program director",
  ASSOCIATE_PROGRAM_DIRECTOR: "associate program director",
  CLERKSHIP_DIRECTOR: "clerkship director",
  CHAIR: "department chair",
  SENIOR_FACULTY_CLINICAL: "senior faculty who worked with the applicant clinically",
  DEAN: "dean who knows the applicant's story",
  ATTENDING_LIMITED_CONTACT: "attending the applicant barely worked with",
  RESIDENT: "resident",
  FAMILY: "parent or family member",
  FAMILY_FRIEND: "family friend",
  OUTSIDE_FIELD: "someone outside the field with no relationship to the PD",
  CLASSMATE: "classmate",
  NO_AUTHORITY: "someone without authority",
};

export function weakAdvocateMessage(kind: AdvocateKind): string {
  return kind === "RESIDENT"
    ? "A resident doesn't carry the same weight as faculty: one short, targeted message at most, used sparingly."
    : "An attending the applicant barely worked with is a weak advocate; a PD, clerkship director or dean who knows the file vouches far better.";
}

export const ELIGIBILITY_RULES = {
  ADVOCATE_NOT_ALLOWED: rule<{ kind: AdvocateKind }>({
    title: "Not an advocate programs listen to",
    reason: ({ kind }) =>
      `A ${ADVOCATE_KIND_LABELS[kind]} should not contact programs for an applicant: it looks unprofessional and desperate, suggests a lack of insight or boundaries, and creates more noise for overwhelmed coordinators and PDs.`,
    next: "Ask a PD, associate PD, clerkship director, chair, senior faculty member or dean who knows the applicant instead.",
    overridable: false,
    source: "PLAYBOOK",
    advocate: {
      reason: ({ kind }) =>
        `As a ${ADVOCATE_KIND_LABELS[kind]} you should not contact programs for an applicant: it looks unprofessional and desperate, suggests a lack of insight or boundaries, and creates more noise for overwhelmed coordinators and PDs.`,
      next: "Leave the outreach to a PD, associate PD, clerkship director, chair, senior faculty member or dean who knows the applicant.",
    },
    dean: {
      next: "Assign a PD, associate PD, clerkship director, chair, senior faculty member or dean who knows the applicant instead.",
    },
  }),
  NOT_ASSIGNED: rule({
    title: "Not assigned to this applicant",
    reason: "Only advocates the dean's office has assigned to this applicant may work on their programs, so everyone tells the same story.",
    next: "Ask the dean's office to assign you.",
    overridable: false,
    source: "PLAYBOOK",
    advocate: {
      reason:
        "The dean's office has not assigned you to this applicant (or ended the assignment), and only assigned advocates work on their programs, so everyone tells the same story.",
    },
    dean: {
      reason: "This advocate is not assigned to this applicant any more, so there is no assignment to end.",
      next: "Nothing to do: reload the page to see who is assigned now.",
    },
  }),
  ALREADY_ASSIGNED: rule({
    title: "Already assigned",
    reason: "This advocate is already assigned to this applicant.",
    next: "Nothing to do.",
    overridable: false,
    source: "DATA",
  }),
};

const refuse = refuserFor(ELIGIBILITY_RULES);

/** `reader`: the advocate acting, or the dean's office assigning them. */
export function checkAdvocateAllowed(kind: AdvocateKind, reader: Reader): Refused | null {
  return advocateLevel(kind) === "refused" ? refuse("ADVOCATE_NOT_ALLOWED", { kind, reader }) : null;
}

/** `reader`: the advocate acting for the applicant, or the dean's office ending the assignment. */
export function checkAssigned(s: ApplicantSnapshot, advocateId: string, reader: Reader): Refused | null {
  return assignmentFor(s, advocateId) ? null : refuse("NOT_ASSIGNED", { reader });
}

export function checkNotAssignedYet(s: ApplicantSnapshot, advocateId: string): Refused | null {
  return assignmentFor(s, advocateId) ? refuse("ALREADY_ASSIGNED") : null;
}

/** The advocate positions the dean's office may invite (the others cannot advocate). */
export const INVITABLE_ADVOCATE_KINDS = ADVOCATE_KINDS.filter((kind) => advocateLevel(kind) !== "refused");
