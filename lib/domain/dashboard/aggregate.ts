// One applicant as the dean's dashboard needs them: counts and short lists, never the full
// history. The server computes these with set-based SQL for a whole school at once; the same shape
// comes from one applicant's snapshot here, so the alert rules are written (and tested) once.
import { facultyCapOverrides } from "../faculty-cap";
import type { ApplicantSnapshot, ReachabilityChecklist } from "../snapshot";
import {
  acceptedOffer,
  activeAssignments,
  applicantEmailed,
  appliedCount,
  cohortLoadPastThreshold,
  facultyProgramIds,
  isFacultyContact,
  outbound,
  programName,
} from "../snapshot-queries";
import type { AdvocateKind, DegreeType, RedFlagKind } from "../types";

export const FUNNEL_STAGES = ["targeted", "applied", "emailed", "facultyContacted", "interview", "offer", "accepted"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type Funnel = Record<FunnelStage, number>;

export function emptyFunnel(): Funnel {
  return { targeted: 0, applied: 0, emailed: 0, facultyContacted: 0, interview: 0, offer: 0, accepted: 0 };
}

export function sumFunnels(funnels: readonly Funnel[]): Funnel {
  const total = emptyFunnel();
  for (const f of funnels) for (const stage of FUNNEL_STAGES) total[stage] += f[stage];
  return total;
}

export interface ApplicantAggregate {
  applicantId: string;
  fullName: string;
  specialty: string;
  degreeType: DegreeType;
  step2Score: number | null;
  redFlags: RedFlagKind[];
  checklist: ReachabilityChecklist;
  targets: number;
  applied: number;
  /** The applicant's own outbound contacts, any channel, and of those the emails. */
  ownOutreach: number;
  ownEmails: number;
  /** Distinct programs contacted by faculty (residents are counted apart). */
  facultyPrograms: number;
  /** Active advocates, by name and kind. */
  advocates: { advocateId: string; name: string; kind: AdvocateKind }[];
  inboundContacts: number;
  interviews: number;
  pendingOffers: { programId: string; programName: string; respondBy: Date | null }[];
  acceptedProgram: string | null;
  /** Open urgent responses past their due time. */
  overdueUrgent: { programId: string | null; programName: string; dueAt: Date }[];
  /** Programs our faculty contacted for this applicant whose school-wide load passes the threshold. */
  saturated: { programId: string; programName: string; applicants: number }[];
  /** Emails to the applicant the mail server refused after every retry. */
  undeliveredEmails: number;
  /** Urgent messages about the applicant (to anyone) whose email or push failed, still unread. */
  undeliveredUrgent: number;
  /** Dean's overrides given and not used yet. */
  openOverrides: number;
  /** Overrides of the faculty-contact cap, used or not: each raises the applicant's limit by one. */
  facultyCapOverrides: number;
  funnel: Funnel;
}

/** Counts target programs reaching each stage, so the bars of one applicant or a school add up. */
export function funnel(s: ApplicantSnapshot): Funnel {
  const f = emptyFunnel();
  for (const t of s.targets) {
    const id = t.programId;
    const touches = s.contacts.filter((c) => c.programId === id);
    f.targeted += 1;
    if (t.appliedAt) f.applied += 1;
    if (applicantEmailed(s, id)) f.emailed += 1;
    if (touches.some((c) => c.direction === "OUTBOUND" && isFacultyContact(c))) f.facultyContacted += 1;
    if (touches.some((c) => c.outcome === "INTERVIEW_OFFERED") || s.interviews.some((i) => i.programId === id)) f.interview += 1;
    if (s.offers.some((o) => o.programId === id)) f.offer += 1;
    if (s.offers.some((o) => o.programId === id && o.status === "ACCEPTED")) f.accepted += 1;
  }
  return f;
}

/** The aggregate of one applicant's snapshot: what the set-based queries compute for a school. */
export function aggregateOf(s: ApplicantSnapshot, now: Date, extras: { undeliveredEmails?: number; undeliveredUrgent?: number } = {}): ApplicantAggregate {
  const own = outbound(s).filter((c) => c.actorRole === "APPLICANT");
  const accepted = acceptedOffer(s);
  return {
    applicantId: s.applicantId,
    fullName: s.fullName,
    specialty: s.specialty,
    degreeType: s.degreeType,
    step2Score: s.step2Score,
    redFlags: [...s.redFlags],
    checklist: { ...s.checklist },
    targets: s.targets.length,
    applied: appliedCount(s),
    ownOutreach: own.length,
    ownEmails: own.filter((c) => c.channel === "EMAIL").length,
    facultyPrograms: facultyProgramIds(s).size,
    advocates: activeAssignments(s).map((a) => ({ advocateId: a.advocateId, name: a.name, kind: a.kind })),
    inboundContacts: s.contacts.filter((c) => c.direction === "INBOUND").length,
    interviews: s.interviews.length,
    pendingOffers: s.offers
      .filter((o) => o.status === "PENDING")
      .map((o) => ({ programId: o.programId, programName: programName(s, o.programId), respondBy: o.respondBy ?? null })),
    acceptedProgram: accepted ? programName(s, accepted.programId) : null,
    overdueUrgent: s.tasks
      .filter((t) => t.kind === "URGENT_RESPONSE" && t.status === "OPEN" && t.dueAt.getTime() < now.getTime())
      .map((t) => ({ programId: t.programId, programName: t.programId ? programName(s, t.programId) : "a program", dueAt: t.dueAt })),
    saturated: [...facultyProgramIds(s)].flatMap((programId) => {
      const total = cohortLoadPastThreshold(s, programId);
      return total === null ? [] : [{ programId, programName: programName(s, programId), applicants: total }];
    }),
    undeliveredEmails: extras.undeliveredEmails ?? 0,
    undeliveredUrgent: extras.undeliveredUrgent ?? 0,
    openOverrides: s.overrides.filter((o) => !o.used).length,
    facultyCapOverrides: facultyCapOverrides(s.overrides),
    funnel: funnel(s),
  };
}
