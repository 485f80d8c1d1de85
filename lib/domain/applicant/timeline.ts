// One program's history for the applicant, in time order: every touch by anyone on the applicant's
// side, the program's own calls, tasks, interviews and offers.
import type { ContactChannel, ContactDirection, ContactOutcome, InterviewFormat, OfferStatus, TaskKind, TaskStatus } from "../types";

export type TimelineEvent =
  | {
      kind: "contact";
      id: string;
      at: Date;
      direction: ContactDirection;
      channel: ContactChannel;
      outcome: ContactOutcome;
      /** "You", the advocate's name, or the program for inbound contacts. */
      who: string;
      actorRole: "APPLICANT" | "ADVOCATE";
      summary: string;
      narrativeVersion: number | null;
    }
  | { kind: "task"; id: string; at: Date; title: string; taskKind: TaskKind; status: TaskStatus; dueAt: Date; completedAt: Date | null }
  | { kind: "interview"; id: string; at: Date; format: InterviewFormat; durationMinutes: number; location: string }
  | { kind: "offer"; id: string; at: Date; round: number; status: OfferStatus; respondedAt: Date | null }
  | { kind: "target"; id: string; at: Date; what: "added" | "applied" };

const ORDER: Record<TimelineEvent["kind"], number> = { target: 0, contact: 1, task: 2, interview: 3, offer: 4 };

/** Oldest first; ties keep a stable, meaningful order (a contact before the task it created). */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id));
}

export const CHANNEL_LABELS: Record<ContactChannel, string> = { EMAIL: "Email", PHONE: "Phone", VOICEMAIL: "Voicemail", VIDEO: "Video" };

export const OUTCOME_LABELS: Record<ContactOutcome, string> = {
  SENT: "sent",
  NO_ANSWER: "no answer",
  LEFT_VOICEMAIL: "left a voicemail",
  SPOKE: "spoke",
  INTERVIEW_OFFERED: "interview offered",
  DECLINED: "declined",
  OTHER: "other",
};
