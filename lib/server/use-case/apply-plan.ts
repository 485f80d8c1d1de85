import "server-only";
// The one step that writes a command's plan (lib/domain/plans/plan.ts), inside the transaction
// that locked the applicant: each row in order (contacts held back to go with the audit entries,
// unless a write that may point at them comes first), then every audit entry in one statement,
// then the notifications and the timed jobs the plan names. Nothing here decides anything.
import { ROW, type Plan, type PlannedAudit, type PlannedWrite } from "@/lib/domain/plans/plan";
import type { Policy } from "@/lib/domain/types";
import type { Actor } from "../core/actor";
import { auditRows, type AuditEntry } from "../core/audit";
import { sqlRows, type TxClient } from "../core/db";
import { newRowId } from "../core/row-id";
import type { Contact } from "@/lib/generated/prisma/client";
import { notifyApplicantOfTasks } from "../notifications/notify-applicant";
import { scheduleOfferDeadline, scheduleTaskEscalation } from "../notifications/escalations";

export interface PlanScope {
  tx: TxClient;
  actor: Actor;
  applicantId: string;
  now: Date;
  policy: Policy;
}

type Row = { id: string } & Record<string, unknown>;

/** The rows a plan wrote, by the refs it gave them. */
export class Applied {
  private readonly byRef = new Map<string, Row>();

  set(ref: string, row: Row) {
    this.byRef.set(ref, row);
  }

  row<T = Row>(ref: string): T {
    const row = this.byRef.get(ref);
    if (!row) throw new Error(`The plan wrote no row "${ref}".`);
    return row as unknown as T;
  }

  /** Every row whose ref starts with `prefix`, in the order written. */
  rows<T = Row>(prefix: string): T[] {
    return [...this.byRef].filter(([ref]) => ref.startsWith(prefix)).map(([, row]) => row as unknown as T);
  }
}

export async function applyPlan(scope: PlanScope, plan: Plan): Promise<Applied> {
  const applied = new Applied();
  const audits: AuditEntry[] = [];
  // Contacts wait to go with the audit entries, in one statement. A write that may point at them
  // (a task's source contact) comes after them: they are written before it. Closing open tasks
  // points at no new row.
  const contacts: Contact[] = [];
  for (const write of plan.writes) {
    if (write.op === "contact.create") {
      const contact = contactRow({
        schoolId: scope.actor.schoolId,
        applicantId: scope.applicantId,
        actorUserId: scope.actor.userId,
        ...write.contact,
        createdAt: scope.now,
      });
      contacts.push(contact);
      applied.set(write.ref, contact);
      audits.push(entry(write.audit, "Contact", contact.id, scope.applicantId, contact));
      continue;
    }
    if (write.op !== "tasks.close") await insertContacts(scope.tx, contacts.splice(0));
    await applyWrite(scope, write, applied, audits);
  }
  if (audits.length > 0) await auditRows(scope.tx, scope.actor, audits, contacts.length > 0 ? insertContactsClause(contacts) : undefined);
  else await insertContacts(scope.tx, contacts);
  for (const notification of plan.notifications) {
    const tasks = notification.taskRefs.map((ref) => applied.row<{ id: string; kind: never; title: string; dueAt: Date }>(ref));
    await notifyApplicantOfTasks(scope.tx, scope.actor, scope.applicantId, tasks, notification.programName, scope.now);
  }
  for (const job of plan.jobs) {
    if (job.kind === "task-escalation") {
      await scheduleTaskEscalation(scope.tx, applied.row<{ id: string; kind: string; dueAt: Date }>(job.taskRef), job.fromInboundCall, scope.now);
    } else {
      await scheduleOfferDeadline(scope.tx, applied.row<{ id: string; respondBy: Date | null }>(job.offerRef), scope.policy, scope.now);
    }
  }
  return applied;
}

function entry(audit: PlannedAudit, entityType: string, entityId: string, applicantId: string, row?: Row): AuditEntry {
  return {
    action: audit.action,
    entityType,
    entityId,
    applicantId,
    before: audit.before === ROW ? row : audit.before,
    after: audit.after === ROW ? row : audit.after,
    reason: audit.reason ?? null,
  };
}

