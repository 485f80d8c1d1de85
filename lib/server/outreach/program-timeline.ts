import "server-only";
// One program's timeline for the applicant: every touch by anyone on the applicant's side (with
// advocates' names), the program's own contacts, tasks, interviews and offers, oldest first.
import { programEvents } from "./program-events";
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

    const events = programEvents(program.name, "You", { target, contacts, tasks, interviews, offers });

    return {
      program,
      target: target ? { rank: target.rank, priority: target.priority, appliedAt: target.appliedAt } : null,
      advocate: claim ? { name: claim.advocate.user.name, title: claim.advocate.title } : null,
      events,
    };
  });
}
