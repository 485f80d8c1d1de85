// Every server action and route handler in app/, with the can() action it checks, or "public"
// for the few that need no signed-in user. tests/unit/entry-points.test.ts fails when an entry
// point exists without a line here, or a line names one that no longer exists.
import type { Action } from "./policy";

export type EntryPointGuard = Action | "public" | "session";

export const ENTRY_POINTS: Record<string, EntryPointGuard> = {
  "app/api/health/route.ts#GET": "public",
  "app/api/demo/sign-in/route.ts#POST": "public",
  "app/api/auth/[...nextauth]/route.ts#GET": "public",
  "app/api/auth/[...nextauth]/route.ts#POST": "public",
  "app/(auth)/sign-in/actions.ts#requestMagicLinkAction": "public",
  "app/(auth)/sign-in/actions.ts#singleSignOnAction": "public",
  "app/(auth)/sign-out-action.ts#signOutAction": "session",
  "app/(auth)/invite/[token]/actions.ts#acceptInvitationAction": "public",
  "app/dean/invitations/actions.ts#createInvitationAction": "invitation.create",
  "app/dean/invitations/actions.ts#resendInvitationAction": "invitation.create",
  "app/applicant/actions.ts#updateChecklistAction": "checklist.update",
  "app/applicant/actions.ts#updateProfileAction": "profile.update",
  "app/applicant/actions.ts#saveNarrativeAction": "narrative.save",
  "app/applicant/actions.ts#addTargetAction": "target.add",
  "app/applicant/actions.ts#removeTargetAction": "target.remove",
  "app/applicant/actions.ts#reorderTargetsAction": "target.reorder",
  "app/applicant/actions.ts#setTargetPriorityAction": "target.setPriority",
  "app/applicant/actions.ts#markAppliedAction": "target.markApplied",
  "app/applicant/actions.ts#logEmailSentAction": "contact.log",
  "app/applicant/actions.ts#logProgramCalledAction": "contact.log",
  "app/applicant/actions.ts#completeTaskAction": "task.complete",
  "app/applicant/actions.ts#recordInterviewAction": "interview.record",
  "app/applicant/actions.ts#recordOfferAction": "offer.record",
  "app/applicant/actions.ts#respondOfferAction": "offer.respond",
  "app/applicant/interviews/[id]/ics/route.ts#GET": "interview.view",
};
