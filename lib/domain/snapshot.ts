// One applicant's state as the server loads it inside the transaction that will write.
// Plain data only: the rules read it and never mutate it.
import type {
  ActorRole,
  AdvocateKind,
  CommunicationMode,
  ContactChannel,
  ContactDirection,
  ContactOutcome,
  DegreeType,
  OfferStatus,
  Policy,
  PositionType,
  ProgramSetting,
  ProgramTier,
  RedFlagKind,
  TargetPriority,
  TaskKind,
  TaskStatus,
} from "./types";

export interface ReachabilityChecklist {
  phoneLoud: boolean;
  voicemailReady: boolean;
  erasUpdated: boolean;
  contactCurrent: boolean;
}

export interface SnapshotTarget {
  programId: string;
  rank: number;
  priority: TargetPriority;
  appliedAt: Date | null;
}

export interface SnapshotProgram {
  id: string;
  name: string;
  specialty: string;
  tier: ProgramTier;
  setting: ProgramSetting;
  positionType: PositionType;
  prefersEmail: boolean;
}

export interface SnapshotContact {
  programId: string;
  actorRole: ActorRole;
  actorUserId: string;
  advocateId: string | null;
  advocateKind: AdvocateKind | null;
  direction: ContactDirection;
  channel: ContactChannel;
  occurredAt: Date;
  outcome: ContactOutcome;
}

export interface SnapshotClaim {
  programId: string;
  advocateId: string;
  advocateName: string;
}

export interface SnapshotAssignment {
  advocateId: string;
  /** Display name, used in follow-up task titles ("naming Dr. X briefly"). */
  name: string;
  kind: AdvocateKind;
  active: boolean;
}

export interface SnapshotOffer {
  id: string;
  programId: string;
  status: OfferStatus;
  /** The round's response deadline; after it the offer has expired. */
  respondBy?: Date | null;
}

export interface SnapshotOverride {
  id: string;
  ruleCode: string;
  programId: string | null;
  /** Used overrides are kept so later decisions can see the dean already authorised an exception. */
  used: boolean;
}

export interface SnapshotTask {
  id: string;
  kind: TaskKind;
  status: TaskStatus;
  dueAt: Date;
  programId: string | null;
  createdAt: Date;
}

export interface SnapshotInterview {
  programId: string;
  startsAt: Date;
}

export interface SnapshotOfferRound {
  number: number;
  offersAt: Date;
  respondBy: Date;
}

export interface SnapshotSeason {
  windowStartsAt: Date;
  windowEndsAt: Date;
  communicationMode: CommunicationMode;
  /** Absent for a season without rounds (tests, non-Match positions). */
  offerRounds?: SnapshotOfferRound[];
}

export interface ApplicantSnapshot {
  applicantId: string;
  fullName: string;
  aamcId: string;
  degreeType: DegreeType;
  step2Score: number | null;
  specialty: string;
  redFlags: RedFlagKind[];
  checklist: ReachabilityChecklist;
  targets: SnapshotTarget[];
  /** At least every program referenced by targets, contacts, claims, offers and tasks. */
  programs: Record<string, SnapshotProgram>;
  contacts: SnapshotContact[];
  claims: SnapshotClaim[];
  assignments: SnapshotAssignment[];
  offers: SnapshotOffer[];
  overrides: SnapshotOverride[];
  tasks: SnapshotTask[];
  interviews: SnapshotInterview[];
  season: SnapshotSeason | null;
  policy: Policy;
  /** IANA zone of the school; "per day" limits use its calendar days. */
  timeZone: string;
  /** programId -> how many OTHER applicants of the school its faculty have contacted at that program. */
  cohortFacultyLoad: Record<string, number>;
}
