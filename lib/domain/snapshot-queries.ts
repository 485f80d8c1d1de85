// Read-only questions about a snapshot, shared by the rules, the alerts and the dashboard so that
// "what counts as a faculty contact" is answered in exactly one place.
import type { ApplicantSnapshot, ReachabilityChecklist, SnapshotAssignment, SnapshotContact, SnapshotOffer, SnapshotTarget } from "./snapshot";
import type { OfferStatus } from "./types";
import { formatterPerZone } from "./format-time";

/** Any list of offers (the snapshot's, or rows a page loaded): the binding one, if any. */
export function findAcceptedOffer<T extends { status: OfferStatus }>(offers: readonly T[]): T | undefined {
  return offers.find((o) => o.status === "ACCEPTED");
}

export function hasAcceptedOffer(offers: readonly { status: OfferStatus }[]): boolean {
  return findAcceptedOffer(offers) !== undefined;
}

export function acceptedOffer(s: ApplicantSnapshot): SnapshotOffer | undefined {
  return findAcceptedOffer(s.offers);
}

/** The program whose offer the applicant accepted, for "You accepted the offer from ...". */
export function acceptedProgramName(s: ApplicantSnapshot): string | null {
  const offer = acceptedOffer(s);
  return offer ? (s.programs[offer.programId]?.name ?? "a program") : null;
}

export function targetFor(s: ApplicantSnapshot, programId: string): SnapshotTarget | undefined {
  return s.targets.find((t) => t.programId === programId);
}

export function isApplied(s: ApplicantSnapshot, programId: string): boolean {
  return targetFor(s, programId)?.appliedAt != null;
}

export function appliedCount(s: ApplicantSnapshot): number {
  return s.targets.filter((t) => t.appliedAt !== null).length;
}

/** Residents are advocates too, but the playbook weighs and caps them apart from faculty. */
export function isFacultyContact(c: Pick<SnapshotContact, "actorRole" | "advocateKind">): boolean {
  return c.actorRole === "ADVOCATE" && c.advocateKind !== "RESIDENT";
}

function isResidentContact(c: SnapshotContact): boolean {
  return c.actorRole === "ADVOCATE" && c.advocateKind === "RESIDENT";
}

export function outbound(s: ApplicantSnapshot, programId?: string): SnapshotContact[] {
  return s.contacts.filter((c) => c.direction === "OUTBOUND" && (programId === undefined || c.programId === programId));
}

export function applicantEmailed(s: ApplicantSnapshot, programId: string): boolean {
  return outbound(s, programId).some((c) => c.actorRole === "APPLICANT" && c.channel === "EMAIL");
}

/** NRMP: the program has reached out (a logged inbound contact, or an offer, which is contact itself). */
export function programHasInitiated(s: ApplicantSnapshot, programId: string): boolean {
  return s.contacts.some((c) => c.direction === "INBOUND" && c.programId === programId) || s.offers.some((o) => o.programId === programId);
}

export function programClosed(s: ApplicantSnapshot, programId: string): "DECLINED" | "OFFER_REJECTED" | null {
  if (s.offers.some((o) => o.programId === programId && o.status === "REJECTED")) return "OFFER_REJECTED";
  // A later offer from the same program means it changed its mind, so a decline no longer closes it.
  const pendingOffer = s.offers.some((o) => o.programId === programId && o.status === "PENDING");
  if (!pendingOffer && s.contacts.some((c) => c.programId === programId && c.outcome === "DECLINED")) {
    return "DECLINED";
  }
  return null;
}

export function facultyProgramIds(s: ApplicantSnapshot): Set<string> {
  return new Set(
    outbound(s)
      .filter(isFacultyContact)
      .map((c) => c.programId),
  );
}

/** One row per (program, other applicant, kind of contact) of the school's other applicants. */
export type CohortContact = Pick<SnapshotContact, "programId" | "actorRole" | "advocateKind" | "direction"> & { applicantId: string };

/** programId -> how many other applicants the school's faculty have contacted that program for. */
export function cohortFacultyLoad(contacts: readonly CohortContact[]): Record<string, number> {
  const applicants = new Map<string, Set<string>>();
  for (const c of contacts) {
    if (c.direction !== "OUTBOUND" || !isFacultyContact(c)) continue;
    applicants.set(c.programId, (applicants.get(c.programId) ?? new Set()).add(c.applicantId));
  }
  return Object.fromEntries([...applicants].map(([programId, ids]) => [programId, ids.size]));
}

/** The school's faculty load on a program counting this applicant, when past the school's threshold. */
export function cohortLoadPastThreshold(s: ApplicantSnapshot, programId: string): number | null {
  const total = (s.cohortFacultyLoad[programId] ?? 0) + 1;
  return total > s.policy.cohortLoadWarnAbove ? total : null;
}

export function residentContacts(s: ApplicantSnapshot): SnapshotContact[] {
  return outbound(s).filter(isResidentContact);
}

export function isCall(c: Pick<SnapshotContact, "channel">): boolean {
  return c.channel === "PHONE" || c.channel === "VOICEMAIL";
}

const dayFormat = formatterPerZone("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" });

/** Calendar day (YYYY-MM-DD) of an instant in a zone; Intl is deterministic, so this stays pure. */
export function dayKey(at: Date, timeZone: string): string {
  const parts = dayFormat(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

export function callsOnDay(s: ApplicantSnapshot, programId: string, at: Date): number {
  const day = dayKey(at, s.timeZone);
  return outbound(s, programId).filter((c) => isCall(c) && dayKey(c.occurredAt, s.timeZone) === day).length;
}

export function activeAssignments(s: ApplicantSnapshot): SnapshotAssignment[] {
  return s.assignments.filter((a) => a.active);
}

export function assignmentFor(s: ApplicantSnapshot, advocateId: string): SnapshotAssignment | undefined {
  return s.assignments.find((a) => a.advocateId === advocateId && a.active);
}

export function claimFor(s: ApplicantSnapshot, programId: string) {
  return s.claims.find((c) => c.programId === programId);
}

export function checklistMissing(s: ApplicantSnapshot): string[] {
  return checklistMissingFrom(s.checklist);
}

export function checklistMissingFrom(checklist: ReachabilityChecklist): string[] {
  const labels: [boolean, string][] = [
    [checklist.phoneLoud, "phone on loud"],
    [checklist.voicemailReady, "professional voicemail, not full"],
    [checklist.erasUpdated, "ERAS documents updated"],
    [checklist.contactCurrent, "contact details current"],
  ];
  return labels.filter(([done]) => !done).map(([, label]) => label);
}

export function programName(s: ApplicantSnapshot, programId: string): string {
  return s.programs[programId]?.name ?? "this program";
}
