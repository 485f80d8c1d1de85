// What SOAP Desk says when nobody acted in time: a program's call unanswered past its window, an
// offer's deadline close or passed, a follow-up that came due. Each says who, what, since when and
// what to do now, in the school's zone, read on a phone between two patients or two interviews.
import type { NotificationText } from "./notifications";
import { formatDuration } from "../format-time";

export type EscalationReader = "APPLICANT" | "ADVOCATE" | "DEAN";

export interface UnansweredCallInput {
  reader: "ADVOCATE" | "DEAN";
  applicantName: string;
  applicantPhone: string;
  programName: string;
  /** When the program reached out, in the school's zone. */
  sinceLabel: string;
  /** How long ago that was, in minutes. */
  minutesAgo: number;
}

export function unansweredCallNotification(input: UnansweredCallInput): NotificationText {
  const phone = input.applicantPhone.trim() || "no phone number on the profile";
  const ago = formatDuration(input.minutesAgo, "long");
  const ask =
    input.reader === "ADVOCATE"
      ? `Call ${input.applicantName} now (${phone}). If you cannot reach them, tell the dean's office.`
      : `Make sure someone reaches ${input.applicantName} now (${phone}): an advocate, or the dean's office itself.`;
  return {
    title: `Unanswered: ${input.programName} reached ${input.applicantName} ${ago} ago`,
    body: `${input.programName} reached out to ${input.applicantName} at ${input.sinceLabel}, and nobody has answered yet. Programs move on within the hour in SOAP.\n\n${ask}`,
    linkLabel: `Open ${input.applicantName}'s page`,
  };
}

export interface OfferReminderInput {
  reader: "APPLICANT" | "ADVOCATE";
  applicantName: string;
  programName: string;
  minutesLeft: number;
  /** The deadline, in the school's zone. */
  deadlineLabel: string;
}

export function offerReminderNotification(input: OfferReminderInput): NotificationText {
  const left = formatDuration(input.minutesLeft, "long");
  if (input.reader === "APPLICANT") {
    return {
      title: `${left} left: answer ${input.programName}'s offer by ${input.deadlineLabel}`,
      body: `Your offer from ${input.programName} expires at ${input.deadlineLabel} if you do not answer it. Accepting is binding; an offer not answered is lost.\n\nAccept or reject it now in SOAP Desk (and in the NRMP system).`,
      linkLabel: "Answer the offer",
    };
  }
  return {
    title: `${input.applicantName}: ${input.programName}'s offer expires in ${left}`,
    body: `${input.applicantName} has not answered ${input.programName}'s offer yet. It expires at ${input.deadlineLabel}.\n\nReach ${input.applicantName} now to make sure they decide in time.`,
    linkLabel: `Open ${input.applicantName}'s page`,
  };
}

export interface OfferExpiredInput {
  applicantName: string;
  programName: string;
  deadlineLabel: string;
}

export function offerExpiredNotification(input: OfferExpiredInput): NotificationText {
  return {
    title: `Expired unanswered: ${input.applicantName}'s offer from ${input.programName}`,
    body: `${input.applicantName}'s offer from ${input.programName} passed its deadline (${input.deadlineLabel}) without an answer.\n\nCheck on ${input.applicantName} and plan the next round with them.`,
    linkLabel: `Open ${input.applicantName}'s page`,
  };
}

export interface FollowUpOverdueInput {
  programName: string;
  taskTitle: string;
  /** When it was due, in the school's zone. */
  dueLabel: string;
}

export function followUpOverdueNotification(input: FollowUpOverdueInput): NotificationText {
  return {
    title: `Overdue: your follow-up email to ${input.programName}`,
    body: `Your follow-up to ${input.programName} was due at ${input.dueLabel}. A faculty call only helps when your own email follows it.\n\nTo do now: ${input.taskTitle}. Then log it in SOAP Desk.`,
    linkLabel: "Open your task",
  };
}
