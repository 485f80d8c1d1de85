// Logging a contact, planned: the rules decide (decide/log-contact.ts); the contact is written
// with the narrative version it used, and the tasks it calls for are created, completed or
// cancelled with it (rules/tasks.ts), with their reminders and, when an advocate logged it, the
// applicant told.
import type { ApplicantSnapshot } from "../snapshot";
import { programName } from "../snapshot-queries";
import type { ContactChannel, ContactDirection, ContactOutcome } from "../types";
import { decideLogContact, type ContactActor } from "../rules/decide/log-contact";
import { tasksAfterContact, tasksCompletedByContact, tasksToCancelAfterContact } from "../rules/tasks";
import { planIfAllowed, ROW, type Planned, type PlannedWrite } from "./plan";

export interface LogContactCommand {
  programId: string;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
  occurredAt: Date;
  summary: string;
}

export interface LogContactFacts {
  actor: ContactActor;
  /** The narrative version an advocate's contact used (null for the applicant's own, or none yet). */
  narrativeVersionId: string | null;
}

export function planLogContact(s: ApplicantSnapshot, facts: LogContactFacts, input: LogContactCommand, now: Date): Planned {
  const { actor } = facts;
  const { programId, direction, channel, outcome, occurredAt, summary } = input;
  return planIfAllowed(decideLogContact(s, { actor, programId, direction, channel, outcome, occurredAt }, now), () => {
    const logged = { actorRole: actor.role, advocateId: actor.role === "ADVOCATE" ? actor.advocateId : null, programId, direction, channel, outcome };
    const drafts = tasksAfterContact(s, logged, now);
    const taskRefs = drafts.map((_, i) => `task:${i}`);
    const writes: PlannedWrite[] = [
      {
        op: "contact.create",
        ref: "contact",
        contact: {
          programId,
          actorRole: actor.role,
          advocateKind: actor.role === "ADVOCATE" ? actor.kind : null,
          direction,
          channel,
          outcome,
          occurredAt,
          summary,
          narrativeVersionId: actor.role === "ADVOCATE" ? facts.narrativeVersionId : null,
        },
        audit: { action: "contact.log", after: ROW },
      },
      { op: "tasks.close", taskIds: tasksToCancelAfterContact(s, logged), status: "CANCELLED", audit: { action: "task.cancel", reason: "Program declined" } },
      {
        op: "tasks.close",
        taskIds: tasksCompletedByContact(s, logged),
        status: "DONE",
        audit: { action: "task.complete", reason: "The applicant emailed the program" },
      },
      ...drafts.map((draft, i): PlannedWrite => ({
        op: "task.create",
        ref: taskRefs[i]!,
        task: { programId: draft.programId, kind: draft.kind, title: draft.title, dueAt: draft.dueAt, sourceContactRef: "contact" },
        audit: { action: "task.create", after: ROW },
      })),
    ];
    return {
      writes,
      jobs: taskRefs.map((taskRef) => ({ kind: "task-escalation", taskRef, fromInboundCall: direction === "INBOUND" })),
      // A task someone else made for the applicant is also an email and an in-app notification.
      notifications: actor.role === "ADVOCATE" && taskRefs.length > 0 ? [{ kind: "applicant-tasks", taskRefs, programName: programName(s, programId) }] : [],
    };
  });
}