async function applyWrite({ tx, actor, applicantId, now }: PlanScope, write: PlannedWrite, applied: Applied, audits: AuditEntry[]) {
  const { schoolId } = actor;
  switch (write.op) {
    case "overrides.use": {
      await tx.override.updateMany({ where: { id: { in: write.overrideIds }, schoolId }, data: { usedAt: now } });
      for (const id of write.overrideIds) audits.push({ action: "override.used", entityType: "Override", entityId: id, applicantId });
      return;
    }
    case "task.create": {
      const { sourceContactRef, ...task } = write.task;
      const created = await tx.task.create({
        data: { schoolId, applicantId, ...task, ...(sourceContactRef ? { sourceContactId: applied.row(sourceContactRef).id } : {}), createdAt: now },
      });
      applied.set(write.ref, created);
      audits.push(entry(write.audit, "Task", created.id, applicantId, created));
      return;
    }
    case "tasks.close": {
      if (write.taskIds.length === 0) return;
      await tx.task.updateMany({
        where: { id: { in: write.taskIds }, schoolId, applicantId, status: "OPEN" },
        data: { status: write.status, completedAt: now },
      });
      for (const id of write.taskIds) audits.push(entry(write.audit, "Task", id, applicantId));
      return;
    }
    case "claim.create": {
      const claim = await tx.claim.create({
        data: { schoolId, applicantId, programId: write.programId, advocateId: write.advocateId, claimedAt: now, overrideId: write.overrideId },
      });
      applied.set(`claim:${write.programId}`, claim);
      audits.push(entry(write.audit, "Claim", claim.id, applicantId, claim));
      return;
    }
    case "claim.delete": {
      const claim = await tx.claim.delete({ where: { applicantId_programId: { applicantId, programId: write.programId }, schoolId } });
      applied.set(`claim:${write.programId}`, claim);
      audits.push(entry(write.audit, "Claim", claim.id, applicantId, claim));
      return;
    }
    case "target.create": {
      const target = await tx.target.create({ data: { schoolId, applicantId, programId: write.programId, rank: write.rank } });
      applied.set(`target:${write.programId}`, target);
      audits.push(entry(write.audit, "Target", target.id, applicantId, target));
      return;
    }
    case "target.delete": {
      const target = await tx.target.delete({ where: { applicantId_programId: { applicantId, programId: write.programId }, schoolId } });
      applied.set(`target:${write.programId}`, target);
      audits.push(entry(write.audit, "Target", target.id, applicantId, target));
      return;
    }
    case "target.ranks": {
      for (const { programId, rank } of write.ranks) {
        await tx.target.update({ where: { applicantId_programId: { applicantId, programId }, schoolId }, data: { rank }, select: { id: true } });
      }
      return;
    }
    case "task.done": {
      const task = await tx.task.update({ where: { id: write.taskId, schoolId, applicantId }, data: { status: "DONE", completedAt: now } });
      applied.set(write.ref, task);
      audits.push(entry(write.audit, "Task", task.id, applicantId, task));
      return;
    }
    case "interview.create": {
      const interview = await tx.interview.create({ data: { schoolId, applicantId, ...write.interview, createdAt: now } });
      applied.set("interview", interview);
      audits.push(entry(write.audit, "Interview", interview.id, applicantId, interview));
      return;
    }
    case "offer.create": {
      const offer = await tx.offer.create({ data: { schoolId, applicantId, ...write.offer, createdAt: now } });
      applied.set(write.ref, offer);
      audits.push(entry(write.audit, "Offer", offer.id, applicantId, offer));
      return;
    }
    case "offer.update": {
      const offer = await tx.offer.update({ where: { id: write.offerId, schoolId, applicantId }, data: { status: write.status, respondedAt: now } });
      applied.set(write.ref, offer);
      audits.push(entry(write.audit, "Offer", offer.id, applicantId, offer));
      return;
    }
    case "assignment.upsert": {
      const { advocateId } = write;
      const assignment = await tx.advocateAssignment.upsert({
        where: { applicantId_advocateId: { applicantId, advocateId }, schoolId },
        create: { schoolId, applicantId, advocateId, assignedAt: now, active: true },
        update: { active: true, assignedAt: now, endedAt: null },
      });
      applied.set("assignment", assignment);
      audits.push(entry(write.audit, "AdvocateAssignment", assignment.id, applicantId, { ...assignment, advocateName: write.advocateName }));
      return;
    }
    case "assignment.end": {
      const assignment = await tx.advocateAssignment.update({
        where: { applicantId_advocateId: { applicantId, advocateId: write.advocateId }, schoolId },
        data: { active: false, endedAt: now },
      });
      applied.set("assignment", assignment);
      audits.push(entry(write.audit, "AdvocateAssignment", assignment.id, applicantId, assignment));
      return;
    }
    case "narrative.create": {
      const narrative = await tx.narrative.create({ data: { schoolId, applicantId, ...write.narrative, authorUserId: actor.userId } });
      applied.set("narrative", narrative);
      audits.push(entry(write.audit, "Narrative", narrative.id, applicantId, narrative));
      return;
    }
    case "checklist.update": {
      const checklist = await tx.applicantProfile.update({
        where: { id: applicantId, schoolId },
        data: write.checklist,
        select: { phoneLoud: true, voicemailReady: true, erasUpdated: true, contactCurrent: true },
      });
      applied.set("checklist", { id: applicantId, ...checklist });
      audits.push(entry(write.audit, "ApplicantProfile", applicantId, applicantId));
      return;
    }
    case "profile.update": {
      const profile = await tx.applicantProfile.update({
        where: { id: applicantId, schoolId },
        data: write.profile,
        select: { aamcId: true, degreeType: true, step2Score: true, specialty: true, phone: true },
      });
      await tx.redFlag.deleteMany({ where: { schoolId, applicantId } });
      if (write.redFlags.length > 0) await tx.redFlag.createMany({ data: write.redFlags.map((flag) => ({ schoolId, applicantId, ...flag })) });
      applied.set("profile", { id: applicantId, ...profile });
      audits.push(entry(write.audit, "ApplicantProfile", applicantId, applicantId));
      return;
    }
    case "audit": {
      audits.push(entry(write.audit, write.entityType, write.entityId, applicantId));
      return;
    }
    case "target.update": {
      const target = await tx.target.update({ where: { applicantId_programId: { applicantId, programId: write.programId }, schoolId }, data: write.data });
      applied.set(`target:${write.programId}`, target);
      audits.push(entry(write.audit, "Target", target.id, applicantId, target));
      return;
    }
  }
}

