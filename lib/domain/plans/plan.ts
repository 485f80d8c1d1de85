// What a command changes, as data: a pure decider reads the applicant's snapshot and the facts of
// the command and returns either the rules' refusal or a plan; one generic step
// (lib/server/use-case/apply-plan.ts) writes the plan in the transaction that locked the
// applicant. A plan names every row it writes, the audit entry of each, the notifications and
// the timed jobs; nothing about the write is decided after the plan is made.
import type { Allowed, Decision, Refused, Warning } from "../rules/decision";
import type {
  ActorRole,
  AdvocateKind,
  ContactChannel,
  ContactDirection,
  ContactOutcome,
  DegreeType,
  InterviewFormat,
  OfferStatus,
  RedFlagKind,
  TaskKind,
} from "../types";
import type { ReachabilityChecklist } from "../snapshot";

/** The row a write touched, as written (an audit entry's "before" of a delete, "after" of a create). */
export const ROW = "row" as const;

export interface PlannedAudit {
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface NewContact {
  programId: string;
  actorRole: ActorRole;
  advocateKind: AdvocateKind | null;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
  occurredAt: Date;
  summary: string;
  narrativeVersionId: string | null;
}

export interface ProfileFields {
  aamcId: string;
  degreeType: DegreeType;
  step2Score: number | null;
  specialty: string;
  phone: string;
}

export interface NewTask {
  programId: string | null;
  kind: TaskKind;
  title: string;
  dueAt: Date;
  /** The contact of this plan that called for it (its ref). */
  sourceContactRef?: string;
  /** Who asked for it, when a person did (a nudge). */
  createdById?: string | null;
}

export type PlannedWrite =
  | { op: "contact.create"; ref: string; contact: NewContact; audit: PlannedAudit }
  | { op: "task.create"; ref: string; task: NewTask; audit: PlannedAudit }
  /** Open tasks marked done or cancelled, each with its own audit entry. */
  | { op: "tasks.close"; taskIds: string[]; status: "DONE" | "CANCELLED"; audit: PlannedAudit }
  | { op: "claim.create"; programId: string; advocateId: string; overrideId: string | null; audit: PlannedAudit }
  | { op: "claim.delete"; programId: string; audit: PlannedAudit }
  | { op: "target.create"; programId: string; rank: number; audit: PlannedAudit }
  | { op: "target.update"; programId: string; data: { appliedAt?: Date; priority?: "FACULTY" | "SELF" }; audit: PlannedAudit }
  | { op: "target.delete"; programId: string; audit: PlannedAudit }
  /** New ranks for the targets whose rank changes (no audit of its own: the command's entry says why). */
  | { op: "target.ranks"; ranks: { programId: string; rank: number }[] }
  /** One task marked done, its row kept as `ref`. */
  | { op: "task.done"; ref: string; taskId: string; audit: PlannedAudit }
  | {
      op: "interview.create";
      interview: { programId: string; startsAt: Date; durationMinutes: number; format: InterviewFormat; location: string; notes: string };
      audit: PlannedAudit;
    }
  | { op: "offer.create"; ref: string; offer: { programId: string; round: number; offeredAt: Date; respondBy: Date | null }; audit: PlannedAudit }
  /** An offer answered (or withdrawn by another's acceptance), now. */
  | { op: "offer.update"; ref: string; offerId: string; status: OfferStatus; audit: PlannedAudit }
  /** An advocate assigned (again): the audit entry's "after" is the row with the advocate's name. */
  | { op: "assignment.upsert"; advocateId: string; advocateName: string; audit: PlannedAudit }
  | { op: "assignment.end"; advocateId: string; audit: PlannedAudit }
  | {
      op: "narrative.create";
      narrative: { version: number; strengths: string[]; weaknessContext: string[]; reliability: string };
      audit: PlannedAudit;
    }
  | { op: "checklist.update"; checklist: Partial<ReachabilityChecklist>; audit: PlannedAudit }
  /** The profile's fields, and its red flags replaced by the ones given. */
  | { op: "profile.update"; profile: ProfileFields; redFlags: { kind: RedFlagKind; context: string }[]; audit: PlannedAudit }
  /** An audit entry about no single written row (a whole new order). */
  | { op: "audit"; entityType: string; entityId: string; audit: PlannedAudit }
  /** Dean overrides the decision relied on, marked used. */
  | { op: "overrides.use"; overrideIds: string[] };

export type PlannedNotification =
  /** Tasks someone else made for the applicant (plan refs): in-app and by email. */
  { kind: "applicant-tasks"; taskRefs: string[]; programName: string };

export type PlannedJob =
  /** The escalation or overdue reminder a task calls for (its ref), at its due time. */
  | { kind: "task-escalation"; taskRef: string; fromInboundCall: boolean }
  /** An offer's reminders before its deadline and its expiry notice (its ref). */
  | { kind: "offer-deadline"; offerRef: string };

export interface Plan {
  writes: PlannedWrite[];
  notifications: PlannedNotification[];
  jobs: PlannedJob[];
}

export type Planned = Refused | { ok: true; warnings: Warning[]; plan: Plan };

/** What a decider plans once the rules allow: the writes, and the notifications and jobs if any. */
export type PlanParts = { writes: PlannedWrite[] } & Partial<Omit<Plan, "writes">>;

/**
 * The rules' refusal as it is, or the plan made from what they allowed: the dean's overrides the
 * decision relied on are marked used first, then the command's own writes.
 */
export function planIfAllowed(decision: Decision, parts: (allowed: Allowed) => PlanParts): Planned {
  if (!decision.ok) return decision;
  const { writes, notifications = [], jobs = [] } = parts(decision);
  const overrides: PlannedWrite[] = decision.usedOverrideIds.length > 0 ? [{ op: "overrides.use", overrideIds: decision.usedOverrideIds }] : [];
  return { ok: true, warnings: decision.warnings, plan: { writes: [...overrides, ...writes], notifications, jobs } };
}
