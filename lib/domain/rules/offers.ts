// SOAP offers: recorded as they arrive, answered once. An acceptance is binding and ends the search.
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, programName } from "../snapshot-queries";
import { refuse, type Decision, type Refused } from "./decision";
import { evaluate } from "./evaluate";
import { checkApplied, checkKnownProgram, checkNotAccepted, checkOnList } from "./ordering";

export type OfferResponse = "ACCEPT" | "REJECT";

export function decideRecordOffer(s: ApplicantSnapshot, input: { programId: string }, now: Date): Decision {
  void now; // Kept for a uniform decider signature; offers are facts with no timing rule of their own.
  const { programId } = input;
  return evaluate(s, programId, [
    () => checkKnownProgram(s, programId),
    () => checkNotAccepted(s),
    () => checkOnList(s, programId),
    // NRMP only lets programs offer to applicants who applied to them.
    () => checkApplied(s, programId),
    () =>
      s.offers.some((o) => o.programId === programId && o.status === "PENDING")
        ? refuse("OFFER_ALREADY_RECORDED", {
            reason: `A pending offer from ${programName(s, programId)} is already recorded.`,
          })
        : null,
  ]);
}

export function decideRespondOffer(s: ApplicantSnapshot, offerId: string, response: OfferResponse, now: Date): Decision {
  void now;
  const offer = s.offers.find((o) => o.id === offerId);
  return evaluate(s, offer?.programId ?? null, [
    () => (offer ? null : refuse("OFFER_NOT_FOUND")),
    () => (offer && offer.status !== "PENDING" ? refuse("OFFER_NOT_PENDING") : null),
    // Only one acceptance ever; declining leftovers after it is still fine.
    (): Refused | null => (response === "ACCEPT" ? checkNotAccepted(s) : null),
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

export function isMatched(s: ApplicantSnapshot): boolean {
  return acceptedOffer(s) !== undefined;
}