/**
 * The contact, the one row every outreach command writes, as Prisma would give it back (its audit
 * entry keeps it). It is written by a hand-written statement on the transaction's own connection
 * (sqlRows): with the command's audit entries, as their statement's WITH clause, or on its own.
 */
function contactRow(data: Omit<Contact, "id" | "updatedAt">): Contact {
  return {
    id: newRowId(),
    schoolId: data.schoolId,
    applicantId: data.applicantId,
    programId: data.programId,
    actorUserId: data.actorUserId,
    actorRole: data.actorRole,
    advocateKind: data.advocateKind,
    direction: data.direction,
    channel: data.channel,
    occurredAt: data.occurredAt,
    summary: data.summary,
    outcome: data.outcome,
    narrativeVersionId: data.narrativeVersionId,
    createdAt: data.createdAt,
    updatedAt: new Date(),
  };
}

/**
 * The contacts as one INSERT, its rows a JSON array in $1 (Contact's fields). Instants go as ISO
 * strings in UTC, read into the timestamp-without-time-zone columns as they are: node-postgres
 * would write a Date in the process's zone.
 */
function insertContactsClause(contacts: Contact[]): { name: string; text: string; values: unknown[] } {
  return {
    name: "soap_desk_insert_contacts",
    text: INSERT_CONTACTS_SQL,
    values: [JSON.stringify(contacts)],
  };
}

const INSERT_CONTACTS_SQL = `INSERT INTO contacts (id, school_id, applicant_id, program_id, actor_user_id, actor_role, advocate_kind, direction, channel,
    occurred_at, summary, outcome, narrative_version_id, created_at, updated_at)
  SELECT r."id", r."schoolId", r."applicantId", r."programId", r."actorUserId", r."actorRole", r."advocateKind", r."direction", r."channel",
    r."occurredAt", r."summary", r."outcome", r."narrativeVersionId", r."createdAt", r."updatedAt"
  FROM json_to_recordset($1::json) AS r("id" text, "schoolId" text, "applicantId" text, "programId" text, "actorUserId" text,
    "actorRole" "ActorRole", "advocateKind" "AdvocateKind", "direction" "ContactDirection", "channel" "ContactChannel",
    "occurredAt" timestamp(3), "summary" text, "outcome" "ContactOutcome", "narrativeVersionId" text, "createdAt" timestamp(3), "updatedAt" timestamp(3))`;

async function insertContacts(tx: TxClient, contacts: Contact[]): Promise<void> {
  if (contacts.length === 0) return;
  await sqlRows(tx, insertContactsClause(contacts));
}
