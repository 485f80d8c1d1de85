import "server-only";
// The rows of one applicant's history with one program, turned into timeline events, oldest first.
// Shared by the applicant's and the advocate's program pages; each loads only what its reader may see.
import { sortTimeline, type TimelineEvent } from "@/lib/domain/applicant/timeline";
import type { ActorRole, ContactChannel, ContactDirection, ContactOutcome, InterviewFormat, OfferStatus, TaskKind, TaskStatus } from "@/lib/domain/types";

export interface ProgramHistory {
  target: { id: string; createdAt: Date; appliedAt: Date | null } | null;
  contacts: {
    id: string;
    occurredAt: Date;
    direction: ContactDirection;
    channel: ContactChannel;
    outcome: ContactOutcome;
    actorRole: ActorRole;
    summary: string;
    actor: { name: string };
    narrative: { version: number } | null;
  }[];
  tasks: { id: string; createdAt: Date; title: string; kind: TaskKind; status: TaskStatus; dueAt: Date; completedAt: Date | null }[];
  interviews: { id: string; startsAt: Date; format: InterviewFormat; durationMinutes: number; location: string }[];
  offers: { id: string; offeredAt: Date; round: number; status: OfferStatus; respondedAt: Date | null }[];
}

/** `applicantLabel`: how the applicant's own contacts are named ("You" for the applicant). */
export function programEvents(programName: string, applicantLabel: string, h: ProgramHistory): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (h.target) {
    events.push({ kind: "target", id: `${h.target.id}-added`, at: h.target.createdAt, what: "added" });
    if (h.target.appliedAt) events.push({ kind: "target", id: `${h.target.id}-applied`, at: h.target.appliedAt, what: "applied" });
  }
  for (const c of h.contacts) {
    const who = c.direction === "INBOUND" ? programName : c.actorRole === "APPLICANT" ? applicantLabel : c.actor.name;
    events.push({
      kind: "contact",
      id: c.id,
      at: c.occurredAt,
      direction: c.direction,
      channel: c.channel,
      outcome: c.outcome,
      who,
      actorRole: c.actorRole,
      summary: c.summary,
      narrativeVersion: c.narrative?.version ?? null,
    });
  }
  for (const t of h.tasks)
    events.push({ kind: "task", id: t.id, at: t.createdAt, title: t.title, taskKind: t.kind, status: t.status, dueAt: t.dueAt, completedAt: t.completedAt });
  for (const i of h.interviews)
    events.push({ kind: "interview", id: i.id, at: i.startsAt, format: i.format, durationMinutes: i.durationMinutes, location: i.location });
  for (const o of h.offers) events.push({ kind: "offer", id: o.id, at: o.offeredAt, round: o.round, status: o.status, respondedAt: o.respondedAt });
  return sortTimeline(events);
}
