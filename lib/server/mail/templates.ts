import "server-only";
// The emails SOAP Desk sends. Short and plain: a frightened applicant reads them on a phone.
import type { MailMessage } from "./mailer";
import { simpleHtml } from "./mailer";
import { invitationIntroduction } from "@/lib/domain/invitation-wording";
import type { InvitationRole } from "@/lib/domain/invitations";

export function magicLinkEmail(to: string, url: string, host: string, validMinutes: number): MailMessage {
  const lines = [`Use the link below to sign in to SOAP Desk. It works once and expires in ${validMinutes} minutes.`];
  const footer = `If you did not ask to sign in to ${host}, ignore this email: nothing happens without the link.`;
  return {
    to,
    subject: "Your SOAP Desk sign-in link",
    text: `${lines.join("\n\n")}\n\nSign in: ${url}\n\n${footer}\n`,
    html: simpleHtml(lines, { url, label: "Sign in to SOAP Desk" }, footer),
  };
}

export interface InvitationEmailInput {
  to: string;
  name: string;
  role: InvitationRole;
  schoolName: string;
  invitedByName: string;
  url: string;
  expiresLabel: string;
}

export function invitationEmail(input: InvitationEmailInput): MailMessage {
  const lines = [
    `Hello ${input.name},`,
    invitationIntroduction(input),
    `Open the link and press "Accept and sign in". The link expires ${input.expiresLabel}.`,
  ];
  const footer = "If you did not expect this invitation, ignore this email or tell your dean's office.";
  return {
    to: input.to,
    subject: `${input.schoolName} invited you to SOAP Desk`,
    text: `${lines.join("\n\n")}\n\nAccept the invitation: ${input.url}\n\n${footer}\n`,
    html: simpleHtml(lines, { url: input.url, label: "Accept the invitation" }, footer),
  };
}

export interface NotificationEmailInput {
  to: string;
  subject: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  url: string;
  linkLabel: string;
}

/** A notification (a nudge, a task someone else created): what to do, by when, and the link to it. */
export function notificationEmail(input: NotificationEmailInput): MailMessage {
  const lines = input.text.split(/\n{2,}/);
  const footer = "SOAP Desk sends this email when something in your SOAP team's work needs you.";
  return {
    to: input.to,
    subject: input.subject,
    text: `${input.text}\n\n${input.linkLabel}: ${input.url}\n\n${footer}\n`,
    html: simpleHtml(lines, { url: input.url, label: input.linkLabel }, footer),
  };
}
