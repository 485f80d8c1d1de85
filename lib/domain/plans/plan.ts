// What a command changes, as data: a pure decider reads the applicant's snapshot and the facts of
// the command and returns either the rules' refusal or a plan; one generic step
// (lib/server/use-case/apply-plan.ts) writes the plan in the transaction that locked the
// applicant. A plan names every row it writes, the audit entry of each, the notifications and
// the timed jobs; nothing about the write is decided after the plan is made.
import type { Refused, Warning } from "../rules/decision";
import type { ActorRole, AdvocateKind, ContactChannel, ContactDirection, ContactOutcome, TaskKind } from "../types";

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
  /** Dean overrides the decision relied on, marked used. */
  | { op: "overrides.use"; overrideIds: string[] };

export type PlannedNotification =
  /** Tasks someone else made for the applicant (plan refs): in-app and by email. */
  { kind: "applicant-tasks"; taskRefs: string[]; programName: string };

export type PlannedJob =
  /** The escalation or overdue reminder a task calls for (its ref), at its due time. */
  { kind: "task-escalation"; taskRef: string; fromInboundCall: boolean };

export interface Plan {
  writes: PlannedWrite[];
  notifications: PlannedNotification[];
  jobs: PlannedJob[];
}

export type Planned = Refused | { ok: true; warnings: Warning[]; plan: Plan };

export function plan(writes: PlannedWrite[], more: Partial<Omit<Plan, "writes">> = {}): Plan {
  return { writes, notifications: more.notifications ?? [], jobs: more.jobs ?? [] };
}

/** The overrides a decision relied on, as the plan's first write (nothing when none). */
export function overridesUsed(usedOverrideIds: string[]): PlannedWrite[] {
  return usedOverrideIds.length > 0 ? [{ op: "overrides.use", overrideIds: usedOverrideIds }] : [];
}
