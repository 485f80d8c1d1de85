// What an invitation says to the person it invites, written for their part: an applicant hears
// about their own list and calls, an advocate about the applicants they speak for and when a call
// helps, the dean's office about the cohort. Nobody reads the words meant for someone else.
import { INVITATION_ROLE_LABELS, type InvitationRole } from "./invitations";

const WHAT_IT_DOES: Record<InvitationRole, string> = {
  APPLICANT:
    "SOAP Desk keeps you, your faculty advocates and the dean's office working as one team during SOAP: your target list, your emails to programs and every call a program makes to you, in one place.",
  ADVOCATE:
    "SOAP Desk shows you the applicants you speak for, the programs where your connection can help, and when each program is ready for your call or email: after the applicant has applied and written to it. Your work, the applicant's and the dean's office's stay in step.",
  DEAN: "SOAP Desk gives the dean's office one live view of the school's SOAP applicants, their faculty advocates and every contact with programs, with alerts when something needs you.",
};

/** The invitation's opening: who invited whom, as what, and what SOAP Desk does for that person. */
export function invitationIntroduction(input: { role: InvitationRole; invitedByName: string; schoolName: string }): string {
  return `${input.invitedByName} of ${input.schoolName} has invited you to SOAP Desk as ${INVITATION_ROLE_LABELS[input.role]}. ${WHAT_IT_DOES[input.role]}`;
}
