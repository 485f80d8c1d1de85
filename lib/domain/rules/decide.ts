// The per-action deciders the server calls inside its writing transaction: one entry point per
// write path, each listing its checks in the order the applicant should hear about them.
import type { ApplicantSnapshot } from "../snapshot";
import type { AdvocateKind, ContactChannel, ContactDirection, ContactOutcome } from "../types";
import { acceptedOffer, targetFor } from "../snapshot-queries";
import { checkApplicationCap, checkFacultyCap, checkPhone, checkResidentCaps, listSizeAfterAdd } from "./caps";
import { allow, refuse, type Decision, type Warning } from "./decision";
import { checkAdvocateAllowed, checkAssigned, checkClaimHolder, checkConnectionForContact } from "./eligibility";
import { evaluate, type Check } from "./evaluate";
import { checkApplicantEmailedFirst, checkApplied, checkKnownProgram, checkNotAccepted, checkNotClosed, checkOnList, checkProgramInitiated } from "./ordering";
import {
  checklistWarning,
  cohortLoadWarning,
  collect,
  facultyMinimumWarning,
  listSizeWarning,
  noTieWarning,
  redFlagWithoutAdvocateWarning,
  topTierWarning,
  weakAdvocateWarning,
} from "./warnings";

// The single facade: the server imports every decider from here.
export { decideAssignAdvocate, decideClaim, decideRelease, decideUnassign, effectsOfUnassign } from "./decide-advocacy";
export type { ClaimingAdvocate, ReleasingActor } from "./decide-advocacy";
export { decideRecordOffer, decideRespondOffer, effectsOfAcceptance, effectsOfRejection } from "./offers";
export type { AcceptanceEffects, OfferResponse } from "./offers";
export { decideCompleteTask, nudgeFor, tasksAfterContact, tasksCompletedByInterview, tasksToCancelAfterContact } from "./tasks";
export type { LoggedContact, Nudge, TaskDraft } from "./tasks";

export function decideAddTarget(s: ApplicantSnapshot, input: { programId: string }, now: Date): Decision {
  void now;
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [() => checkKnownProgram(s, programId), () => checkNotAccepted(s), () => (targetFor(s, programId) ? refuse("ALREADY_ON_LIST") : null)],
    () => collect(listSizeWarning(s, listSizeAfterAdd(s, programId))),
  );
}

export function decideRemoveTarget(s: ApplicantSnapshot, input: { programId: string }): Decision {
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [
      () => checkOnList(s, programId),
      // An ERAS application cannot be withdrawn from here, and it still counts toward the 45.
      () => (targetFor(s, programId)?.appliedAt ? refuse("ALREADY_APPLIED", { next: "Keep it on the list." }) : null),
    ],
    () => collect(listSizeWarning(s, s.targets.length - 1)),
  );
}

/** An advocate's claim on a program that left the list has nothing left to work on. */
export function effectsOfRemoveTarget(s: ApplicantSnapshot, programId: string): { releaseProgramIds: string[] } {
  return { releaseProgramIds: s.claims.filter((c) => c.programId === programId).map((c) => c.programId) };
}

/** A new order must name exactly the programs on the list, each once; anything else is a stale page. */
export function decideReorder(s: ApplicantSnapshot, programIds: readonly string[]): Decision {
  const current = new Set(s.targets.map((t) => t.programId));
  if (new Set(programIds).size !== programIds.length) {
    return refuse("LIST_CHANGED", { reason: "A program appears twice in the new order, so it no longer matches your list." });
  }
  if (programIds.length !== current.size || programIds.some((id) => !current.has(id))) return refuse("LIST_CHANGED");
  return allow();
}

export function decideMarkApplied(s: ApplicantSnapshot, input: { programId: string }, now: Date): Decision {
  void now;
  const { programId } = input;
  return evaluate(
    s,
    programId,
    [
      () => checkNotAccepted(s),
      () => checkOnList(s, programId),
      () => (targetFor(s, programId)?.appliedAt ? refuse("ALREADY_APPLIED") : null),
      () => checkNotClosed(s, programId),
      () => checkApplicationCap(s),
    ],
    () => collect(listSizeWarning(s, s.targets.length), checklistWarning(s)),
  );
}

export type ContactActor = { role: "APPLICANT" } | { role: "ADVOCATE"; advocateId: string; kind: AdvocateKind; hasConnection: boolean };

export interface LogContactInput {
  actor: ContactActor;
  programId: string;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
}

export function decideLogContact(s: ApplicantSnapshot, input: LogContactInput, now: Date): Decision {
  return input.direction === "INBOUND" ? decideInbound(s, input) : decideOutbound(s, input, now);
}

/** A program reaching out is a fact: it is always recorded, even after an acceptance. */
function decideInbound(s: ApplicantSnapshot, input: LogContactInput): Decision {
  const { actor, programId } = input;
  const checks: Check[] = [() => checkKnownProgram(s, programId)];
  if (actor.role === "ADVOCATE") checks.push(() => checkAssigned(s, actor.advocateId));
  return evaluate(s, programId, checks, () => {
    const warnings: Warning[] = [];
    if (acceptedOffer(s)) {
      warnings.push({
        code: "AFTER_ACCEPTANCE",
        message: "Recorded for the timeline. The applicant has accepted an offer, so no response task is created.",
      });
    }
    if (!targetFor(s, programId)) {
      warnings.push({ code: "NOT_ON_LIST", message: "This program is not on the target list; consider adding it." });
    }
    return warnings;
  });
}

function decideOutbound(s: ApplicantSnapshot, input: LogContactInput, now: Date): Decision {
  const { actor, programId, channel } = input;
  const checks: Check[] = [() => checkKnownProgram(s, programId), () => checkNotAccepted(s)];
  if (actor.role === "ADVOCATE") {
    checks.push(
      () => checkAdvocateAllowed(actor.kind),
      () => checkAssigned(s, actor.advocateId),
    );
  }
  checks.push(
    () => checkOnList(s, programId),
    () => checkNotClosed(s, programId),
    () => checkApplied(s, programId),
    () => checkProgramInitiated(s, programId, now),
  );
  if (actor.role === "ADVOCATE") {
    checks.push(
      () => checkClaimHolder(s, actor.advocateId, programId),
      () => checkApplicantEmailedFirst(s, programId),
      () => checkConnectionForContact(s, programId, actor.hasConnection, channel),
      actor.kind === "RESIDENT" ? () => checkResidentCaps(s, programId) : () => checkFacultyCap(s, programId),
    );
  }
  checks.push(() => checkPhone(s, programId, channel, now));
  return evaluate(s, programId, checks, () => outboundWarnings(s, input));
}

function outboundWarnings(s: ApplicantSnapshot, input: LogContactInput): Warning[] {
  const { actor, programId, channel } = input;
  // Residents advocate too, but they are capped and weighed apart from faculty.
  const faculty = actor.role === "ADVOCATE" && actor.kind !== "RESIDENT";
  const common = [checklistWarning(s), facultyMinimumWarning(s, faculty ? programId : null)];
  if (actor.role === "APPLICANT") return collect(...common, redFlagWithoutAdvocateWarning(s));
  return collect(
    ...common,
    weakAdvocateWarning(actor.kind),
    faculty ? topTierWarning(s, programId) : null,
    faculty ? cohortLoadWarning(s, programId) : null,
    faculty ? noTieWarning(s, actor.hasConnection, channel) : null,
  );
}
