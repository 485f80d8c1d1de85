// Who may do what: one table for the three roles, checked by every use case before it loads
// anything. Whether an advocate is assigned to the applicant is a rule (NOT_ASSIGNED), decided
// with the applicant's state; this table answers the role and ownership question only.
import type { Actor, ActorRole } from "../actor";
import { AppError } from "../errors";

export const ACTIONS = [
  "target.add",
  "target.remove",
  "target.markApplied",
  "contact.log",
  "claim.create",
  "claim.release",
  "assignment.create",
  "assignment.end",
  "offer.record",
  "offer.respond",
  "override.create",
  "task.complete",
  "workspace.view",
  "advocate.home.view",
  "dashboard.view",
  "invitation.create",
  "invitation.list",
  "checklist.update",
  "profile.update",
  "narrative.save",
  "target.reorder",
  "target.setPriority",
  "catalog.view",
  "interview.view",
  "interview.record",
  "timeline.view",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Resource {
  /** The applicant whose record the action touches, when there is one. */
  applicantId?: string;
}

type Grant = "own" | "any" | false;

// "own": an applicant acting on their own record; "any": any record of the actor's school
// (queries are school-scoped, so another school's records are never found).
const TABLE: Record<Action, Record<ActorRole, Grant>> = {
  "target.add": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.remove": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.markApplied": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "contact.log": { APPLICANT: "own", ADVOCATE: "any", DEAN: false },
  "claim.create": { APPLICANT: false, ADVOCATE: "any", DEAN: false },
  "claim.release": { APPLICANT: false, ADVOCATE: "any", DEAN: "any" },
  "assignment.create": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "assignment.end": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "offer.record": { APPLICANT: "own", ADVOCATE: false, DEAN: "any" },
  "offer.respond": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "override.create": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "task.complete": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "workspace.view": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "advocate.home.view": { APPLICANT: false, ADVOCATE: "any", DEAN: false },
  "dashboard.view": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "invitation.create": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "invitation.list": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "checklist.update": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "profile.update": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "narrative.save": { APPLICANT: "own", ADVOCATE: "any", DEAN: false },
  "target.reorder": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.setPriority": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "catalog.view": { APPLICANT: "own", ADVOCATE: false, DEAN: "any" },
  "interview.view": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "interview.record": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "timeline.view": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
};

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const grant = TABLE[action][actor.role];
  if (grant === "any") return true;
  // "own" needs an applicant actor; with no resource named, the actor's own record is meant.
  if (grant === "own") return actor.applicantId !== null && (resource.applicantId ?? actor.applicantId) === actor.applicantId;
  return false;
}

export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  if (!can(actor, action, resource)) {
    const who = { APPLICANT: "Applicants", ADVOCATE: "Advocates", DEAN: "The dean's office" }[actor.role];
    const whose = TABLE[action][actor.role] === "own" ? " on someone else's record" : "";
    throw new AppError("FORBIDDEN", `${who} cannot ${ACTION_LABELS[action]}${whose}.`);
  }
}

// What each action is called in a refusal, so people read plain English, not action ids.
const ACTION_LABELS: Record<Action, string> = {
  "target.add": "add programs to a target list",
  "target.remove": "remove programs from a target list",
  "target.markApplied": "mark applications sent",
  "contact.log": "log contacts with programs",
  "claim.create": "claim programs",
  "claim.release": "release claims",
  "assignment.create": "assign advocates",
  "assignment.end": "unassign advocates",
  "offer.record": "record offers",
  "offer.respond": "answer offers",
  "override.create": "override rules",
  "task.complete": "complete tasks",
  "workspace.view": "open an applicant's workspace",
  "advocate.home.view": "open the advocate's page",
  "dashboard.view": "open the cohort dashboard",
  "invitation.create": "invite people",
  "invitation.list": "see invitations",
  "checklist.update": "change the reachability checklist",
  "profile.update": "change an applicant's profile",
  "narrative.save": "edit the shared narrative",
  "target.reorder": "reorder a target list",
  "target.setPriority": "set program priorities",
  "catalog.view": "search the program catalog",
  "interview.view": "see interviews",
  "interview.record": "record interviews",
  "timeline.view": "see program timelines",
};
