// The dean's dashboard: alerts for the playbook's "Common Mistakes That Quietly Kill Your Chances",
// one dashboard row and a funnel per applicant. Pure: `now` comes from the caller.
import type { ApplicantSnapshot } from "./snapshot";
import {
  acceptedOffer,
  activeAssignments,
  applicantEmailed,
  appliedCount,
  checklistMissing,
  cohortLoadPastThreshold,
  facultyProgramIds,
  hasAcceptedOffer,
  isFacultyContact,
  outbound,
  programName,
} from "./snapshot-queries";
import { advocateLevel } from "./rules/eligibility";
import { targetListSizeStatus } from "./rules/target-list";

export const ALERT_CODES = [
  "NO_DIRECT_OUTREACH",
  "RED_FLAG_WITHOUT_ADVOCATE",
  "OVERDUE_URGENT",
  "CHECKLIST_INCOMPLETE",
  "THIN_LIST",
  "PROGRAM_SATURATION",
  "ADVOCATE_OVER_CAP",
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type AlertSeverity = "high" | "medium" | "low";

export interface Alert {
  code: AlertCode;
  severity: AlertSeverity;
  message: string;
  programId: string | null;
}

function alert(code: AlertCode, severity: AlertSeverity, message: string, programId: string | null = null): Alert {
  return { code, severity, message, programId };
}

export function applicantAlerts(s: ApplicantSnapshot, now: Date): Alert[] {
  // Once matched, the search is over; leftover gaps are no longer worth the dean's attention.
  if (acceptedOffer(s)) return [];
  const alerts: Alert[] = [];
  const ownOutreach = outbound(s).filter((c) => c.actorRole === "APPLICANT").length;
  if (appliedCount(s) > 0 && ownOutreach === 0) {
    alerts.push(
      alert(
        "NO_DIRECT_OUTREACH",
        "high",
        `${s.fullName} has applied but has not contacted any program directly. Relying only on school calls usually ends in disappointment.`,
      ),
    );
  }
  const advocates = activeAssignments(s).filter((a) => advocateLevel(a.kind) !== "refused");
  if (s.redFlags.length > 0 && advocates.length === 0) {
    alerts.push(alert("RED_FLAG_WITHOUT_ADVOCATE", "high", `${s.fullName} has a red flag and no advocate: faculty must be involved to give context.`));
  }
  for (const task of s.tasks) {
    if (task.kind === "URGENT_RESPONSE" && task.status === "OPEN" && task.dueAt.getTime() < now.getTime()) {
      const minutes = Math.floor((now.getTime() - task.dueAt.getTime()) / 60_000);
      const where = task.programId ? programName(s, task.programId) : "a program";
      alerts.push(
        alert(
          "OVERDUE_URGENT",
          "high",
          `${s.fullName} has not answered ${where} (${minutes} min overdue). Programs do not leave ten voicemails.`,
          task.programId,
        ),
      );
    }
  }
  const missing = checklistMissing(s);
  if (missing.length > 0) {
    alerts.push(alert("CHECKLIST_INCOMPLETE", "medium", `Reachability checklist incomplete: ${missing.join(", ")}.`));
  }
  if (targetListSizeStatus(s.targets.length, s.policy) === "short") {
    alerts.push(
      alert(
        "THIN_LIST",
        "medium",
        `${s.targets.length} programs on the target list; the playbook's realistic list is ${s.policy.targetListMin}–${s.policy.targetListMax}.`,
      ),
    );
  }
  for (const programId of facultyProgramIds(s)) {
    const total = cohortLoadPastThreshold(s, programId);
    if (total !== null) {
      alerts.push(
        alert("PROGRAM_SATURATION", "low", `Our faculty have contacted ${programName(s, programId)} for ${total} of the school's applicants.`, programId),
      );
    }
  }
  const facultyPrograms = facultyProgramIds(s).size;
  const active = activeAssignments(s).length;
  if (active > s.policy.maxActiveAdvocates || facultyPrograms > s.policy.facultyContactCap) {
    alerts.push(
      alert(
        "ADVOCATE_OVER_CAP",
        "medium",
        `${active} active advocates (limit ${s.policy.maxActiveAdvocates}) and ${facultyPrograms} faculty-contacted programs (limit ${s.policy.facultyContactCap}): a swarm of advocates reads as noise.`,
      ),
    );
  }
  return alerts;
}

export const FUNNEL_STAGES = ["targeted", "applied", "emailed", "facultyContacted", "interview", "offer", "accepted"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type Funnel = Record<FunnelStage, number>;

function emptyFunnel(): Funnel {
  return { targeted: 0, applied: 0, emailed: 0, facultyContacted: 0, interview: 0, offer: 0, accepted: 0 };
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

export function sumFunnels(funnels: readonly Funnel[]): Funnel {
  const total = emptyFunnel();
  for (const f of funnels) for (const stage of FUNNEL_STAGES) total[stage] += f[stage];
  return total;
}

export interface DashboardRow {
  applicantId: string;
  fullName: string;
  targets: number;
  applied: number;
  maxApplications: number;
  ownEmails: number;
  facultyPrograms: number;
  facultyCap: number;
  activeAdvocates: number;
  inboundContacts: number;
  pendingOffers: number;
  accepted: boolean;
  alerts: Alert[];
}

export function dashboardRow(s: ApplicantSnapshot, now: Date): DashboardRow {
  return {
    applicantId: s.applicantId,
    fullName: s.fullName,
    targets: s.targets.length,
    applied: appliedCount(s),
    maxApplications: s.policy.maxApplications,
    ownEmails: outbound(s).filter((c) => c.actorRole === "APPLICANT" && c.channel === "EMAIL").length,
    facultyPrograms: facultyProgramIds(s).size,
    facultyCap: s.policy.facultyContactCap,
    activeAdvocates: activeAssignments(s).length,
    inboundContacts: s.contacts.filter((c) => c.direction === "INBOUND").length,
    pendingOffers: s.offers.filter((o) => o.status === "PENDING").length,
    accepted: hasAcceptedOffer(s.offers),
    alerts: applicantAlerts(s, now),
  };
}
