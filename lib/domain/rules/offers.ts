// SOAP offers: recorded as they arrive, answered once. (An acceptance ending the search is
// OFFER_ACCEPTED in ordering.ts.)
import type { ApplicantSnapshot } from "../snapshot";
import { formatInZone } from "../format-time";
import { programName } from "../snapshot-queries";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

export const OFFER_RULES = {
  OFFER_NOT_FOUND: rule<{ applicant: string }>({
    title: "Offer not found",
    reason: ({ applicant }) => `There is no such offer for ${applicant}.`,
    next: "Reload the page and pick the offer again.",
    overridable: false,
    source: "DATA",
    applicant: { reason: "You have no such offer." },
  }),
  OFFER_NOT_PENDING: rule({
    title: "Offer already answered",
    reason: "This offer has already been accepted or rejected.",
    next: "Nothing to do.",
    overridable: false,
    source: "NRMP",
  }),
  OFFER_EXPIRED: rule<{ program: string; deadline: string }>({
    title: "Offer expired",
    reason: ({ program, deadline }) => `${program}'s offer had to be answered by ${deadline}. In SOAP an unanswered offer expires at its round's deadline.`,
    next: "Nothing can be done about this offer; keep going with the next round.",
    overridable: false,
    source: "NRMP",
  }),
  OFFER_ALREADY_RECORDED: rule<{ program: string }>({
    title: "Offer already recorded",
    reason: ({ program }) => `A pending offer from ${program} is already recorded.`,
    next: "Answer the recorded offer instead.",
    overridable: false,
    source: "DATA",
  }),
};

const refuse = refuserFor(OFFER_RULES);

export function checkOfferFound(s: ApplicantSnapshot, offerId: string, reader: Reader): Refused | null {
  return s.offers.some((o) => o.id === offerId) ? null : refuse("OFFER_NOT_FOUND", { applicant: s.fullName, reader });
}

export function checkOfferPending(s: ApplicantSnapshot, offerId: string): Refused | null {
  const offer = s.offers.find((o) => o.id === offerId);
  return offer && offer.status !== "PENDING" ? refuse("OFFER_NOT_PENDING") : null;
}

export function checkOfferNotExpired(s: ApplicantSnapshot, offerId: string, now: Date): Refused | null {
  const offer = s.offers.find((o) => o.id === offerId);
  if (!offer?.respondBy || now.getTime() <= offer.respondBy.getTime()) return null;
  return refuse("OFFER_EXPIRED", { program: programName(s, offer.programId), deadline: formatInZone(offer.respondBy, s.timeZone) });
}

/**
 * The response deadline of an offer made during a round of this season: null when the season has
 * no such round or the offer came outside it (a non-Match position, an old season's settings).
 */
export function roundDeadline(s: ApplicantSnapshot, round: number, offeredAt: Date): Date | null {
  const found = s.season?.offerRounds?.find((r) => r.number === round);
  if (!found || offeredAt.getTime() < found.offersAt.getTime() || offeredAt.getTime() > found.respondBy.getTime()) return null;
  return found.respondBy;
}

export function checkNoPendingOffer(s: ApplicantSnapshot, programId: string): Refused | null {
  if (!s.offers.some((o) => o.programId === programId && o.status === "PENDING")) return null;
  return refuse("OFFER_ALREADY_RECORDED", { program: programName(s, programId) });
}
