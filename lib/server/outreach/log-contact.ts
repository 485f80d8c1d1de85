import "server-only";
// Logging a touch between our side and a program: the applicant's own emails and calls, an
// advocate's call or note, or the program reaching out (inbound). The rules decide; the follow-up
// or urgent-response task they call for is written in the same transaction.
import type { z } from "zod";
import { decideLogContact, type ContactActor } from "@/lib/domain/rules/decide/log-contact";
import { tasksAfterContact, tasksCompletedByContact, tasksToCancelAfterContact } from "@/lib/domain/rules/tasks";
import { logContactInput } from "@/lib/domain/schemas";
import { audit } from "../core/audit";
import type { TxClient } from "../core/db";
import { AppError } from "../core/errors";
import { programName } from "@/lib/domain/snapshot-queries";
import type { ApplicantSnapshot } from "@/lib/domain/snapshot";
import { commandApplicant, decideAndWrite } from "../use-case/decide-and-write";
import type { Admitted } from "../entry/admitted";
import { knownProgramIds } from "../target-list/known-program-ids";
import { notifyApplicantOfTasks } from "../notifications/notify-applicant";
import { scheduleTaskEscalation } from "../notifications/escalations";

async function contactActor(tx: TxClient, ctx: Admitted, programId: string): Promise<ContactActor> {
  const { actor } = ctx;
  if (actor.role === "APPLICANT") return { role: "APPLICANT" };
  if (!actor.advocateId) throw new AppError("FORBIDDEN", "Only applicants and advocates log contacts.");
  const advocate = await tx.advocateProfile.findFirst({
    where: { id: actor.advocateId, schoolId: actor.schoolId },
    select: { kind: true, connections: { where: { programId }, select: { id: true } } },
  });
  if (!advocate) throw new AppError("FORBIDDEN", "Your advocate profile was not found.");
  return { role: "ADVOCATE", advocateId: actor.advocateId, kind: advocate.kind, hasConnection: advocate.connections.length > 0 };
}

export const NARRATIVE_NOT_THEIRS = "That version of the story is not this applicant's. Reload the page, read the current story and log the contact again.";

async function narrativeUsed(tx: TxClient, schoolId: string, applicantId: string, versionId: string | undefined) {
  if (!versionId) return tx.narrative.findFirst({ where: { schoolId, applicantId }, orderBy: { version: "desc" }, select: { id: true } });
  const read = await tx.narrative.findFirst({ where: { id: versionId, schoolId, applicantId }, select: { id: true } });
  if (!read) throw new AppError("INVALID_INPUT", NARRATIVE_NOT_THEIRS, { fieldErrors: { narrativeVersionId: [NARRATIVE_NOT_THEIRS] } });
  return read;
}

export async function logContact(ctx: Admitted, data: z.output<typeof logContactInput>) {
  const applicantId = commandApplicant(ctx);
  let who: ContactActor = { role: "APPLICANT" };
  // The snapshot with the program added when it is not on the list yet: the tasks name it.
  let known: ApplicantSnapshot | null = null;
  return decideAndWrite(
    ctx,
    async (snapshot, now, tx) => {
      who = await contactActor(tx, ctx, data.programId);
      const scoped = await knownProgramIds(tx, ctx.actor.schoolId, snapshot, [data.programId]);
      known = scoped;
      const { programId, direction, channel, outcome, occurredAt } = data;
      return decideLogContact(scoped, { actor: who, programId, direction, channel, outcome, occurredAt }, now);
    },
    async ({ tx, snapshot: loaded, now }) => {
      const snapshot = known ?? loaded;
      const { schoolId } = ctx.actor;
      // Every advocate contact records the narrative version it used, so everyone tells the same
      // story: the one the advocate read (narrativeVersionId), else the latest.
      const narrative = who.role === "ADVOCATE" ? await narrativeUsed(tx, schoolId, applicantId, data.narrativeVersionId) : null;
      const contact = await tx.contact.create({
        data: {
          schoolId,
          applicantId,
          programId: data.programId,
          actorUserId: ctx.actor.userId,
          actorRole: who.role,
          advocateKind: who.role === "ADVOCATE" ? who.kind : null,
          direction: data.direction,
          channel: data.channel,
          outcome: data.outcome,
          occurredAt: data.occurredAt,
          summary: data.summary,
          narrativeVersionId: narrative?.id ?? null,
          createdAt: now,
        },
      });
      await audit(tx, ctx.actor, { action: "contact.log", entityType: "Contact", entityId: contact.id, applicantId, after: contact });

      const logged = {
        actorRole: who.role,
        advocateId: who.role === "ADVOCATE" ? who.advocateId : null,
        programId: data.programId,
        direction: data.direction,
        channel: data.channel,
        outcome: data.outcome,
      };
      const cancelIds = tasksToCancelAfterContact(snapshot, logged);
      if (cancelIds.length > 0) {
        await tx.task.updateMany({ where: { id: { in: cancelIds }, schoolId, applicantId, status: "OPEN" }, data: { status: "CANCELLED", completedAt: now } });
        for (const id of cancelIds)
          await audit(tx, ctx.actor, { action: "task.cancel", entityType: "Task", entityId: id, applicantId, reason: "Program declined" });
      }
      const doneIds = tasksCompletedByContact(snapshot, logged);
      if (doneIds.length > 0) {
        await tx.task.updateMany({ where: { id: { in: doneIds }, schoolId, applicantId, status: "OPEN" }, data: { status: "DONE", completedAt: now } });
        for (const id of doneIds)
          await audit(tx, ctx.actor, { action: "task.complete", entityType: "Task", entityId: id, applicantId, reason: "The applicant emailed the program" });
      }
      const tasks = [];
      for (const draft of tasksAfterContact(snapshot, logged, now)) {
        const task = await tx.task.create({
          data: {
            schoolId,
            applicantId,
            programId: draft.programId,
            sourceContactId: contact.id,
            kind: draft.kind,
            title: draft.title,
            dueAt: draft.dueAt,
            createdAt: now,
          },
        });
        await audit(tx, ctx.actor, { action: "task.create", entityType: "Task", entityId: task.id, applicantId, after: task });
        await scheduleTaskEscalation(tx, task, data.direction === "INBOUND", now);
        tasks.push(task);
      }
      // A task someone else made for the applicant is also an email and an in-app notification.
      if (who.role === "ADVOCATE") await notifyApplicantOfTasks(tx, ctx.actor, applicantId, tasks, programName(snapshot, data.programId), now);
      return { contact, tasks };
    },
  );
}
