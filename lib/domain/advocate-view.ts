// What an advocate sees for each program on an assigned applicant's list: a clear state that
// follows the playbook's order (apply → applicant email → faculty contact).
import type { ApplicantSnapshot } from "./snapshot";
import { applicantEmailed, claimFor, isApplied, programClosed, programHasInitiated, acceptedOffer, programName } from "./snapshot-queries";
import { modeAt } from "./rules/communication-mode";
import { strategyFor, type StrategyKind } from "./rules/strategy";
import { RED_FLAG_LABELS, type AdvocateKind, type ConnectionKind } from "./types";
import type { Decision, Warning } from "./rules/decision";
import { decideClaim } from "./rules/decide/claim";
import { decideLogContact } from "./rules/decide/log-contact";
import { decideNudge } from "./rules/decide/nudge";
import { RULE_CATALOG } from "./rules/catalog";
import { APPLICANT_WIDE_WARNINGS, checklistWarning, collect, weakAdvocateWarning } from "./rules/warnings";
import { playbookWants, type PlaybookWant } from "./advocate/playbook-wants";
import { holdsProgram, type AdvocateProgramState } from "./advocate/program-state";

export { RED_FLAG_LABELS };

export type { AdvocateProgramState };
export { holdsProgram };

export const ADVOCATE_STATE_LABELS: Record<AdvocateProgramState, string> = {
  accepted: "Accepted: the applicant took this program's offer",
  matched: "Matched elsewhere: nothing more to do",
  closed: "Closed: the program declined or an offer was rejected",
  "claimed-by-other": "Held by another advocate",
  unclaimed: "Not claimed",
  "waiting-for-application": "Waiting for the applicant to apply",
  "waiting-for-program": "Waiting for the program to reach out (NRMP)",
  "waiting-for-applicant-email": "Waiting for the applicant's email",
  ready: "Ready: you can contact the program",
  // Ready by the order of things, but a rule stops the contact: the row says which (its title).
  blocked: "A rule stops this contact",
  done: "Done: you have contacted the program",
};

