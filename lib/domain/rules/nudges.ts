// Rule 2's one-click nudge: a refused advocate asks the applicant to send their own short email to
// the program first. A nudge is only for a program waiting on that email, and not repeated for the
// same program within the school's interval, so the applicant is reminded, not badgered.
import { formatInZone } from "../format-time";
import type { ApplicantSnapshot } from "../snapshot";
import { applicantEmailed, programName } from "../snapshot-queries";
import type { Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";
import { advocateName } from "./tasks";

export const NUDGE_RULES = {
  NUDGE_NOT_NEEDED: rule<{ applicant: string; program: string }>({
    title: "No nudge needed",
    reason: ({ applicant, program }) => `${applicant} has already emailed ${program}: the order (apply, applicant's email, faculty contact) is met.`,
    next: "Contact the program yourself now, then log it.",
    overridable: false,
    source: "PLAYBOOK",
  }),
  NUDGE_TOO_SOON: rule<{ applicant: string; hours: number; program: string; until: string }>({
    title: "Already nudged",
    reason: ({ applicant, hours, program }) =>
      `${applicant} was nudged about ${program} less than ${hours} hours ago. One reminder is enough; a second one in the same day adds pressure, not speed.`,
    next: ({ until }) => `Wait for their email, or nudge again after ${until}.`,
    overridable: false,
    source: "PLAYBOOK",
  }),
};

const refuse = refuserFor(NUDGE_RULES);
const HOUR = 3_600_000;

export function checkNudgeNeeded(s: ApplicantSnapshot, programId: string): Refused | null {
  if (!applicantEmailed(s, programId)) return null;
  return refuse("NUDGE_NOT_NEEDED", { applicant: s.fullName, program: programName(s, programId) });
}

/** The latest nudge for this program, by anyone, counts: the applicant hears one reminder per interval. */
export function checkNudgeInterval(s: ApplicantSnapshot, programId: string, now: Date): Refused | null {
  const last = lastNudgeAt(s, programId);
  const hours = s.policy.nudgeIntervalHours;
  if (!last || now.getTime() - last.getTime() >= hours * HOUR) return null;
  return refuse("NUDGE_TOO_SOON", {
    applicant: s.fullName,
    hours,
    program: programName(s, programId),
    until: formatInZone(new Date(last.getTime() + hours * HOUR), s.timeZone),
  });
}

function lastNudgeAt(s: ApplicantSnapshot, programId: string): Date | null {
  const times = s.tasks.filter((t) => t.kind === "NUDGE" && t.programId === programId).map((t) => t.createdAt.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

export interface NudgeDraft {
  kind: "NUDGE";
  programId: string;
  title: string;
  dueAt: Date;
}

/** The applicant's task once a nudge is allowed: due like a follow-up, naming who asks. */
export function nudgeTask(s: ApplicantSnapshot, programId: string, advocateId: string, now: Date): NudgeDraft {
  return {
    kind: "NUDGE",
    programId,
    title: `Email ${programName(s, programId)} so that ${advocateName(s, advocateId, programId)} can call`,
    dueAt: new Date(now.getTime() + s.policy.followUpDueMinutes * 60_000),
  };
}
