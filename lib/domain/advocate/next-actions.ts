// "Your next actions": what an advocate can do now across the applicants assigned to them, worked
// out from the same snapshot and rules as every write, and ordered by consequence:
//   1. a program waiting for the applicant's answer (a call to return, an offer to answer);
//   2. a follow-up after the advocate's own contact that is past due;
//   3. a program the advocate can call or write now (applied, emailed, claimed; the rules allow it);
//   4. a nudge worth sending (applied, the applicant's own email still missing);
//   5. a follow-up not yet due;
//   6. programs the advocate has a connection to and may claim (one line per applicant when several).
import type { ApplicantSnapshot } from "../snapshot";
import { acceptedOffer, applicantEmailed, programHasInitiated, programName } from "../snapshot-queries";
import { advocateProgramRows, defaultChannel, type AdvocateProgramRow, type AdvocateSelf } from "../advocate-view";
import { CONNECTION_LABELS } from "./connection-labels";

export type NextActionKind = "answer" | "contact" | "follow-up" | "nudge" | "claim";

export interface NextAction {
  kind: NextActionKind;
  applicantId: string;
  applicantName: string;
  /** The program it is about; null for a line about several programs of one applicant's list. */
  programId: string | null;
  programName: string | null;
  /** What to do, in a few words ("Call Lakeside Internal Medicine"). */
  title: string;
  /** Why the playbook allows it, or why it matters now. */
  why: string;
  /** When it is due (a task's deadline), if it has one. */
  dueAt: Date | null;
  overdue: boolean;
  /** The program's page in the advocate's workspace (the applicant's list for several programs). */
  href: string;
}

/** What the advocate reads when the rules leave them nothing to do now. */
export const NOTHING_TO_DO = "Nothing needs you right now: no program is ready for your call, no nudge or follow-up is due.";

const CONSEQUENCE: Record<NextActionKind, number> = { answer: 0, "follow-up": 1, contact: 2, nudge: 3, claim: 5 };

function weight(a: NextAction): number {
  // A follow-up that is not yet due waits behind the calls and nudges that can be made now.
  return a.kind === "follow-up" && !a.overdue ? 4 : CONSEQUENCE[a.kind];
}

/** "Alex" for "Alex Rivera": how the advocate's lines name the applicant. */
export function firstName(fullName: string): string {
  return fullName.split(/\s+/)[0] ?? fullName;
}

function connectionWords(row: AdvocateProgramRow): string {
  return row.connections.map((k) => CONNECTION_LABELS[k]).join("; ");
}

/** The playbook's order, met: the program reached out where it had to, the applicant applied and emailed, the advocate holds it. */
function contactWhy(s: ApplicantSnapshot, row: AdvocateProgramRow): string {
  const name = firstName(s.fullName);
  const initiated = programHasInitiated(s, row.programId) ? "The program reached out, " : "";
  const tie = row.connections.length > 0 ? `; your connection: ${connectionWords(row)}` : "";
  const said = `${initiated}${name} applied and emailed it, and you hold it${tie}.`;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

function forApplicant(s: ApplicantSnapshot, me: AdvocateSelf, now: Date): NextAction[] {
  if (acceptedOffer(s)) return [];
  const base = (programId: string) => ({
    applicantId: s.applicantId,
    applicantName: s.fullName,
    programId,
    programName: programName(s, programId),
    href: `/advocate/applicants/${s.applicantId}/programs/${programId}`,
  });
  const actions: NextAction[] = [];
  const name = firstName(s.fullName);
  const mine = new Set(s.claims.filter((c) => c.advocateId === me.advocateId).map((c) => c.programId));
  for (const task of s.tasks) {
    if (task.status !== "OPEN" || !task.programId) continue;
    const overdue = task.dueAt.getTime() < now.getTime();
    if (task.kind === "URGENT_RESPONSE") {
      const offer = s.offers.some((o) => o.programId === task.programId && o.status === "PENDING");
      actions.push({
        ...base(task.programId),
        kind: "answer",
        title: offer ? `Help ${name} answer ${programName(s, task.programId)}'s offer` : `Make sure ${name} answers ${programName(s, task.programId)}`,
        why: offer
          ? "An unanswered SOAP offer expires at its round's deadline."
          : "The program reached out: programs do not leave ten voicemails, so the answer has to come fast.",
        dueAt: task.dueAt,
        overdue,
      });
    } else if (task.kind === "FOLLOW_UP" && mine.has(task.programId) && !applicantEmailedSince(s, task.programId, task.createdAt)) {
      actions.push({
        ...base(task.programId),
        kind: "follow-up",
        title: `Check that ${name} followed up with ${programName(s, task.programId)}`,
        why: "After your contact, the applicant emails the program naming you briefly, so it hears one story.",
        dueAt: task.dueAt,
        overdue,
      });
    }
  }
  const claimable: AdvocateProgramRow[] = [];
  for (const row of advocateProgramRows(s, me, now, {})) {
    if (row.status === "ready") {
      const call = defaultChannel(s, row.programId) === "PHONE";
      actions.push({
        ...base(row.programId),
        kind: "contact",
        title: `${call ? "Call" : "Write to"} ${row.name}`,
        why: contactWhy(s, row),
        dueAt: null,
        overdue: false,
      });
    } else if (row.status === "waiting-for-applicant-email" && row.preview.action === "nudge" && !row.preview.refusal) {
      actions.push({
        ...base(row.programId),
        kind: "nudge",
        title: `Nudge ${name} to email ${row.name}`,
        why: `${name} applied, but has not emailed the program yet; you contact it after their email.`,
        dueAt: null,
        overdue: false,
      });
    } else if (row.status === "unclaimed" && row.connections.length > 0 && row.preview.action === "claim" && !row.preview.refusal) {
      claimable.push(row);
    }
  }
  const [only] = claimable;
  if (claimable.length === 1 && only) {
    actions.push({
      ...base(only.programId),
      kind: "claim",
      title: `Claim ${only.name}`,
      why: `Your connection: ${connectionWords(only)}. One advocate per program keeps one story.`,
      dueAt: null,
      overdue: false,
    });
  } else if (claimable.length > 1) {
    // Several claims on one list are one decision to make there, not a line each.
    const names = claimable.map((r) => r.name);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
    actions.push({
      applicantId: s.applicantId,
      applicantName: s.fullName,
      programId: null,
      programName: null,
      kind: "claim",
      title: `Claim the ${claimable.length} programs you have a connection to`,
      why: `${shown}. One advocate per program keeps one story.`,
      dueAt: null,
      overdue: false,
      href: `/advocate/applicants/${s.applicantId}#list-heading`,
    });
  }
  return actions;
}

/** The applicant's own email after `since` answers the follow-up (the task closes with it too). */
function applicantEmailedSince(s: ApplicantSnapshot, programId: string, since: Date): boolean {
  return (
    applicantEmailed(s, programId) &&
    s.contacts.some((c) => c.programId === programId && c.actorRole === "APPLICANT" && c.direction === "OUTBOUND" && c.occurredAt.getTime() > since.getTime())
  );
}

/** Every applicant's next actions for one advocate, the most consequential first. */
export function nextActions(snapshots: readonly ApplicantSnapshot[], me: AdvocateSelf, now: Date): NextAction[] {
  return snapshots
    .flatMap((s) => forApplicant(s, me, now))
    .sort((a, b) => weight(a) - weight(b) || (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
}
