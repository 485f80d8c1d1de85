// One program's timeline for the applicant: every touch by anyone on the applicant's side (with
// advocates' names), the program's own contacts, tasks, interviews and offers, oldest first.
import { sortTimeline, type TimelineEvent } from "@/lib/domain/applicant/timeline";
import { idSchema } from "@/lib/domain/schemas";
import type { Actor } from "../core/actor";
import type { Db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validate";
import { ownApplicantScope } from "../applicant/own-applicant-scope";

export async function getProgramTimeline(db: Db, actor: Actor, programIdInput: unknown) {
  const programId = parseInput(idSchema, programIdInput);
  const { schoolId, applicantId } = ownApplicantScope(actor, "timeline.view");
  return db.$transaction(async (tx) => {
    const program = await tx.program.findFirst({ where: { id: programId, schoolId } });
    if (!program) throw notFound("That program");
    const where = { schoolId, applicantId, programId };
    const target = await tx.target.findFirst({ where });
    const contacts = await tx.contact.findMany({ where, include: { actor: { select: { name: true } }, narrative: { select: { version: true } } } });
    const tasks = await tx.task.findMany({ where });
    const interviews = await tx.interview.findMany({ where });
    const offers = await tx.offer.findMany({ where });
    const claim = await tx.claim.findFirst({ where, include: { advocate: { select: { title: true, user: { select: { name: true } } } } } });
    if (!target && contacts.length === 0 && offers.length === 0 && interviews.length === 0) throw notFound("That program on your list");

    const events: TimelineEvent[] = [];
    if (target) {
      events.push({ kind: "target", id: `${target.id}-added`, at: target.createdAt, what: "added" });
      if (target.appliedAt) events.push({ kind: "target", id: `${target.id}-applied`, at: target.appliedAt, what: "applied" });
    }
    for (const c of contacts) {
      const who = c.direction === "INBOUND" ? program.name : c.actorRole === "APPLICANT" ? "You" : c.actor.name;
      events.push({
        kind: "contact",
        id: c.id,
        at: c.occurredAt,
        direction: c.direction,
        channel: c.channel,
        outcome: c.outcome,
        who,
        summary: c.summary,
        narrativeVersion: c.narrative?.version ?? null,
      });
    }
    for (const t of tasks)
      events.push({ kind: "task", id: t.id, at: t.createdAt, title: t.title, taskKind: t.kind, status: t.status, dueAt: t.dueAt, completedAt: t.completedAt });
    for (const i of interviews)
      events.push({ kind: "interview", id: i.id, at: i.startsAt, format: i.format, durationMinutes: i.durationMinutes, location: i.location });
    for (const o of offers) events.push({ kind: "offer", id: o.id, at: o.offeredAt, round: o.round, status: o.status, respondedAt: o.respondedAt });

    return {
      program,
      target: target ? { rank: target.rank, priority: target.priority, appliedAt: target.appliedAt } : null,
      advocate: claim ? { name: claim.advocate.user.name, title: claim.advocate.title } : null,
      events: sortTimeline(events),
    };
  });
}
