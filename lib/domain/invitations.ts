// An invitation's life: pending for 7 days, then expired unless re-sent; accepted once.
const INVITATION_VALID_DAYS = 7;

export type InvitationStatus = "pending" | "expired" | "accepted";

export function invitationExpiresAt(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export const INVITATION_ROLE_LABELS = { APPLICANT: "an applicant", ADVOCATE: "a faculty advocate", DEAN: "a member of the dean's office" } as const;
export type InvitationRole = keyof typeof INVITATION_ROLE_LABELS;

/**
 * Who sent an invitation, as the email and the invitation page name them. The school's first
 * dean's office person is invited by `npm run school:create`, not by anyone's account.
 */
export function inviterName(invitedBy: { name: string } | null): string {
  return invitedBy?.name ?? "The SOAP Desk administrator";
}
