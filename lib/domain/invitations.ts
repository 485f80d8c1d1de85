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

export const INVITATION_ROLE_LABELS = { APPLICANT: "an applicant", ADVOCATE: "a faculty advocate" } as const;
