import "server-only";
// Who may do what: one table for the three roles. authorize() is the early role gate every use
// case passes before it reads anything; authorizeApplicant() decides, inside the transaction that
// locked the applicant and before anything about them is loaded, whether this actor may act on
// this applicant: their own record, an applicant of the school, or (for an advocate) an applicant
// they are actively assigned to. Anyone who may not gets the same answer as for an applicant that
// does not exist, so no refusal can tell them anything about that applicant.
import type { Actor, ActorRole } from "../core/actor";
import type { TxClient } from "../core/db";
import { AppError, notFound } from "../core/errors";

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
  "nudge.create",
  "connection.manage",
  "advocate.applicant.view",
  "programs.import",
  "settings.update",
  "applicant.export",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Resource {
  /** The applicant whose record the action touches, when there is one. */
  applicantId?: string;
  /** The advocates actively assigned to that applicant (needed for an "assigned" grant). */
  activeAdvocateIds?: readonly string[];
}

type Grant = "own" | "assigned" | "any" | false;

// "own": an applicant acting on their own record; "assigned": an advocate acting for an applicant
// they are actively assigned to; "any": any record of the actor's school (queries are
// school-scoped, so another school's records are never found).
const TABLE: Record<Action, Record<ActorRole, Grant>> = {
  "target.add": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.remove": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.markApplied": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "contact.log": { APPLICANT: "own", ADVOCATE: "assigned", DEAN: false },
  "claim.create": { APPLICANT: false, ADVOCATE: "assigned", DEAN: false },
  "claim.release": { APPLICANT: false, ADVOCATE: "assigned", DEAN: "any" },
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
  "narrative.save": { APPLICANT: "own", ADVOCATE: "assigned", DEAN: false },
  "target.reorder": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "target.setPriority": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "catalog.view": { APPLICANT: "own", ADVOCATE: false, DEAN: "any" },
  "interview.view": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "interview.record": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "timeline.view": { APPLICANT: "own", ADVOCATE: false, DEAN: false },
  "nudge.create": { APPLICANT: false, ADVOCATE: "assigned", DEAN: false },
  // An advocate's own connections: the queries are scoped by the advocate, not by an applicant.
  "connection.manage": { APPLICANT: false, ADVOCATE: "any", DEAN: false },
  "advocate.applicant.view": { APPLICANT: false, ADVOCATE: "assigned", DEAN: false },
  "programs.import": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  "settings.update": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
  // An applicant's whole record, handed to them on request by the dean's office.
  "applicant.export": { APPLICANT: false, ADVOCATE: false, DEAN: "any" },
};

export function can(actor: Actor, action: Action, resource: Resource = {}): boolean {
  const grant = TABLE[action][actor.role];
  if (grant === "any") return true;
  // "own" needs an applicant actor; with no resource named, the actor's own record is meant.
  if (grant === "own") return actor.applicantId !== null && (resource.applicantId ?? actor.applicantId) === actor.applicantId;
  if (grant === "assigned")
    return actor.advocateId !== null && resource.applicantId !== undefined && (resource.activeAdvocateIds ?? []).includes(actor.advocateId);
  return false;
}

/** What anyone who may not act on an applicant hears: the same as for one that does not exist. */
export const APPLICANT_NOT_FOUND = notFound("That applicant").message;

/**
 * The resource check, inside the transaction that locked the applicant (so an assignment ended
 * a moment ago counts) and before the applicant's state is read. Throws NOT_FOUND, never a
 * refusal that describes the applicant.
 */
export async function authorizeApplicant(tx: TxClient, actor: Actor, action: Action, applicantId: string): Promise<void> {
  authorize(actor, action, { applicantId });
  const grant = TABLE[action][actor.role];
  if (grant === "any" && (await tx.applicantProfile.count({ where: { id: applicantId, schoolId: actor.schoolId } })) === 0) throw notFound("That applicant");
  const assignments =
    grant === "assigned"
      ? await tx.advocateAssignment.findMany({ where: { schoolId: actor.schoolId, applicantId, active: true }, select: { advocateId: true } })
      : [];
  if (!can(actor, action, { applicantId, activeAdvocateIds: assignments.map((a) => a.advocateId) })) throw notFound("That applicant");
}

/**
 * The role gate: refuses a role that may never take this action, or an applicant acting on
 * another's record. An "assigned" grant is only checked here for the role; authorizeApplicant()
 * checks the assignment.
 */
export function authorize(actor: Actor, action: Action, resource: Resource = {}): void {
  const roleOnly = TABLE[action][actor.role] === "assigned" ? actor.advocateId !== null : can(actor, action, resource);
  if (!roleOnly) {
    const whose = TABLE[action][actor.role] === "own" ? " on someone else's record" : "";
    throw new AppError("FORBIDDEN", `${WHO[actor.role]} cannot ${ACTION_LABELS[action]}${whose}.`);
  }
}

/** Every role: who may use an entry point open to anyone signed in. */
export const EVERY_ROLE: readonly ActorRole[] = ["APPLICANT", "ADVOCATE", "DEAN"];

/** The roles the table grants an action to, on some record. */
export function rolesGranted(action: Action): ActorRole[] {
  return EVERY_ROLE.filter((role) => TABLE[action][role] !== false);
}

/**
 * The gate of one entry point, before the table: only the roles whose screens offer it. The
 * table grants an action to every role that takes it on some screen (an applicant logs her own
 * contacts); an entry point admits only its own screens' role (never the advocate's form for her).
 */
export function authorizeScreen(actor: Actor, action: Action, roles: readonly ActorRole[]): void {
  if (!roles.includes(actor.role)) throw new AppError("FORBIDDEN", `${WHO[actor.role]} cannot ${ACTION_LABELS[action]} here.`);
}

const WHO: Record<ActorRole, string> = { APPLICANT: "Applicants", ADVOCATE: "Advocates", DEAN: "The dean's office" };

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
  "nudge.create": "nudge an applicant",
  "connection.manage": "record connections to programs",
  "advocate.applicant.view": "open an assigned applicant's page",
  "programs.import": "import the list of unfilled programs",
  "settings.update": "change the school's settings",
  "applicant.export": "download an applicant's whole record",
};
