// Rules 1, 2 and 5 of SPEC section 3 plus the NRMP communication mode: the order in which things may
// reach a program. Each check returns a refusal or null so deciders can list them in order.
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, applicantEmailed, isApplied, programClosed, programHasInitiated, programName, targetFor } from "../snapshot-queries";
import { modeAt } from "./communication-mode";
import { refuse, type Refused } from "./decision";

export function checkKnownProgram(s: ApplicantSnapshot, programId: string): Refused | null {
  return s.programs[programId] ? null : refuse("UNKNOWN_PROGRAM");
}

export function checkNotAccepted(s: ApplicantSnapshot): Refused | null {
  const offer = acceptedOffer(s);
  if (!offer) return null;
  return refuse("OFFER_ACCEPTED", {
    reason: `The applicant accepted the offer from ${programName(s, offer.programId)}. A SOAP acceptance is binding: no further outreach or applications.`,
  });
}

export function checkOnList(s: ApplicantSnapshot, programId: string): Refused | null {
  return targetFor(s, programId) ? null : refuse("NOT_ON_LIST");
}

export function checkNotClosed(s: ApplicantSnapshot, programId: string): Refused | null {
  const closed = programClosed(s, programId);
  if (!closed) return null;
  const name = programName(s, programId);
  return refuse("PROGRAM_CLOSED", {
    reason:
      closed === "DECLINED"
        ? `${name} has declined the applicant; outreach to it stops, since more contact only creates noise for its coordinators and PD.`
        : `The applicant rejected the offer from ${name}; outreach to it stops.`,
  });
}

export function checkApplied(s: ApplicantSnapshot, programId: string): Refused | null {
  return isApplied(s, programId) ? null : refuse("NOT_APPLIED");
}

export function checkProgramInitiated(s: ApplicantSnapshot, programId: string, now: Date): Refused | null {
  if (modeAt(s.season, now) !== "PROGRAM_INITIATED") return null;
  return programHasInitiated(s, programId) ? null : refuse("PROGRAM_MUST_INITIATE");
}

export function checkApplicantEmailedFirst(s: ApplicantSnapshot, programId: string): Refused | null {
  if (applicantEmailed(s, programId)) return null;
  return refuse("APPLICANT_EMAIL_FIRST", {
    next: `Nudge ${s.fullName} with one click to send their own short email to ${programName(s, programId)}, then log your contact.`,
  });
}
