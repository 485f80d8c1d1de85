// The order in which things may reach a program: nothing before the applicant has applied, no
// faculty contact before the applicant's own email, nothing after an accepted offer (or to a
// program that declined), and in program-initiated mode nothing before the program wrote first.
// Each check returns a refusal or null so deciders can list them in order.
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, applicantEmailed, isApplied, programClosed, programHasInitiated, programName } from "../snapshot-queries";
import { formatInZone } from "../format-time";
import { modeAt } from "./communication-mode";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

export const ORDERING_RULES = {
  CONTACT_BEFORE_SEASON: rule<{ opens: string }>({
    title: "Before the season opened",
    reason: ({ opens }) => `That time is before this season's SOAP window opened (${opens}); SOAP contacts happen inside the season.`,
    next: "Check the date and time of the contact and log it again.",
    overridable: false,
    source: "DATA",
  }),
  NOT_APPLIED: rule<{ applicant: string }>({
    title: "Apply first",
    reason: ({ applicant }) =>
      `Outreach comes always after the application: if ${applicant}'s name is not already in ERAS for that position, the PD has nowhere to look them up, and it feels premature.`,
    next: ({ applicant }) => `Wait until ${applicant} has applied to this program in ERAS and marked it applied.`,
    overridable: false,
    source: "PLAYBOOK",
    applicant: {
      reason:
        "Outreach comes always after the application: if your name is not already in ERAS for that position, the PD has nowhere to look you up, and it feels premature.",
      next: "Apply to this program in ERAS, then mark it applied.",
    },
  }),
  APPLICANT_EMAIL_FIRST: rule<{ applicant: string; program: string }>({
    title: "Applicant emails first",
    reason: ({ applicant, program }) =>
      `The ideal flow is: ${applicant} applies, emails ${program}, then a faculty advocate reaches out and mentions the application. Faculty should not cold-call a program that has not heard from the applicant.`,
    next: ({ applicant, program }) => `Wait for ${applicant}'s own email to ${program}; their advocate can nudge them with one click.`,
    overridable: true,
    source: "PLAYBOOK",
    advocate: {
      reason: ({ applicant, program }) =>
        `The ideal flow is: ${applicant} applies, emails ${program} themselves, then you reach out and mention they have already applied. Faculty should not cold-call a program that has not heard from the applicant.`,
      next: ({ applicant, program }) => `Nudge ${applicant} with one click to send their own short email to ${program}, then log your contact.`,
    },
  }),
  PROGRAM_MUST_INITIATE: rule<{ applicant: string }>({
    title: "Program must contact the applicant first",
    reason: ({ applicant }) =>
      `During SOAP the Match Participation Agreement forbids applicants and anyone acting for them, faculty and deans included, from initiating contact with a program until the program has contacted ${applicant}.`,
    next: "Wait for the program to reach out, log its call or email as inbound, then respond right away.",
    overridable: false,
    source: "NRMP",
    advocate: {
      next: ({ applicant }) =>
        `Wait for the program to contact ${applicant}. Once its call or email is logged, ${applicant} answers and emails it, then you may reach out.`,
    },
    dean: {
      next: ({ applicant }) => `Wait for the program to contact ${applicant}; once its call or email is logged, outreach follows the usual order.`,
    },
    applicant: {
      reason:
        "During SOAP the Match Participation Agreement forbids you and anyone acting for you, faculty and deans included, from initiating contact with a program until the program has contacted you.",
    },
  }),
  OFFER_ACCEPTED: rule<{ applicant: string; program: string }>({
    title: "Offer accepted",
    reason: ({ applicant, program }) => `${applicant} accepted the offer from ${program}. A SOAP acceptance is binding: no further outreach or applications.`,
    next: ({ applicant }) => `Congratulate ${applicant} and close out the remaining work.`,
    overridable: false,
    source: "NRMP",
    applicant: {
      reason: ({ program }) => `You accepted the offer from ${program}. A SOAP acceptance is binding: no further outreach or applications.`,
      next: ({ program }) => `Nothing more to send: ${program} will contact you about onboarding.`,
    },
  }),
  PROGRAM_CLOSED: rule<{ applicant: string; program: string }, "DECLINED" | "OFFER_REJECTED">({
    title: "Program has closed the door",
    reason: ({ applicant }) =>
      `This program declined ${applicant} or ${applicant} rejected its offer; further outreach only creates noise for overwhelmed coordinators and PDs.`,
    next: "Put the effort into the other programs on the list.",
    overridable: false,
    source: "PLAYBOOK",
    applicant: {
      reason: "This program declined you or you rejected its offer; further outreach only creates noise for overwhelmed coordinators and PDs.",
      next: "Put your effort into the other programs on your list.",
    },
    cases: {
      DECLINED: {
        reason: ({ applicant, program }) =>
          `${program} has declined ${applicant}; outreach to it stops, since more contact only creates noise for its coordinators and PD.`,
        applicant: {
          reason: ({ program }) => `${program} has declined you; outreach to it stops, since more contact only creates noise for its coordinators and PD.`,
        },
      },
      OFFER_REJECTED: {
        reason: ({ applicant, program }) => `${applicant} rejected the offer from ${program}; outreach to it stops.`,
        applicant: { reason: ({ program }) => `You rejected the offer from ${program}; outreach to it stops.` },
      },
    },
  }),
};

const refuse = refuserFor(ORDERING_RULES);

/** A contact logged for an earlier time must still fall inside the season (the future is refused as bad input). */
export function checkAfterSeasonOpened(s: ApplicantSnapshot, occurredAt: Date): Refused | null {
  if (!s.season || occurredAt.getTime() >= s.season.windowStartsAt.getTime()) return null;
  return refuse("CONTACT_BEFORE_SEASON", { opens: formatInZone(s.season.windowStartsAt, s.timeZone) });
}

export function checkApplied(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  return isApplied(s, programId) ? null : refuse("NOT_APPLIED", { applicant: s.fullName, reader });
}

export function checkApplicantEmailedFirst(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  if (applicantEmailed(s, programId)) return null;
  return refuse("APPLICANT_EMAIL_FIRST", { applicant: s.fullName, program: programName(s, programId), reader });
}

export function checkProgramInitiated(s: ApplicantSnapshot, programId: string, now: Date, reader: Reader): Refused | null {
  if (modeAt(s.season, now) !== "PROGRAM_INITIATED") return null;
  return programHasInitiated(s, programId) ? null : refuse("PROGRAM_MUST_INITIATE", { applicant: s.fullName, reader });
}

export function checkNotAccepted(s: ApplicantSnapshot, reader: Reader): Refused | null {
  const offer = acceptedOffer(s);
  if (!offer) return null;
  return refuse("OFFER_ACCEPTED", { applicant: s.fullName, program: programName(s, offer.programId), reader });
}

export function checkNotClosed(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  const closed = programClosed(s, programId);
  if (!closed) return null;
  return refuse("PROGRAM_CLOSED", { case: closed, applicant: s.fullName, program: programName(s, programId), reader });
}
