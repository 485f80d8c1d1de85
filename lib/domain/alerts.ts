// The dean's dashboard: alerts for the playbook's "Common Mistakes That Quietly Kill Your Chances"
// and one dashboard row per applicant, computed from an applicant's aggregate (dashboard/
// aggregate.ts), whether it came from set-based SQL or from one snapshot. Pure: `now` and the
// school's policy come from the caller.
import type { ApplicantSnapshot } from "./snapshot";
import { aggregateOf, type ApplicantAggregate } from "./dashboard/aggregate";
import { checklistMissingFrom } from "./snapshot-queries";
import { advocateLevel } from "./rules/eligibility";
import { strategyFor, type StrategyKind } from "./rules/strategy";
import { targetListSizeStatus } from "./rules/target-list";
import type { Policy } from "./types";
import { facultyLimitInForce, facultyLimitRaised } from "./faculty-cap";
import { formatDuration, formatOverdue } from "./format-time";
import { countOf, countOfLimit, formatNumber } from "./human-format";

export { FUNNEL_STAGES, funnel, sumFunnels, type Funnel, type FunnelStage } from "./dashboard/aggregate";

export const ALERT_CODES = [
  "NO_DIRECT_OUTREACH",
  "RED_FLAG_WITHOUT_ADVOCATE",
  "OVERDUE_URGENT",
  "CHECKLIST_INCOMPLETE",
  "THIN_LIST",
  "PROGRAM_SATURATION",
  "ADVOCATE_OVER_CAP",
  "CAP_REACHED",
  "OFFER_DEADLINE_NEAR",
  "EMAIL_UNDELIVERED",
  "URGENT_UNDELIVERED",
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type AlertSeverity = "high" | "medium" | "low";

export const ALERT_LABELS: Record<AlertCode, string> = {
  NO_DIRECT_OUTREACH: "No direct outreach",
  RED_FLAG_WITHOUT_ADVOCATE: "Red flag without advocate",
  OVERDUE_URGENT: "Urgent response overdue",
  CHECKLIST_INCOMPLETE: "Checklist incomplete",
  THIN_LIST: "Thin list",
  PROGRAM_SATURATION: "Program saturation",
  ADVOCATE_OVER_CAP: "Over a cap",
  CAP_REACHED: "Cap reached",
  OFFER_DEADLINE_NEAR: "Offer deadline near",
  EMAIL_UNDELIVERED: "Email not delivered",
  URGENT_UNDELIVERED: "Urgent message not delivered",
};

/** How close a pending offer's response deadline must be to alert the dean's office. */
export const OFFER_DEADLINE_WARN_MINUTES = 120;

export interface Alert {
  code: AlertCode;
  severity: AlertSeverity;
  message: string;
  programId: string | null;
}

/** One kind of alert on an applicant, and how many of its alerts are of that kind (one per program, say). */
export interface AlertKind {
  code: AlertCode;
  severity: AlertSeverity;
  count: number;
}

/**
 * The applicant's alerts one per kind, in the order they first appear, with a count: the cohort
 * table shows "Program saturation ×8" once, not eight alike badges; the applicant's page lists
 * each with its program-specific words.
 */
export function alertKinds(alerts: readonly Alert[]): AlertKind[] {
  const kinds = new Map<AlertCode, AlertKind>();
  for (const a of alerts) {
    const kind = kinds.get(a.code);
    if (kind) kind.count++;
    else kinds.set(a.code, { code: a.code, severity: a.severity, count: 1 });
  }
  return [...kinds.values()];
}

function alert(code: AlertCode, severity: AlertSeverity, message: string, programId: string | null = null): Alert {
  return { code, severity, message, programId };
}

function capAlerts(a: ApplicantAggregate, policy: Policy): Alert[] {
  const alerts: Alert[] = [];
  const active = a.advocates.length;
  // A dean's override of the faculty cap raises this applicant's limit: past the school's cap is
  // then no breach, and the alert says the limit in force.
  const facultyLimit = facultyLimitInForce(policy.facultyContactCap, a.facultyCapOverrides);
  const raised = facultyLimitRaised(policy.facultyContactCap, a.facultyCapOverrides, "dean", a.fullName);
  if (active > policy.maxActiveAdvocates || a.facultyPrograms > facultyLimit || a.applied > policy.maxApplications) {
    alerts.push(
      alert(
        "ADVOCATE_OVER_CAP",
        "medium",
        `Over a cap the school lowered or exceeded: ${countOf(active, "active advocate")} (limit ${formatNumber(policy.maxActiveAdvocates)}), ${countOf(a.facultyPrograms, "faculty-contacted program")} (limit ${formatNumber(facultyLimit)}), ${countOf(a.applied, "application")} (limit ${formatNumber(policy.maxApplications)}). Their history stays; new outreach is refused.`,
      ),
    );
    return alerts;
  }
  const reached = [
    a.facultyPrograms === facultyLimit ? `faculty contacts ${countOfLimit(a.facultyPrograms, facultyLimit)}` : null,
    a.applied === policy.maxApplications ? `applications ${countOfLimit(a.applied, policy.maxApplications)}` : null,
  ].filter((x): x is string => x !== null);
  if (reached.length > 0)
    alerts.push(alert("CAP_REACHED", "low", `Cap reached: ${reached.join(", ")}. Further outreach of that kind is refused.${raised ? ` ${raised}` : ""}`));
  return alerts;
}

export function alertsFor(a: ApplicantAggregate, policy: Policy, now: Date): Alert[] {
  // Once matched, the search is over; leftover gaps are no longer worth the dean's attention.
  if (a.acceptedProgram !== null) return [];
  const alerts: Alert[] = [];
  if (a.applied > 0 && a.ownOutreach === 0) {
    alerts.push(
      alert(
        "NO_DIRECT_OUTREACH",
        "high",
        `${a.fullName} has applied but has not contacted any program directly. Relying only on school calls usually ends in disappointment.`,
      ),
    );
  }
  const advocates = a.advocates.filter((x) => advocateLevel(x.kind) !== "refused");
  if (a.redFlags.length > 0 && advocates.length === 0) {
    alerts.push(alert("RED_FLAG_WITHOUT_ADVOCATE", "high", `${a.fullName} has a red flag and no advocate: faculty must be involved to give context.`));
  }
  for (const task of a.overdueUrgent) {
    alerts.push(
      alert(
        "OVERDUE_URGENT",
        "high",
        `${a.fullName} has not answered ${task.programName} (${formatOverdue(task.dueAt, now)}). Programs do not leave ten voicemails.`,
        task.programId,
      ),
    );
  }
  for (const offer of a.pendingOffers) {
    if (!offer.respondBy) continue;
    const left = Math.floor((offer.respondBy.getTime() - now.getTime()) / 60_000);
    if (left >= 0 && left <= OFFER_DEADLINE_WARN_MINUTES) {
      alerts.push(
        alert(
          "OFFER_DEADLINE_NEAR",
          "high",
          `${a.fullName} must answer ${offer.programName}'s offer within ${formatDuration(left)}, or it expires.`,
          offer.programId,
        ),
      );
    }
  }
  if (a.undeliveredUrgent > 0) {
    alerts.push(
      alert(
        "URGENT_UNDELIVERED",
        "high",
        `${countOf(a.undeliveredUrgent, "urgent message")} about ${a.fullName} did not get through (the email or push failed) and ${a.undeliveredUrgent === 1 ? "is" : "are"} still unread. Call whoever it was for.`,
      ),
    );
  }
  const missing = checklistMissingFrom(a.checklist);
  if (missing.length > 0) alerts.push(alert("CHECKLIST_INCOMPLETE", "medium", `Reachability checklist incomplete: ${missing.join(", ")}.`));
  if (targetListSizeStatus(a.targets, policy) === "short") {
    alerts.push(
      alert(
        "THIN_LIST",
        "medium",
        `${countOf(a.targets, "program")} on the target list; the playbook's realistic list is ${policy.targetListMin}–${policy.targetListMax}.`,
      ),
    );
  }
  for (const p of a.saturated) {
    if (p.applicants <= policy.cohortLoadWarnAbove) continue;
    alerts.push(
      alert(
        "PROGRAM_SATURATION",
        "low",
        `Our faculty have contacted ${p.programName} for ${formatNumber(p.applicants)} of the school's applicants.`,
        p.programId,
      ),
    );
  }
  alerts.push(...capAlerts(a, policy));
  if (a.undeliveredEmails > 0) {
    alerts.push(
      alert(
        "EMAIL_UNDELIVERED",
        "medium",
        `${countOf(a.undeliveredEmails, "email")} to ${a.fullName} could not be delivered. The tasks stand; tell them another way.`,
      ),
    );
  }
  return alerts;
}

/** The alerts of one applicant's snapshot (the same rules as the school-wide aggregates). */
export function applicantAlerts(s: ApplicantSnapshot, now: Date): Alert[] {
  return alertsFor(aggregateOf(s, now), s.policy, now);
}

export interface DashboardRow {
  applicantId: string;
  fullName: string;
  specialty: string;
  strategy: StrategyKind;
  targets: number;
  applied: number;
  maxApplications: number;
  ownEmails: number;
  facultyPrograms: number;
  facultyCap: number;
  advocates: { advocateId: string; name: string }[];
  activeAdvocates: number;
  inboundContacts: number;
  interviews: number;
  pendingOffers: number;
  /** The soonest response deadline of a pending offer, if any. */
  nextDeadline: Date | null;
  accepted: boolean;
  acceptedProgram: string | null;
  /** Overrides the dean's office gave and nobody has used yet. */
  openOverrides: number;
  alerts: Alert[];
}

export function rowFor(a: ApplicantAggregate, policy: Policy, now: Date): DashboardRow {
  const deadlines = a.pendingOffers.map((o) => o.respondBy?.getTime()).filter((t): t is number => t !== undefined);
  return {
    applicantId: a.applicantId,
    fullName: a.fullName,
    specialty: a.specialty,
    strategy: strategyFor(a, policy).kind,
    targets: a.targets,
    applied: a.applied,
    maxApplications: policy.maxApplications,
    ownEmails: a.ownEmails,
    facultyPrograms: a.facultyPrograms,
    facultyCap: facultyLimitInForce(policy.facultyContactCap, a.facultyCapOverrides),
    advocates: a.advocates.map(({ advocateId, name }) => ({ advocateId, name })),
    activeAdvocates: a.advocates.length,
    inboundContacts: a.inboundContacts,
    interviews: a.interviews,
    pendingOffers: a.pendingOffers.length,
    nextDeadline: deadlines.length > 0 ? new Date(Math.min(...deadlines)) : null,
    accepted: a.acceptedProgram !== null,
    acceptedProgram: a.acceptedProgram,
    openOverrides: a.openOverrides,
    alerts: alertsFor(a, policy, now),
  };
}

/** One applicant's dashboard row from their snapshot. */
export function dashboardRow(s: ApplicantSnapshot, now: Date): DashboardRow {
  return rowFor(aggregateOf(s, now), s.policy, now);
}
