// What an advocate sees for each program on an assigned applicant's list: a clear state that
// follows the playbook's order (apply → applicant email → faculty contact).
import type { ApplicantSnapshot } from "./snapshot";
import { applicantEmailed, claimFor, isApplied, programClosed, programHasInitiated, acceptedOffer } from "./snapshot-queries";
import { modeAt } from "./rules/communication-mode";

export type AdvocateProgramState =
  | "matched"
  | "closed"
  | "claimed-by-other"
  | "unclaimed"
  | "waiting-for-application"
  | "waiting-for-program"
  | "waiting-for-applicant-email"
  | "ready"
  | "done";

export const ADVOCATE_STATE_LABELS: Record<AdvocateProgramState, string> = {
  matched: "Matched elsewhere: nothing more to do",
  closed: "Closed: the program declined or an offer was rejected",
  "claimed-by-other": "Held by another advocate",
  unclaimed: "Not claimed",
  "waiting-for-application": "Waiting for the applicant to apply",
  "waiting-for-program": "Waiting for the program to reach out (NRMP)",
  "waiting-for-applicant-email": "Waiting for the applicant's email",
  ready: "Ready: you can contact the program",
  done: "Done: you have contacted the program",
};

export function advocateProgramState(s: ApplicantSnapshot, advocateId: string, programId: string, now: Date): AdvocateProgramState {
  if (acceptedOffer(s)) return "matched";
  if (programClosed(s, programId)) return "closed";
  const claim = claimFor(s, programId);
  if (claim && claim.advocateId !== advocateId) return "claimed-by-other";
  if (!claim) return "unclaimed";
  const contacted = s.contacts.some((c) => c.programId === programId && c.direction === "OUTBOUND" && c.advocateId === advocateId);
  if (contacted) return "done";
  if (!isApplied(s, programId)) return "waiting-for-application";
  if (modeAt(s.season, now) === "PROGRAM_INITIATED" && !programHasInitiated(s, programId)) return "waiting-for-program";
  if (!applicantEmailed(s, programId)) return "waiting-for-applicant-email";
  return "ready";
}
