// The playbook's hierarchy of who may advocate ("Hierarchy and relevance matter").
import type { ApplicantSnapshot } from "../snapshot";
import { assignmentFor, claimFor, programName } from "../snapshot-queries";
import type { AdvocateKind, ContactChannel } from "../types";
import { refuse, type Refused } from "./decision";

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

export function refusedAdvocateReason(kind: AdvocateKind): string {
  return `A ${ADVOCATE_KIND_LABELS[kind]} should not contact programs for an applicant: it looks unprofessional and desperate, suggests a lack of insight or boundaries, and creates more noise for overwhelmed coordinators and PDs.`;
}

export function weakAdvocateMessage(kind: AdvocateKind): string {
  return kind === "RESIDENT"
    ? "A resident doesn't carry the same weight as faculty: one short, targeted message at most, used sparingly."
    : "An attending the applicant barely worked with is a weak advocate; a PD, clerkship director or dean who knows the file vouches far better.";
}

// --- Checks that use the hierarchy, the assignment and the claim ---

export function checkAdvocateAllowed(kind: AdvocateKind): Refused | null {
  return advocateLevel(kind) === "refused" ? refuse("ADVOCATE_NOT_ALLOWED", { reason: refusedAdvocateReason(kind) }) : null;
}

export function checkAssigned(s: ApplicantSnapshot, advocateId: string): Refused | null {
  return assignmentFor(s, advocateId) ? null : refuse("NOT_ASSIGNED");
}

export function checkClaimHolder(s: ApplicantSnapshot, advocateId: string, programId: string): Refused | null {
  const claim = claimFor(s, programId);
  if (claim?.advocateId === advocateId) return null;
  if (!claim) return refuse("NOT_CLAIM_HOLDER");
  return refuse("NOT_CLAIM_HOLDER", {
    reason: `${claim.advocateName} holds ${programName(s, programId)} for this applicant; one advocate per program keeps one story.`,
    next: `Coordinate with ${claim.advocateName} instead.`,
  });
}

export function checkClaimFree(s: ApplicantSnapshot, advocateId: string, programId: string): Refused | null {
  const claim = claimFor(s, programId);
  if (!claim) return null;
  if (claim.advocateId === advocateId) {
    return refuse("PROGRAM_ALREADY_CLAIMED", {
      reason: `You already hold ${programName(s, programId)} for this applicant.`,
      next: "Nothing to do: log your contact when the applicant has emailed.",
    });
  }
  return refuse("PROGRAM_ALREADY_CLAIMED", {
    reason: `${claim.advocateName} already holds ${programName(s, programId)} for this applicant. One advocate per program: five faculty with five different descriptions of the applicant is itself a red flag.`,
    next: `Coordinate with ${claim.advocateName}, or pick another program.`,
  });
}

/**
 * A claim needs a recorded connection, or a dean's override, or (for IMGs and newer schools, when
 * the policy says so) it may go ahead as faculty email without a tie.
 */
export function checkConnectionForClaim(s: ApplicantSnapshot, hasConnection: boolean): Refused | null {
  if (hasConnection || s.policy.allowFacultyEmailWithoutTie) return null;
  return refuse("NO_CONNECTION");
}

export function checkConnectionForContact(s: ApplicantSnapshot, programId: string, hasConnection: boolean, channel: ContactChannel): Refused | null {
  if (hasConnection) return null;
  // The claim already went through on a dean's override: that exception covers the contact too.
  const overridden = s.overrides.some((o) => o.used && o.ruleCode === "NO_CONNECTION" && (o.programId === null || o.programId === programId));
  if (overridden) return null;
  if (s.policy.allowFacultyEmailWithoutTie) {
    return channel === "EMAIL"
      ? null
      : refuse("NO_CONNECTION", {
          reason:
            "Without a personal tie the school allows faculty emails only: a call to a PD who has never heard of you is just awkward, while a clear, concise email beats silence.",
          next: "Send a short email instead, or record your connection to this program.",
        });
  }
  return refuse("NO_CONNECTION");
}
