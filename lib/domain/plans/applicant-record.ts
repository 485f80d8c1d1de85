// The applicant's own record, planned: the shared narrative (each save a new version, by the
// applicant or an assigned advocate) and the reachability checklist (each box as it is ticked).
import { allow } from "../rules/decision";
import { decideSaveNarrative, nextNarrativeVersion, type NarrativeAuthor } from "../rules/decide/save-narrative";
import type { ApplicantSnapshot, ReachabilityChecklist } from "../snapshot";
import { planIfAllowed, ROW, type Planned, type ProfileFields } from "./plan";
import type { RedFlagKind } from "../types";

export interface NarrativeText {
  strengths: string[];
  weaknessContext: string[];
  reliability: string;
}

export function planSaveNarrative(s: ApplicantSnapshot, author: NarrativeAuthor, latestVersion: number | null, text: NarrativeText): Planned {
  return planIfAllowed(decideSaveNarrative(s, author), () => ({
    writes: [
      {
        op: "narrative.create",
        narrative: { version: nextNarrativeVersion(latestVersion), ...text },
        audit: { action: "narrative.save", before: latestVersion === null ? null : { version: latestVersion }, after: ROW },
      },
    ],
  }));
}

export function planUpdateChecklist(s: ApplicantSnapshot, boxes: Partial<ReachabilityChecklist>): Planned {
  return planIfAllowed(allow(), () => ({
    writes: [{ op: "checklist.update", checklist: boxes, audit: { action: "checklist.update", before: s.checklist, after: { ...s.checklist, ...boxes } } }],
  }));
}

/** The applicant's profile: its fields and its red flags, each with its private context. */
export interface ProfileRecord extends ProfileFields {
  redFlags: { kind: RedFlagKind; context: string }[];
}

/** `before`: the profile as it is, red flags with their context (what the audit entry keeps). */
export function planUpdateProfile(before: ProfileRecord, { redFlags, ...profile }: ProfileRecord): Planned {
  return planIfAllowed(allow(), () => ({
    writes: [{ op: "profile.update", profile, redFlags, audit: { action: "profile.update", before, after: { ...profile, redFlags } } }],
  }));
}
