// One advocate per applicant and program (an exclusive claim), and the recorded connection a claim
// and a faculty contact need: a call from someone with no tie to the program reads as pressure,
// not as a colleague's word.
import type { ApplicantSnapshot } from "../snapshot";
import { claimFor, programName } from "../snapshot-queries";
import type { ContactChannel } from "../types";
import type { Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

/** `holder`: the advocate holding the claim ("" when nobody does). */
type Claimed = { program: string; holder: string };

export const CLAIM_RULES = {
  PROGRAM_ALREADY_CLAIMED: rule<Claimed, "by-you" | "by-another">({
    title: "Another advocate holds this program",
    reason: "One advocate per applicant and program: five faculty emailing with five different descriptions of the applicant is itself a red flag.",
    next: "Coordinate with the advocate who holds the claim, or pick another program.",
    overridable: false,
    source: "PLAYBOOK",
    cases: {
      "by-you": {
        reason: ({ program }) => `You already hold ${program} for this applicant.`,
        next: "Nothing to do: log your contact when the applicant has emailed.",
      },
      "by-another": {
        reason: ({ holder, program }) =>
          `${holder} already holds ${program} for this applicant. One advocate per program: five faculty with five different descriptions of the applicant is itself a red flag.`,
        next: ({ holder }) => `Coordinate with ${holder}, or pick another program.`,
      },
    },
  }),
  NOT_CLAIM_HOLDER: rule<Claimed, "held-by-another" | "release-unheld" | "release-held-by-another">({
    title: "Claim the program first",
    reason: "An advocate contacts only programs they have claimed, so the applicant and the school know exactly who does what.",
    next: "Claim this program (it needs a recorded connection), then log the contact.",
    overridable: false,
    source: "PLAYBOOK",
    cases: {
      "held-by-another": {
        reason: ({ holder, program }) => `${holder} holds ${program} for this applicant; one advocate per program keeps one story.`,
        next: ({ holder }) => `Coordinate with ${holder} instead.`,
      },
      "release-unheld": { reason: ({ program }) => `Nobody holds ${program} for this applicant.`, next: "Nothing to release." },
      "release-held-by-another": {
        reason: ({ holder, program }) => `${holder} holds ${program}, not you.`,
        next: "Nothing to release: ask the dean's office if the claim should move.",
      },
    },
  }),
  NO_CONNECTION: rule<void, "call-without-tie">({
    title: "No recorded connection",
    reason: "Faculty advocacy works where there's a real relationship or known connection; a random call to a PD they have never met is just awkward.",
    next: "Record your connection to this program (trained with the PD, former residents, pipeline, worked there, alumni), or ask the dean's office for an override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
    cases: {
      "call-without-tie": {
        reason:
          "Without a personal tie the school allows faculty emails only: a call to a PD who has never heard of you is just awkward, while a clear, concise email beats silence.",
        next: "Send a short email instead, or record your connection to this program.",
      },
    },
  }),
};

const refuse = refuserFor(CLAIM_RULES);

/** Who acts on a claim: an advocate acts only on their own; the dean's office on any. */
export type ClaimActor = { role: "ADVOCATE"; advocateId: string } | { role: "DEAN" };

export function checkClaimFree(s: ApplicantSnapshot, advocateId: string, programId: string): Refused | null {
  const claim = claimFor(s, programId);
  if (!claim) return null;
  const whose = claim.advocateId === advocateId ? "by-you" : "by-another";
  return refuse("PROGRAM_ALREADY_CLAIMED", { case: whose, program: programName(s, programId), holder: claim.advocateName });
}

/** `action`: contacting the program (the actor must hold it) or releasing it (someone must). */
export function checkClaimHolder(s: ApplicantSnapshot, actor: ClaimActor, programId: string, action: "contact" | "release"): Refused | null {
  const claim = claimFor(s, programId);
  if (claim && (actor.role === "DEAN" || claim.advocateId === actor.advocateId)) return null;
  const situation = action === "release" ? (claim ? "release-held-by-another" : "release-unheld") : claim ? "held-by-another" : undefined;
  return refuse("NOT_CLAIM_HOLDER", { case: situation, program: programName(s, programId), holder: claim?.advocateName ?? "" });
}

/**
 * A claim (`via` "claim") or a contact needs a recorded connection, or a dean's override, or (for
 * IMGs and newer schools, when the policy says so) it may go ahead as faculty email without a tie.
 */
export function checkConnection(s: ApplicantSnapshot, programId: string, hasConnection: boolean, via: "claim" | ContactChannel): Refused | null {
  if (hasConnection) return null;
  // The claim already went through on a dean's override: that exception covers the contact too.
  const claimOverridden = s.overrides.some((o) => o.used && o.ruleCode === "NO_CONNECTION" && (o.programId === null || o.programId === programId));
  if (via !== "claim" && claimOverridden) return null;
  const withoutTie = s.policy.allowFacultyEmailWithoutTie;
  if (withoutTie && (via === "claim" || via === "EMAIL")) return null;
  return refuse("NO_CONNECTION", { case: withoutTie ? "call-without-tie" : undefined });
}
