// The caps of SPEC section 3. Each counts from the snapshot loaded in the writing transaction, so a
// cap is never checked against stale data.
import type { ApplicantSnapshot } from "../snapshot";
import { activeAssignments, appliedCount, callsOnDay, facultyProgramIds, programName, residentContacts, targetFor } from "../snapshot-queries";
import type { ContactChannel } from "../types";
import { refuse, type Refused } from "./decision";

export function checkApplicationCap(s: ApplicantSnapshot): Refused | null {
  const max = s.policy.maxApplications;
  if (appliedCount(s) < max) return null;
  return refuse("APPLICATION_CAP_REACHED", {
    reason: `NRMP allows at most ${max} applications per applicant during SOAP, and all ${max} are used.`,
  });
}

/** Distinct programs count: a second faculty contact to the same program uses no new slot. */
export function checkFacultyCap(s: ApplicantSnapshot, programId: string): Refused | null {
  const programs = facultyProgramIds(s);
  if (programs.has(programId) || programs.size < s.policy.facultyContactCap) return null;
  return refuse("FACULTY_CAP_REACHED", {
    reason: `Faculty have already contacted ${programs.size} programs for this applicant (limit ${s.policy.facultyContactCap}). Quality beats quantity: 3–8 personalized faculty contacts is ideal; past that it feels like spam.`,
  });
}

export function checkAdvocateCap(s: ApplicantSnapshot): Refused | null {
  const active = activeAssignments(s).length;
  if (active < s.policy.maxActiveAdvocates) return null;
  return refuse("ADVOCATE_CAP_REACHED", {
    reason: `This applicant already has ${active} active advocates (limit ${s.policy.maxActiveAdvocates}). One or two well-positioned advocates beat a swarm of random ones.`,
  });
}

export function checkResidentCaps(s: ApplicantSnapshot, programId: string): Refused | null {
  const contacts = residentContacts(s);
  if (contacts.some((c) => c.programId === programId)) return refuse("RESIDENT_ALREADY_CONTACTED_PROGRAM");
  if (contacts.length < s.policy.maxResidentContacts) return null;
  return refuse("RESIDENT_CAP_REACHED", {
    reason: `Residents have already sent ${contacts.length} messages for this applicant (limit ${s.policy.maxResidentContacts}). Residents don't carry the same weight as faculty: use them sparingly.`,
  });
}

export function checkPhone(s: ApplicantSnapshot, programId: string, channel: ContactChannel, now: Date): Refused | null {
  if (channel !== "PHONE" && channel !== "VOICEMAIL") return null;
  if (s.programs[programId]?.prefersEmail) {
    return refuse("PREFERS_EMAIL", {
      reason: `${programName(s, programId)} is marked "prefers email, no calls". Many programs explicitly prefer not to be called during SOAP chaos.`,
    });
  }
  if (callsOnDay(s, programId, now) < s.policy.callsPerProgramPerDay) return null;
  return refuse("PHONE_DAILY_LIMIT", {
    reason: `Someone already called ${programName(s, programId)} for this applicant today. Never badger coordinators, and don't call the same place multiple times in a day.`,
  });
}

/** Size of the list once a program is added (or as is); used for the 15–20 warning. */
export function listSizeAfterAdd(s: ApplicantSnapshot, programId: string): number {
  return s.targets.length + (targetFor(s, programId) ? 0 : 1);
}
