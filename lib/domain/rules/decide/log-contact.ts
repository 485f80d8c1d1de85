// Logging a touch between our side and a program, in either direction. The checks are listed in
// the order the applicant or advocate should hear about them.
import type { ApplicantSnapshot } from "../../snapshot";
import type { AdvocateKind, ContactChannel, ContactDirection, ContactOutcome } from "../../types";
import { checkCallsWelcome, checkDailyCallLimit, checkFacultyCap, checkResidentCap, checkResidentNotAtProgramYet } from "../caps";
import { checkClaimHolder, checkConnection } from "../claims";
import { readerFor, type Decision, type Warning } from "../decision";
import { checkAdvocateAllowed, checkAssigned } from "../eligibility";
import { evaluate, type Check } from "../evaluate";
import { checkAfterSeasonOpened, checkApplicantEmailedFirst, checkApplied, checkNotAccepted, checkNotClosed, checkProgramInitiated } from "../ordering";
import { checkKnownProgram, checkOnList } from "../target-list";
import {
  afterAcceptanceWarning,
  checklistWarning,
  cohortLoadWarning,
  collect,
  facultyMinimumWarning,
  noTieWarning,
  notOnListWarning,
  redFlagWithoutAdvocateWarning,
  topTierWarning,
  weakAdvocateWarning,
} from "../warnings";

export type ContactActor = { role: "APPLICANT" } | { role: "ADVOCATE"; advocateId: string; kind: AdvocateKind; hasConnection: boolean };

export interface LogContactInput {
  actor: ContactActor;
  programId: string;
  direction: ContactDirection;
  channel: ContactChannel;
  outcome: ContactOutcome;
  /** When the contact really happened (default: now). Per-day limits and the mode count by it. */
  occurredAt?: Date;
}

export function decideLogContact(s: ApplicantSnapshot, input: LogContactInput, now: Date): Decision {
  const at = input.occurredAt ?? now;
  return input.direction === "INBOUND" ? decideInbound(s, input, at) : decideOutbound(s, input, at);
}

/** A program reaching out is a fact: it is always recorded, even after an acceptance. */
function decideInbound(s: ApplicantSnapshot, input: LogContactInput, at: Date): Decision {
  const { actor, programId } = input;
  const checks: Check[] = [() => checkKnownProgram(s, programId, readerFor(actor.role)), () => checkAfterSeasonOpened(s, at)];
  if (actor.role === "ADVOCATE") checks.push(() => checkAssigned(s, actor.advocateId, "ADVOCATE"));
  return evaluate(s, programId, checks, () => collect(afterAcceptanceWarning(s), notOnListWarning(s, programId)));
}

/** `at`: when the contact happened; the mode in force and the day's calls are those of that time. */
function decideOutbound(s: ApplicantSnapshot, input: LogContactInput, at: Date): Decision {
  const { actor, programId, channel } = input;
  // Whoever logs the contact reads the answer: the applicant reads "you", an advocate their name.
  const reader = readerFor(actor.role);
  const checks: Check[] = [() => checkKnownProgram(s, programId, reader), () => checkAfterSeasonOpened(s, at), () => checkNotAccepted(s, reader)];
  if (actor.role === "ADVOCATE") {
    checks.push(
      () => checkAdvocateAllowed(actor.kind, reader),
      () => checkAssigned(s, actor.advocateId, reader),
    );
  }
  checks.push(
    () => checkOnList(s, programId, reader),
    () => checkNotClosed(s, programId, reader),
    () => checkApplied(s, programId, reader),
    () => checkProgramInitiated(s, programId, at, reader),
  );
  if (actor.role === "ADVOCATE") {
    checks.push(
      () => checkClaimHolder(s, actor, programId, "contact"),
      () => checkApplicantEmailedFirst(s, programId, reader),
      () => checkConnection(s, programId, actor.hasConnection, channel),
    );
    if (actor.kind === "RESIDENT") {
      checks.push(
        () => checkResidentNotAtProgramYet(s, programId),
        () => checkResidentCap(s),
      );
    } else {
      checks.push(() => checkFacultyCap(s, programId));
    }
  }
  checks.push(
    () => checkCallsWelcome(s, programId, channel),
    () => checkDailyCallLimit(s, programId, channel, at, reader),
  );
  return evaluate(s, programId, checks, () => outboundWarnings(s, input));
}

function outboundWarnings(s: ApplicantSnapshot, input: LogContactInput): Warning[] {
  const { actor, programId, channel } = input;
  // Residents advocate too, but they are capped and weighed apart from faculty: the advice on
  // faculty contacts is for faculty (and for the applicant, who asks them), not for a resident.
  const faculty = actor.role === "ADVOCATE" && actor.kind !== "RESIDENT";
  if (actor.role === "APPLICANT") return collect(checklistWarning(s), facultyMinimumWarning(s, null), redFlagWithoutAdvocateWarning(s));
  return collect(
    checklistWarning(s),
    faculty ? facultyMinimumWarning(s, programId) : null,
    weakAdvocateWarning(actor.kind),
    faculty ? topTierWarning(s, programId) : null,
    faculty ? cohortLoadWarning(s, programId) : null,
    faculty ? noTieWarning(s, actor.hasConnection, channel) : null,
  );
}
