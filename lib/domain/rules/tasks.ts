// What the applicant must do after a contact, and by when: after a faculty contact, email the
// program naming the connection (a follow-up task); after the program reaches out, respond at once
// (an urgent task). And marking a task done.
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, assignmentFor, claimFor, programName } from "../snapshot-queries";
import type { ActorRole, ContactChannel, ContactDirection, ContactOutcome, TaskKind } from "../types";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

export const TASK_RULES = {
  TASK_NOT_FOUND: rule<{ applicant: string }>({
    title: "Task not found",
    reason: ({ applicant }) => `There is no such task for ${applicant}.`,
    next: "Reload the page and pick the task again.",
    overridable: false,
    source: "DATA",
    applicant: { reason: "You have no such task." },
  }),
  TASK_NOT_OPEN: rule<void, "DONE" | "CANCELLED">({
    title: "Task already closed",
    reason: "This task is no longer open: it is already done or was cancelled.",
    next: "Nothing to do: reload the page to see the tasks still open.",
    overridable: false,
    source: "DATA",
    cases: {
      DONE: { reason: "This task is already done." },
      CANCELLED: { reason: "This task was cancelled, so there is nothing left to do." },
    },
  }),
};

const refuse = refuserFor(TASK_RULES);

/** The snapshot holds only this applicant's tasks, so another applicant's task is not found. */
export function checkTaskFound(s: ApplicantSnapshot, taskId: string, reader: Reader): Refused | null {
  return s.tasks.some((t) => t.id === taskId) ? null : refuse("TASK_NOT_FOUND", { applicant: s.fullName, reader });
}

/** A task can be marked done once, and only while it is open. */
export function checkTaskOpen(s: ApplicantSnapshot, taskId: string): Refused | null {
  const task = s.tasks.find((t) => t.id === taskId);
  if (!task || task.status === "OPEN") return null;
  return refuse("TASK_NOT_OPEN", { case: task.status });
}

export interface TaskDraft {
  kind: TaskKind;
  programId: string;
  title: string;
  dueAt: Date;
}

export interface LoggedContact {
  actorRole: ActorRole;
  advocateId: string | null;
  programId: string;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
}

const MINUTE = 60_000;

function hasOpenTask(s: ApplicantSnapshot, kind: TaskKind, programId: string): boolean {
  return s.tasks.some((t) => t.kind === kind && t.status === "OPEN" && t.programId === programId);
}

export function advocateName(s: ApplicantSnapshot, advocateId: string | null, programId: string): string {
  if (advocateId) {
    const name = assignmentFor(s, advocateId)?.name ?? s.assignments.find((a) => a.advocateId === advocateId)?.name;
    if (name) return name;
  }
  return claimFor(s, programId)?.advocateName ?? "your advocate";
}

function urgentTitle(program: string, contact: LoggedContact): string {
  if (contact.outcome === "INTERVIEW_OFFERED") return `Confirm the interview with ${program} now`;
  const how = contact.channel === "EMAIL" ? "reply to their email" : "call them back";
  return `${program} reached out: ${how} now`;
}

/** Tasks to create once `contact` (already allowed) is written. `s` is the state before it. */
export function tasksAfterContact(s: ApplicantSnapshot, contact: LoggedContact, now: Date): TaskDraft[] {
  // After a binding acceptance nothing is left to chase; an inbound call is only a fact to record.
  if (acceptedOffer(s)) return [];
  if (contact.outcome === "DECLINED") return [];
  const program = programName(s, contact.programId);
  if (contact.direction === "INBOUND") {
    // One open "respond now" per program is enough; a second call does not need a second task.
    if (hasOpenTask(s, "URGENT_RESPONSE", contact.programId)) return [];
    return [
      {
        kind: "URGENT_RESPONSE",
        programId: contact.programId,
        title: urgentTitle(program, contact),
        dueAt: new Date(now.getTime() + s.policy.urgentResponseMinutes * MINUTE),
      },
    ];
  }
  if (contact.actorRole !== "ADVOCATE" || hasOpenTask(s, "FOLLOW_UP", contact.programId)) return [];
  const name = advocateName(s, contact.advocateId, contact.programId);
  return [
    {
      kind: "FOLLOW_UP",
      programId: contact.programId,
      title: `Email ${program}, naming ${name} briefly`,
      dueAt: new Date(now.getTime() + s.policy.followUpDueMinutes * MINUTE),
    },
  ];
}

/** Open tasks made pointless by a contact: a decline closes every open task for that program. */
export function tasksToCancelAfterContact(s: ApplicantSnapshot, contact: LoggedContact): string[] {
  if (contact.outcome !== "DECLINED") return [];
  return s.tasks.filter((t) => t.status === "OPEN" && t.programId === contact.programId).map((t) => t.id);
}

/**
 * Open tasks the contact itself does: the applicant's own email to a program answers a nudge and
 * the follow-up after a faculty call for that program.
 */
export function tasksCompletedByContact(s: ApplicantSnapshot, contact: LoggedContact): string[] {
  if (contact.actorRole !== "APPLICANT" || contact.direction !== "OUTBOUND" || contact.channel !== "EMAIL") return [];
  return s.tasks.filter((t) => (t.kind === "NUDGE" || t.kind === "FOLLOW_UP") && t.status === "OPEN" && t.programId === contact.programId).map((t) => t.id);
}

/** Open "respond now" tasks for the program that scheduling an interview answers. */
export function tasksCompletedByInterview(s: ApplicantSnapshot, programId: string): string[] {
  return s.tasks.filter((t) => t.kind === "URGENT_RESPONSE" && t.status === "OPEN" && t.programId === programId).map((t) => t.id);
}

/** A pending offer with a round deadline is an urgent task: answer it before it expires. */
export function taskForOffer(s: ApplicantSnapshot, programId: string, respondBy: Date | null): TaskDraft | null {
  if (!respondBy) return null;
  return { kind: "URGENT_RESPONSE", programId, title: `Accept or reject ${programName(s, programId)}'s offer before it expires`, dueAt: respondBy };
}
