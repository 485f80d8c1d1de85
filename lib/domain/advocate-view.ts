// What an advocate sees for each program on an assigned applicant's list: a clear state that
// follows the playbook's order (apply → applicant email → faculty contact).
import type { ApplicantSnapshot } from "./snapshot";
import { facultyCapOverrides, facultyLimitInForce } from "./faculty-cap";
import { applicantEmailed, appliedCount, claimFor, facultyProgramIds, isApplied, programClosed, programHasInitiated, acceptedOffer } from "./snapshot-queries";
import { modeAt } from "./rules/communication-mode";
import { strategyFor, type StrategyKind } from "./rules/strategy";
import { RED_FLAG_LABELS, type AdvocateKind, type ConnectionKind } from "./types";
import type { Decision, Warning } from "./rules/decision";
import { decideClaim } from "./rules/decide/claim";
import { decideLogContact } from "./rules/decide/log-contact";
import { decideNudge } from "./rules/decide/nudge";
import { RULE_CATALOG } from "./rules/catalog";

export { RED_FLAG_LABELS };

export type AdvocateProgramState =
  | "matched"
  | "closed"
  | "claimed-by-other"
  | "unclaimed"
  | "waiting-for-application"
  | "waiting-for-program"
  | "waiting-for-applicant-email"
  | "ready"
  | "done";

export const ADVOCATE_STATE_LABELS: Record<AdvocateProgramState, string> = {
  matched: "Matched elsewhere: nothing more to do",
  closed: "Closed: the program declined or an offer was rejected",
  "claimed-by-other": "Held by another advocate",
  unclaimed: "Not claimed",
  "waiting-for-application": "Waiting for the applicant to apply",
  "waiting-for-program": "Waiting for the program to reach out (NRMP)",
  "waiting-for-applicant-email": "Waiting for the applicant's email",
  ready: "Ready: you can contact the program",
  done: "Done: you have contacted the program",
};

export function advocateProgramState(s: ApplicantSnapshot, advocateId: string, programId: string, now: Date): AdvocateProgramState {
  if (acceptedOffer(s)) return "matched";
  if (programClosed(s, programId)) return "closed";
  const claim = claimFor(s, programId);
  if (claim && claim.advocateId !== advocateId) return "claimed-by-other";
  if (!claim) return "unclaimed";
  const contacted = s.contacts.some((c) => c.programId === programId && c.direction === "OUTBOUND" && c.advocateId === advocateId);
  if (contacted) return "done";
  if (!isApplied(s, programId)) return "waiting-for-application";
  if (modeAt(s.season, now) === "PROGRAM_INITIATED" && !programHasInitiated(s, programId)) return "waiting-for-program";
  if (!applicantEmailed(s, programId)) return "waiting-for-applicant-email";
  return "ready";
}

/** What an advocate's card shows of one applicant: how far along they are and what is pressing. */
export interface AdvocateApplicantSummary {
  strategy: { kind: StrategyKind; title: string };
  /** Red flags, as SPEC 5 lets an assigned advocate see them. */
  redFlags: string[];
  applied: number;
  maxApplications: number;
  facultyPrograms: number;
  facultyCap: number;
  openUrgentTasks: number;
  overdueUrgentTasks: number;
  matchedAt: string | null;
}

export function advocateApplicantSummary(s: ApplicantSnapshot, now: Date): AdvocateApplicantSummary {
  const strategy = strategyFor(s, s.policy);
  const urgent = s.tasks.filter((t) => t.kind === "URGENT_RESPONSE" && t.status === "OPEN");
  const accepted = acceptedOffer(s);
  return {
    strategy: { kind: strategy.kind, title: strategy.title },
    redFlags: s.redFlags.map((flag) => RED_FLAG_LABELS[flag]),
    applied: appliedCount(s),
    maxApplications: s.policy.maxApplications,
    facultyPrograms: facultyProgramIds(s).size,
    facultyCap: facultyLimitInForce(s.policy.facultyContactCap, facultyCapOverrides(s.overrides)),
    openUrgentTasks: urgent.length,
    overdueUrgentTasks: urgent.filter((t) => t.dueAt.getTime() < now.getTime()).length,
    matchedAt: accepted ? (s.programs[accepted.programId]?.name ?? "a program") : null,
  };
}

