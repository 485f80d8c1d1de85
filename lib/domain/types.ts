// String-literal mirrors of the Prisma enums. The domain must not import Prisma (it stays pure),
// so the values are repeated here; the arrays double as zod enum sources and test generators.

export const ROLES = ["APPLICANT", "ADVOCATE", "DEAN"] as const;
export type Role = (typeof ROLES)[number];

export const DEGREE_TYPES = ["US_MD", "US_DO", "IMG"] as const;
export type DegreeType = (typeof DEGREE_TYPES)[number];

export const RED_FLAG_KINDS = ["STEP_FAILURE", "LEAVE_OF_ABSENCE", "PROFESSIONALISM_RESOLVED"] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

export const ADVOCATE_KINDS = [
  "PROGRAM_DIRECTOR",
  "ASSOCIATE_PROGRAM_DIRECTOR",
  "CLERKSHIP_DIRECTOR",
  "CHAIR",
  "SENIOR_FACULTY_CLINICAL",
  "DEAN",
  "ATTENDING_LIMITED_CONTACT",
  "RESIDENT",
  "FAMILY",
  "FAMILY_FRIEND",
  "OUTSIDE_FIELD",
  "CLASSMATE",
  "NO_AUTHORITY",
] as const;
export type AdvocateKind = (typeof ADVOCATE_KINDS)[number];

export const CONNECTION_KINDS = ["TRAINED_WITH_PD", "FORMER_RESIDENTS_THERE", "SCHOOL_PIPELINE", "WORKED_THERE", "ALUMNI"] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const POSITION_TYPES = ["C", "M", "P", "A", "R"] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export const PROGRAM_SETTINGS = ["UNIVERSITY", "COMMUNITY_ACADEMIC", "COMMUNITY"] as const;
export type ProgramSetting = (typeof PROGRAM_SETTINGS)[number];

export const PROGRAM_TIERS = ["TOP", "MID", "COMMUNITY"] as const;
export type ProgramTier = (typeof PROGRAM_TIERS)[number];

export const TARGET_PRIORITIES = ["FACULTY", "SELF"] as const;
export type TargetPriority = (typeof TARGET_PRIORITIES)[number];

export const ACTOR_ROLES = ["APPLICANT", "ADVOCATE"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const CONTACT_DIRECTIONS = ["OUTBOUND", "INBOUND"] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_CHANNELS = ["EMAIL", "PHONE", "VOICEMAIL", "VIDEO"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_OUTCOMES = ["SENT", "NO_ANSWER", "LEFT_VOICEMAIL", "SPOKE", "INTERVIEW_OFFERED", "DECLINED", "OTHER"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const TASK_KINDS = ["FOLLOW_UP", "URGENT_RESPONSE", "NUDGE"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ["OPEN", "DONE", "CANCELLED"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const INTERVIEW_FORMATS = ["PHONE", "VIDEO", "IN_PERSON"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const OFFER_STATUSES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const COMMUNICATION_MODES = ["PROGRAM_INITIATED", "OPEN"] as const;
export type CommunicationMode = (typeof COMMUNICATION_MODES)[number];

/** Every cap and threshold the rules read (the SchoolPolicy model without its bookkeeping columns). */
export interface Policy {
  facultyContactCap: number;
  facultyContactMinimum: number;
  maxActiveAdvocates: number;
  maxApplications: number;
  targetListMin: number;
  targetListMax: number;
  callsPerProgramPerDay: number;
  maxResidentContacts: number;
  cohortLoadWarnAbove: number;
  followUpDueMinutes: number;
  /** After a program reaches out: the applicant's response window; unanswered, it escalates. */
  urgentResponseMinutes: number;
  /** Offer reminders to the applicant and advocates, this many minutes before the deadline. */
  offerReminderFirstMinutes: number;
  offerReminderSecondMinutes: number;
  /** An advocate's nudge for one program is not repeated within this many hours. */
  nudgeIntervalHours: number;
  strongStep2Min: number;
  averageStep2Min: number;
  emailWordLimit: number;
  allowFacultyEmailWithoutTie: boolean;
}

// Same defaults as prisma/schema.prisma; a school without a policy row gets these.
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  facultyContactCap: 8,
  facultyContactMinimum: 3,
  maxActiveAdvocates: 2,
  maxApplications: 45,
  targetListMin: 15,
  targetListMax: 20,
  callsPerProgramPerDay: 1,
  maxResidentContacts: 2,
  cohortLoadWarnAbove: 3,
  followUpDueMinutes: 240,
  urgentResponseMinutes: 30,
  offerReminderFirstMinutes: 60,
  offerReminderSecondMinutes: 15,
  nudgeIntervalHours: 12,
  strongStep2Min: 240,
  averageStep2Min: 220,
  emailWordLimit: 150,
  allowFacultyEmailWithoutTie: false,
});

export const DEGREE_LABELS: Record<DegreeType, string> = { US_MD: "US MD", US_DO: "US DO", IMG: "IMG" };
/** How a red flag reads on the profile form and to advocates (client components import it from here, without the rules). */
export const RED_FLAG_LABELS: Record<RedFlagKind, string> = {
  STEP_FAILURE: "A Step 1 or Step 2 CK failure",
  LEAVE_OF_ABSENCE: "A leave of absence",
  PROFESSIONALISM_RESOLVED: "A professionalism concern, now resolved",
};

/** String-literal mirror of the Prisma enum ApplicationService (the domain does not import Prisma). */
export const APPLICATION_SERVICES = ["ERAS", "RESIDENCY_CAS", "OTHER"] as const;
export type ApplicationServiceCode = (typeof APPLICATION_SERVICES)[number];

/** How applicants read the service: "Apply via ERAS". */
export const APPLICATION_SERVICE_LABELS: Record<ApplicationServiceCode, string> = {
  ERAS: "ERAS",
  RESIDENCY_CAS: "ResidencyCAS",
  OTHER: "the program's own process",
};
