// The playbook's "Realistic Strategy By Applicant Type", with its thresholds taken from the policy.
import type { DegreeType, Policy, RedFlagKind } from "../types";

export type StrategyKind = "strong" | "average" | "red-flag" | "img";

export interface ApplicantProfile {
  degreeType: DegreeType;
  step2Score: number | null;
  redFlags: readonly RedFlagKind[];
}

export interface Strategy {
  kind: StrategyKind;
  title: string;
  /** How much faculty advocacy the playbook recommends for this profile. */
  faculty: "strong-advocacy" | "ties-only" | "required";
  aim: string;
  advice: string[];
  /** Why the profile landed here when data was missing or out of the playbook's ranges. */
  notes: string[];
}

const STRONG: Omit<Strategy, "notes"> = {
  kind: "strong",
  title: "Strong candidate, unlucky or overreached",
  faculty: "strong-advocacy",
  aim: "Mid-tier academic and solid community programs, in regions open to out-of-region applicants.",
  advice: [
    "You plus strong faculty advocacy.",
    "Focus on mid-tier academic programs, solid community programs and geographies more open to out-of-region applicants.",
    'Faculty framing: "This is someone we would be proud to have; they just aimed too high geographically or program-wise."',
  ],
};

const AVERAGE: Omit<Strategy, "notes"> = {
  kind: "average",
  title: "Average candidate, no major red flags",
  faculty: "ties-only",
  aim: "Programs where the school often sends residents and places where faculty actually know someone.",
  advice: [
    "You are the primary communicator.",
    "Faculty call only programs where the school often sends residents, or where they actually know someone.",
    "Don't waste faculty capital on top-tier programs that will fill from unmatched powerhouses before even looking at your file.",
  ],
};

const RED_FLAG: Omit<Strategy, "notes"> = {
  kind: "red-flag",
  title: "Candidate with red flags",
  faculty: "required",
  aim: "Programs where a faculty member who knows the full context can explain it.",
  advice: [
    "Faculty must be involved: they explain the context and your current performance.",
    "You do not lead with your red flag in writing.",
    "You emphasize maturity, reliability and strong performance in recent rotations.",
  ],
};

const IMG: Omit<Strategy, "notes"> = {
  kind: "img",
  title: "IMG or newer school with weak connections",
  faculty: "ties-only",
  aim: "Programs with alumni from your school, prior matched residents, and faculty who trained or worked there.",
  advice: [
    "You still benefit from faculty calls, but the bar is higher.",
    "Focus on alumni from your school at specific programs, prior matched residents who can flag your file internally, and faculty who trained or worked at your targets.",
    "A clear, concise email from a faculty member beats silence, where the school allows faculty emails without a personal tie.",
  ],
};

export function strategyFor(profile: ApplicantProfile, policy: Policy): Strategy {
  // A red flag decides the strategy whatever the score: faculty context is what programs need.
  if (profile.redFlags.length > 0) return { ...RED_FLAG, notes: [] };
  // The strong and average types are both "US MD/DO" in the playbook; IMGs get their own advice.
  if (profile.degreeType === "IMG") return { ...IMG, notes: [] };
  const score = profile.step2Score;
  if (score === null) {
    // Without a score, spending faculty capital as for a strong candidate would be a guess.
    return { ...AVERAGE, notes: ["No Step 2 CK score recorded: treated as average until one is entered."] };
  }
  if (score >= policy.strongStep2Min) return { ...STRONG, notes: [] };
  if (score >= policy.averageStep2Min) return { ...AVERAGE, notes: [] };
  return {
    ...AVERAGE,
    notes: [`Step 2 CK below ${policy.averageStep2Min}: lean on pipeline and community programs, and let faculty with ties give context.`],
  };
}

/** The playbook warns against spending faculty capital on top-tier programs for these profiles. */
export function topTierIsOverreach(kind: StrategyKind): boolean {
  return kind === "average" || kind === "img";
}
