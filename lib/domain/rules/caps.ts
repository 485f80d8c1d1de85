// The caps on outreach (faculty contacts, advocates, applications, calls, residents). Each counts
// from the snapshot loaded in the writing transaction, so a cap is never checked against stale
// data; the words quote the school's current setting.
import type { ApplicantSnapshot } from "../snapshot";
import { activeAssignments, appliedCount, callsOnDay, facultyProgramIds, isCall, programName, residentContacts } from "../snapshot-queries";
import type { ContactChannel } from "../types";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

type Count = { count: number; limit: number };

export const CAP_RULES = {
  APPLICATION_CAP_REACHED: rule<{ applicant: string; limit: number }>({
    title: "SOAP application limit reached",
    reason: ({ applicant, limit }) => `NRMP allows at most ${limit} applications per applicant during SOAP, and ${applicant} has used all ${limit}.`,
    next: "Focus outreach on the programs already applied to.",
    overridable: false,
    source: "NRMP",
    applicant: {
      reason: ({ limit }) => `NRMP allows at most ${limit} applications per applicant during SOAP, and you have used all ${limit}.`,
      next: "Focus your outreach on the programs you have already applied to.",
    },
  }),
  FACULTY_CAP_REACHED: rule<Count>({
    title: "Faculty contact limit reached",
    reason: ({ count, limit }) =>
      `Faculty have already contacted ${count} programs for this applicant (limit ${limit}). Quality beats quantity: 3–8 personalized faculty contacts is ideal; past that it feels like spam.`,
    next: "Let the applicant reach this program directly, or ask the dean's office for an override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
  }),
  ADVOCATE_CAP_REACHED: rule<Count>({
    title: "Advocate limit reached",
    reason: ({ count, limit }) =>
      `This applicant already has ${count} active advocates (limit ${limit}). One or two well-positioned advocates beat a swarm of random ones.`,
    next: "Unassign an advocate first, or record a dean's override with a reason.",
    overridable: true,
    source: "PLAYBOOK",
  }),
  RESIDENT_CAP_REACHED: rule<Count>({
    title: "Resident contact limit reached",
    reason: ({ count, limit }) =>
      `Residents have already sent ${count} messages for this applicant (limit ${limit}). Residents don't carry the same weight as faculty: use them sparingly.`,
    next: "Ask a faculty advocate with a real connection instead.",
    overridable: true,
    source: "PLAYBOOK",
  }),
  RESIDENT_ALREADY_CONTACTED_PROGRAM: rule({
    title: "A resident already contacted this program",
    reason: "One short, targeted message from a resident is the most that helps; a second one to the same program is noise.",
    next: "Leave this program to the applicant and faculty.",
    overridable: false,
    source: "PLAYBOOK",
  }),
  PREFERS_EMAIL: rule<{ program: string }>({
    title: "Program prefers email",
    reason: ({ program }) => `${program} is marked "prefers email, no calls". Many programs explicitly prefer not to be called during SOAP chaos.`,
    next: "Send a short email instead.",
    overridable: false,
    source: "PLAYBOOK",
  }),
  PHONE_DAILY_LIMIT: rule<{ program: string }>({
    title: "Already called today",
    reason: ({ program }) =>
      `Someone already called ${program} for this applicant today. Never badger coordinators, and don't call the same place multiple times in a day.`,
    next: "Send a short email instead, or call again tomorrow.",
    overridable: false,
    source: "PLAYBOOK",
    applicant: {
      reason: ({ program }) =>
        `Someone already called ${program} for you today. Never badger coordinators, and don't call the same place multiple times in a day.`,
    },
  }),
};

const refuse = refuserFor(CAP_RULES);

export function checkApplicationCap(s: ApplicantSnapshot, reader: Reader): Refused | null {
  const limit = s.policy.maxApplications;
  return appliedCount(s) < limit ? null : refuse("APPLICATION_CAP_REACHED", { applicant: s.fullName, limit, reader });
}

/** Distinct programs count: a second faculty contact to the same program uses no new slot. */
export function checkFacultyCap(s: ApplicantSnapshot, programId: string): Refused | null {
  const programs = facultyProgramIds(s);
  const limit = s.policy.facultyContactCap;
  if (programs.has(programId) || programs.size < limit) return null;
  return refuse("FACULTY_CAP_REACHED", { count: programs.size, limit });
}

export function checkAdvocateCap(s: ApplicantSnapshot): Refused | null {
  const count = activeAssignments(s).length;
  const limit = s.policy.maxActiveAdvocates;
  return count < limit ? null : refuse("ADVOCATE_CAP_REACHED", { count, limit });
}

export function checkResidentNotAtProgramYet(s: ApplicantSnapshot, programId: string): Refused | null {
  return residentContacts(s).some((c) => c.programId === programId) ? refuse("RESIDENT_ALREADY_CONTACTED_PROGRAM") : null;
}

export function checkResidentCap(s: ApplicantSnapshot): Refused | null {
  const count = residentContacts(s).length;
  const limit = s.policy.maxResidentContacts;
  return count < limit ? null : refuse("RESIDENT_CAP_REACHED", { count, limit });
}

export function checkCallsWelcome(s: ApplicantSnapshot, programId: string, channel: ContactChannel): Refused | null {
  if (!isCall({ channel }) || !s.programs[programId]?.prefersEmail) return null;
  return refuse("PREFERS_EMAIL", { program: programName(s, programId) });
}

export function checkDailyCallLimit(s: ApplicantSnapshot, programId: string, channel: ContactChannel, now: Date, reader: Reader): Refused | null {
  if (!isCall({ channel }) || callsOnDay(s, programId, now) < s.policy.callsPerProgramPerDay) return null;
  return refuse("PHONE_DAILY_LIMIT", { program: programName(s, programId), reader });
}