export interface AdvocateSelf {
  advocateId: string;
  kind: AdvocateKind;
  /** programId -> the kinds of connection this advocate recorded to it. */
  connections: ReadonlyMap<string, readonly ConnectionKind[]>;
}

/** What the rules already say of the next click on a program: a refusal to show, or warnings. */
export interface Preview {
  action: "claim" | "contact" | "nudge" | null;
  refusal: { code: string; title: string; reason: string; next: string } | null;
  warnings: Warning[];
}

function preview(action: Preview["action"], decision: Decision | null): Preview {
  if (!decision) return { action, refusal: null, warnings: [] };
  if (!decision.ok) {
    const { code, reason, next } = decision;
    return { action, refusal: { code, title: RULE_CATALOG[code].title, reason, next }, warnings: [] };
  }
  return { action, refusal: null, warnings: decision.warnings };
}

/** The channel a contact form starts on: email where the program prefers it, else the phone. */
export function defaultChannelFor(prefersEmail: boolean): "PHONE" | "EMAIL" {
  return prefersEmail ? "EMAIL" : "PHONE";
}

export function defaultChannel(s: ApplicantSnapshot, programId: string): "PHONE" | "EMAIL" {
  return defaultChannelFor(s.programs[programId]?.prefersEmail ?? false);
}

export function previewNextStep(s: ApplicantSnapshot, me: AdvocateSelf, programId: string, state: AdvocateProgramState, now: Date): Preview {
  const hasConnection = (me.connections.get(programId)?.length ?? 0) > 0;
  if (state === "unclaimed") return preview("claim", decideClaim(s, { advocateId: me.advocateId, advocateKind: me.kind, hasConnection }, programId, now));
  if (state === "waiting-for-applicant-email") return preview("nudge", decideNudge(s, me.advocateId, programId, now));
  if (state === "ready" || state === "done") {
    const channel = defaultChannel(s, programId);
    const contact = {
      actor: { role: "ADVOCATE" as const, advocateId: me.advocateId, kind: me.kind, hasConnection },
      programId,
      direction: "OUTBOUND" as const,
      channel,
      outcome: channel === "EMAIL" ? ("SENT" as const) : ("SPOKE" as const),
    };
    return preview("contact", decideLogContact(s, contact, now));
  }
  return preview(null, null);
}

export interface AdvocateProgramRow {
  programId: string;
  name: string;
  specialty: string;
  city: string;
  state: string;
  rank: number;
  applied: boolean;
  prefersEmail: boolean;
  connections: ConnectionKind[];
  status: AdvocateProgramState;
  statusLabel: string;
  /** Who holds the claim, when another advocate does: the advocate coordinates with them. */
  holder: string | null;
  preview: Preview;
}

/** The applicant's list as one advocate sees it: their connected programs first, then by rank. */
export function advocateProgramRows(
  s: ApplicantSnapshot,
  me: AdvocateSelf,
  now: Date,
  places: Readonly<Record<string, { city: string; state: string }>>,
): AdvocateProgramRow[] {
  return s.targets
    .map((t) => {
      const program = s.programs[t.programId];
      const status = advocateProgramState(s, me.advocateId, t.programId, now);
      return {
        programId: t.programId,
        name: program?.name ?? "Unknown program",
        specialty: program?.specialty ?? "",
        city: places[t.programId]?.city ?? "",
        state: places[t.programId]?.state ?? "",
        rank: t.rank,
        applied: t.appliedAt !== null,
        prefersEmail: program?.prefersEmail ?? false,
        connections: [...(me.connections.get(t.programId) ?? [])],
        status,
        statusLabel: ADVOCATE_STATE_LABELS[status],
        holder: status === "claimed-by-other" ? (claimFor(s, t.programId)?.advocateName ?? null) : null,
        preview: previewNextStep(s, me, t.programId, status, now),
      };
    })
    .sort((a, b) => Number(b.connections.length > 0) - Number(a.connections.length > 0) || a.rank - b.rank);
}
