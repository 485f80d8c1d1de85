// Accepting or rejecting a SOAP offer. An acceptance is binding and ends the search.
import type { ApplicantSnapshot } from "../../snapshot";
import type { Decision, Reader } from "../decision";
import { evaluate } from "../evaluate";
import { checkOfferFound, checkOfferNotExpired, checkOfferPending } from "../offers";
import { checkNotAccepted } from "../ordering";

export type OfferResponse = "ACCEPT" | "REJECT";

export function decideRespondToOffer(s: ApplicantSnapshot, offerId: string, response: OfferResponse, now: Date, reader: Reader): Decision {
  const offer = s.offers.find((o) => o.id === offerId);
  return evaluate(s, offer?.programId ?? null, [
    () => checkOfferFound(s, offerId, reader),
    () => checkOfferPending(s, offerId),
    () => checkOfferNotExpired(s, offerId, now),
    // Only one acceptance ever; declining leftovers after it is still fine.
    () => (response === "ACCEPT" ? checkNotAccepted(s, reader) : null),
  ]);
}

export interface AcceptanceEffects {
  /** Every open task: after a binding acceptance there is nothing left to chase. */
  cancelTaskIds: string[];
  /** The other pending offers, which an acceptance withdraws. */
  rejectOfferIds: string[];
}

export function effectsOfAcceptance(s: ApplicantSnapshot, offerId: string): AcceptanceEffects {
  return {
    cancelTaskIds: s.tasks.filter((t) => t.status === "OPEN").map((t) => t.id),
    rejectOfferIds: s.offers.filter((o) => o.id !== offerId && o.status === "PENDING").map((o) => o.id),
  };
}

/** Rejecting an offer closes that program, so its open tasks go too. */
export function effectsOfRejection(s: ApplicantSnapshot, offerId: string): { cancelTaskIds: string[] } {
  const offer = s.offers.find((o) => o.id === offerId);
  if (!offer) return { cancelTaskIds: [] };
  return {
    cancelTaskIds: s.tasks.filter((t) => t.status === "OPEN" && t.programId === offer.programId).map((t) => t.id),
  };
}
