import "server-only";
// Read-side guard for the applicant's pages: the actor must be an applicant acting on their own
// record; every query then filters by this school and applicant.
import type { Actor } from "../core/actor";
import { authorize, type Action } from "../auth/policy";
import { AppError } from "../core/errors";

export interface ApplicantScope {
  schoolId: string;
  applicantId: string;
}

export function ownApplicantScope(actor: Actor, action: Action): ApplicantScope {
  const applicantId = actor.applicantId;
  if (!applicantId) throw new AppError("FORBIDDEN", "Only applicants have a workspace.");
  authorize(actor, action, { applicantId });
  return { schoolId: actor.schoolId, applicantId };
}
