// Warnings ride along with an allowed decision: the playbook's advice where a hard stop would be wrong.
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, activeAssignments, checklistMissing, cohortLoadPastThreshold, facultyProgramIds, programName, targetFor } from "../snapshot-queries";
import type { AdvocateKind, ContactChannel } from "../types";
import type { Warning, WarningCode } from "./decision";
import { advocateLevel, weakAdvocateMessage } from "./eligibility";
import { strategyFor, topTierIsOverreach } from "./strategy";
import { targetListSizeStatus } from "./target-list";

type W = Warning | null;

export function checklistWarning(s: ApplicantSnapshot): W {
  const missing = checklistMissing(s);
  if (missing.length === 0) return null;
  return {
    code: "CHECKLIST_INCOMPLETE",
    message: `Reachability checklist incomplete (${missing.join(", ")}). Programs do not leave ten voicemails: be reachable before outreach.`,
  };
}

export function listSizeWarning(s: ApplicantSnapshot, size: number): W {
  const { targetListMin: min, targetListMax: max } = s.policy;
  const status = targetListSizeStatus(size, s.policy);
  if (status === "ok") return null;
  return {
    code: "TARGET_LIST_SIZE",
    message:
      status === "short"
        ? `The target list has ${size} programs; aim for ${min}–${max} realistic programs (with prelim/TY backups if needed).`
        : `The target list has ${size} programs; ${min}–${max} focused, realistic programs work better than a long list.`,
  };
}

const programs = (n: number) => `${n} program${n === 1 ? "" : "s"}`;

/**
 * Once outreach has begun, fewer than the minimum faculty-contacted programs is worth a nudge.
 * `addingFacultyProgram`: the program a faculty contact is about to reach. The words hold both
 * before and after that contact (a preview shows them before, the saved answer after), so the
 * count never takes the coming contact for one already made.
 */
export function facultyMinimumWarning(s: ApplicantSnapshot, addingFacultyProgram: string | null): W {
  const before = facultyProgramIds(s);
  const adds = addingFacultyProgram !== null && !before.has(addingFacultyProgram);
  const after = before.size + (adds ? 1 : 0);
  const { facultyContactMinimum: min, facultyContactCap: cap } = s.policy;
  if (after >= min) return null;
  const count = adds ? `This contact makes it ${programs(after)} contacted by faculty` : `Faculty have contacted ${programs(before.size)} so far`;
  return {
    code: "BELOW_FACULTY_MINIMUM",
    message: `${count}; ${min}–${cap} personalized faculty contacts to aligned programs is ideal (school minimum ${min}).`,
  };
}

/** Warnings about the applicant as a whole (or the advocate), not about one program: said once per page. */
export const APPLICANT_WIDE_WARNINGS: readonly WarningCode[] = [
  "CHECKLIST_INCOMPLETE",
  "BELOW_FACULTY_MINIMUM",
  "TARGET_LIST_SIZE",
  "WEAK_ADVOCATE",
  "RED_FLAG_WITHOUT_ADVOCATE",
  "AFTER_ACCEPTANCE",
];

export function topTierWarning(s: ApplicantSnapshot, programId: string): W {
  if (s.programs[programId]?.tier !== "TOP") return null;
  const strategy = strategyFor(s, s.policy);
  if (!topTierIsOverreach(strategy.kind)) return null;
  return {
    code: "TOP_TIER_FOR_AVERAGE",
    message: `${programName(s, programId)} is top tier. Don't waste faculty capital on top-tier programs that will fill from unmatched powerhouses before even looking at this file.`,
  };
}

export function cohortLoadWarning(s: ApplicantSnapshot, programId: string): W {
  const total = cohortLoadPastThreshold(s, programId);
  if (total === null) return null;
  return {
    code: "COHORT_LOAD",
    message: `Our faculty would be contacting ${programName(s, programId)} for ${total} of the school's applicants; past ${s.policy.cohortLoadWarnAbove} it starts to feel like spam to its PD.`,
  };
}

export function weakAdvocateWarning(kind: AdvocateKind): W {
  return advocateLevel(kind) === "weak" ? { code: "WEAK_ADVOCATE", message: weakAdvocateMessage(kind) } : null;
}

export function noTieWarning(s: ApplicantSnapshot, hasConnection: boolean, channel: ContactChannel | null): W {
  if (hasConnection || !s.policy.allowFacultyEmailWithoutTie) return null;
  if (channel !== null && channel !== "EMAIL") return null;
  return {
    code: "IMG_NO_TIE",
    message:
      "No personal tie to this program: allowed as a faculty email because the school's policy permits it for IMGs and newer schools. Keep it clear and concise, and mention any alumni or former residents there.",
  };
}

export function redFlagWithoutAdvocateWarning(s: ApplicantSnapshot): W {
  if (s.redFlags.length === 0 || activeAssignments(s).length > 0) return null;
  return {
    code: "RED_FLAG_WITHOUT_ADVOCATE",
    message: "With a red flag, faculty must be involved: ask the dean's office for an advocate who knows the full context.",
  };
}

/** A program reaching out after an acceptance is still recorded, but nothing follows from it. */
export function afterAcceptanceWarning(s: ApplicantSnapshot): W {
  if (!acceptedOffer(s)) return null;
  return {
    code: "AFTER_ACCEPTANCE",
    message: "Recorded for the timeline. The applicant has accepted an offer, so no response task is created.",
  };
}

export function notOnListWarning(s: ApplicantSnapshot, programId: string): W {
  return targetFor(s, programId) ? null : { code: "NOT_ON_LIST", message: "This program is not on the target list; consider adding it." };
}

export function collect(...warnings: W[]): Warning[] {
  return warnings.filter((w): w is Warning => w !== null);
}