export function advocateProgramState(s: ApplicantSnapshot, advocateId: string, programId: string, now: Date): AdvocateProgramState {
  const accepted = acceptedOffer(s);
  if (accepted) return accepted.programId === programId ? "accepted" : "matched";
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

/** What an advocate's card shows of one applicant: what the playbook wants of them, and what is pressing. */
export interface AdvocateApplicantSummary {
  strategy: { kind: StrategyKind; title: string };
  /** Red flags: private to the applicant, their assigned advocates and the dean's office. */
  redFlags: string[];
  /** The playbook's numbers, said as what it wants, not as bars to fill. */
  wants: PlaybookWant[];
  openUrgentTasks: number;
  overdueUrgentTasks: number;
  matchedAt: string | null;
}

/** `kind`: the advocate reading it; the dean's office (no kind) reads the faculty numbers. */
export function advocateApplicantSummary(s: ApplicantSnapshot, now: Date, kind: AdvocateKind | null = null): AdvocateApplicantSummary {
  const strategy = strategyFor(s, s.policy);
  const urgent = s.tasks.filter((t) => t.kind === "URGENT_RESPONSE" && t.status === "OPEN");
  const accepted = acceptedOffer(s);
  return {
    strategy: { kind: strategy.kind, title: strategy.title },
    redFlags: s.redFlags.map((flag) => RED_FLAG_LABELS[flag]),
    wants: playbookWants(s, kind),
    openUrgentTasks: urgent.length,
    overdueUrgentTasks: urgent.filter((t) => t.dueAt.getTime() < now.getTime()).length,
    matchedAt: accepted ? programName(s, accepted.programId) : null,
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
  /** The refusal is the same for several programs and said once above the list, not here. */
  refusalSaidAbove: boolean;
  /** Only the warnings about this program: those about the applicant as a whole are said once per page. */
  warnings: Warning[];
}

function preview(action: Preview["action"], decision: Decision | null): Preview {
  if (!decision) return { action, refusal: null, refusalSaidAbove: false, warnings: [] };
  if (!decision.ok) {
    const { code, reason, next } = decision;
    return { action, refusal: { code, title: RULE_CATALOG[code].title, reason, next }, refusalSaidAbove: false, warnings: [] };
  }
  return { action, refusal: null, refusalSaidAbove: false, warnings: decision.warnings };
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

function programRow(
  s: ApplicantSnapshot,
  me: AdvocateSelf,
  now: Date,
  t: ApplicantSnapshot["targets"][number],
  place: { city: string; state: string } | undefined,
): AdvocateProgramRow {
  const program = s.programs[t.programId];
  const state = advocateProgramState(s, me.advocateId, t.programId, now);
  const next = previewNextStep(s, me, t.programId, state, now);
  // Ready by the order of things, yet a rule (the faculty limit, a resident's cap...) stops the
  // contact: the badge says the rule, so it never reads "Ready" above a refusal.
  const status: AdvocateProgramState = state === "ready" && next.refusal ? "blocked" : state;
  return {
    programId: t.programId,
    name: programName(s, t.programId),
    specialty: program?.specialty ?? "",
    city: place?.city ?? "",
    state: place?.state ?? "",
    rank: t.rank,
    applied: t.appliedAt !== null,
    prefersEmail: program?.prefersEmail ?? false,
    connections: [...(me.connections.get(t.programId) ?? [])],
    status,
    statusLabel: status === "blocked" && next.refusal ? next.refusal.title : ADVOCATE_STATE_LABELS[status],
    holder: status === "claimed-by-other" ? (claimFor(s, t.programId)?.advocateName ?? null) : null,
    preview: { ...next, warnings: next.warnings.filter((w) => !APPLICANT_WIDE_WARNINGS.includes(w.code)) },
  };
}

/** The applicant's list as one advocate sees it: their connected programs first, then by rank. */
export function advocateProgramRows(
  s: ApplicantSnapshot,
  me: AdvocateSelf,
  now: Date,
  places: Readonly<Record<string, { city: string; state: string }>>,
): AdvocateProgramRow[] {
  return s.targets
    .map((t) => programRow(s, me, now, t, places[t.programId]))
    .sort((a, b) => Number(b.connections.length > 0) - Number(a.connections.length > 0) || a.rank - b.rank);
}

/** A refusal that several programs share, said once above the list. */
export interface SharedRefusal {
  code: string;
  title: string;
  reason: string;
  next: string;
  programs: string[];
}

/**
 * What the applicant's page says once instead of under every program: the warnings about the
 * applicant as a whole, and any refusal that two or more programs share word for word (no
 * connection recorded to thirteen programs is one sentence, not thirteen). The rows it lifts a
 * refusal from are marked, so they keep their state but not the repeated words.
 */
export function saidOnce(s: ApplicantSnapshot, me: AdvocateSelf, rows: AdvocateProgramRow[]) {
  // The faculty minimum and the list's size are said by the playbook's numbers (playbookWants).
  const headsUps = collect(checklistWarning(s), weakAdvocateWarning(me.kind));
  const groups = new Map<string, AdvocateProgramRow[]>();
  for (const row of rows) {
    const r = row.preview.refusal;
    if (!r) continue;
    const key = `${r.code}\n${r.reason}\n${r.next}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const refusals: SharedRefusal[] = [];
  const marked = rows.map((row) => ({ ...row, preview: { ...row.preview } }));
  for (const group of groups.values()) {
    const first = group[0]?.preview.refusal;
    if (group.length < 2 || !first) continue;
    refusals.push({ ...first, programs: group.map((r) => r.name) });
    for (const row of marked) if (group.some((g) => g.programId === row.programId)) row.preview.refusalSaidAbove = true;
  }
  return { headsUps, refusals, rows: marked };
}
