// What SOAP Desk tells someone when another person of their team asks something of them: short,
// what to do and by when (in the school's zone), read on a phone at 2 a.m.

export type TaskNotificationKind = "FOLLOW_UP" | "URGENT_RESPONSE" | "NUDGE";

export interface TaskNotificationInput {
  kind: TaskNotificationKind;
  /** The task as the applicant's list shows it: "Email Riverside IM, naming Dr. Hargrove briefly". */
  taskTitle: string;
  /** Who created it: the advocate who called, or who took the program's call. */
  byName: string;
  programName: string;
  /** When it is due, formatted in the school's zone. */
  dueLabel: string;
}

export interface NotificationText {
  title: string;
  body: string;
  linkLabel: string;
}

export function taskNotification(input: TaskNotificationInput): NotificationText {
  if (input.kind === "URGENT_RESPONSE") {
    return {
      title: `Urgent: ${input.programName} reached out. Respond by ${input.dueLabel}`,
      body: `${input.byName} logged that ${input.programName} reached out about you. Programs move fast in SOAP: respond right away.\n\nTo do: ${input.taskTitle}, by ${input.dueLabel}.`,
      linkLabel: "Open your urgent task",
    };
  }
  if (input.kind === "NUDGE") {
    return {
      title: `${input.byName} asks you to email ${input.programName} by ${input.dueLabel}`,
      body: `${input.byName} is ready to contact ${input.programName} for you, and a faculty call must follow your own email. Send your short email to the program first (you applied, one line on why this program, available immediately), then log it in SOAP Desk.

To do: ${input.taskTitle}, by ${input.dueLabel}.`,
      linkLabel: "Open your task",
    };
  }
  return {
    title: `Follow up with ${input.programName} by ${input.dueLabel}`,
    body: `${input.byName} just contacted ${input.programName} for you. Faculty open the door; you walk through it.\n\nTo do: ${input.taskTitle}, by ${input.dueLabel}. Reference the connection only briefly.`,
    linkLabel: "Open your task",
  };
}
