import "server-only";
// One applicant's whole record, for the dean's office to hand to them on request (the JSON and CSV
// downloads on the applicant's page): everything SOAP Desk holds about them, read in one
// consistent snapshot scoped by the school, and the download itself audited ("record.export").
import { auditActionLabel } from "@/lib/domain/audit-query";
import { RECORD_EXPORT } from "@/lib/domain/privacy/access-log";
import type { RecordFormat, SubjectRecord } from "@/lib/domain/privacy/subject-record";
import { RULE_CATALOG } from "@/lib/domain/rules/catalog";
import type { Actor } from "../core/actor";
import { authorizeApplicant } from "../auth/policy";
import { audit } from "../core/audit";
import type { Db } from "../core/db";

const program = { select: { name: true, nrmpCode: true } } as const;
const byName = { select: { name: true } } as const;

function ruleTitle(code: string): string {
  return Object.hasOwn(RULE_CATALOG, code) ? RULE_CATALOG[code as keyof typeof RULE_CATALOG].title : code;
}

export async function exportSubjectRecord(db: Db, actor: Actor, applicantId: string, format: RecordFormat, now: Date): Promise<SubjectRecord> {
  const { schoolId } = actor;
  return db.$transaction(
    async (tx) => {
      await authorizeApplicant(tx, actor, "applicant.export", applicantId);
      const mine = { schoolId, applicantId };
      const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
      const profile = await tx.applicantProfile.findFirstOrThrow({
        where: { id: applicantId, schoolId },
        include: { user: { select: { id: true, name: true, email: true } } },
      });
      const oldest = { orderBy: { createdAt: "asc" as const } };
      const redFlags = await tx.redFlag.findMany({ where: mine, ...oldest });
      const narratives = await tx.narrative.findMany({ where: mine, orderBy: { version: "asc" }, include: { author: byName } });
      const targets = await tx.target.findMany({ where: mine, orderBy: { rank: "asc" }, include: { program } });
      const contacts = await tx.contact.findMany({
        where: mine,
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        include: { program, actor: byName, narrative: { select: { version: true } } },
      });
      const tasks = await tx.task.findMany({ where: mine, ...oldest, include: { program } });
      const interviews = await tx.interview.findMany({ where: mine, orderBy: { startsAt: "asc" }, include: { program } });
      const offers = await tx.offer.findMany({ where: mine, orderBy: { offeredAt: "asc" }, include: { program } });
      const assignments = await tx.advocateAssignment.findMany({
        where: mine,
        orderBy: { assignedAt: "asc" },
        include: { advocate: { select: { title: true, user: byName } } },
      });
      const claims = await tx.claim.findMany({ where: mine, orderBy: { claimedAt: "asc" }, include: { program, advocate: { select: { user: byName } } } });
      const overrides = await tx.override.findMany({ where: mine, ...oldest, include: { program, createdBy: byName } });
      const invitations = await tx.invitation.findMany({
        where: { schoolId, role: "APPLICANT", email: { equals: profile.user.email, mode: "insensitive" } },
        ...oldest,
      });
      const notifications = await tx.notification.findMany({ where: { schoolId, userId: profile.userId }, ...oldest });
      const history = await tx.auditLog.findMany({
        where: { schoolId, applicantId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { action: true, createdAt: true, actor: byName },
      });

      await audit(tx, actor, { action: RECORD_EXPORT, entityType: "ApplicantProfile", entityId: applicantId, applicantId, after: { format } });

      return {
        exportedAt: now,
        school,
        applicant: {
          name: profile.user.name,
          email: profile.user.email,
          aamcId: profile.aamcId,
          degreeType: profile.degreeType,
          step2Score: profile.step2Score,
          specialty: profile.specialty,
          phone: profile.phone,
          phoneLoud: profile.phoneLoud,
          voicemailReady: profile.voicemailReady,
          erasUpdated: profile.erasUpdated,
          contactCurrent: profile.contactCurrent,
          createdAt: profile.createdAt,
        },
        redFlags: redFlags.map((f) => ({ kind: f.kind, context: f.context, createdAt: f.createdAt })),
        narratives: narratives.map((n) => ({
          version: n.version,
          strengths: n.strengths,
          weaknessContext: n.weaknessContext,
          reliability: n.reliability,
          author: n.author.name,
          savedAt: n.createdAt,
        })),
        targets: targets.map((t) => ({
          rank: t.rank,
          program: t.program.name,
          nrmpCode: t.program.nrmpCode,
          priority: t.priority,
          appliedAt: t.appliedAt,
          addedAt: t.createdAt,
        })),
        contacts: contacts.map((c) => ({
          occurredAt: c.occurredAt,
          program: c.program.name,
          by: c.actor.name,
          role: c.actorRole,
          direction: c.direction,
          channel: c.channel,
          outcome: c.outcome,
          summary: c.summary,
          narrativeVersion: c.narrative?.version ?? null,
        })),
        tasks: tasks.map((t) => ({
          kind: t.kind,
          status: t.status,
          title: t.title,
          program: t.program?.name ?? null,
          dueAt: t.dueAt,
          completedAt: t.completedAt,
        })),
        interviews: interviews.map((i) => ({
          program: i.program.name,
          startsAt: i.startsAt,
          durationMinutes: i.durationMinutes,
          format: i.format,
          location: i.location,
          notes: i.notes,
        })),
        offers: offers.map((o) => ({
          program: o.program.name,
          round: o.round,
          status: o.status,
          offeredAt: o.offeredAt,
          respondBy: o.respondBy,
          respondedAt: o.respondedAt,
        })),
        advocates: assignments.map((a) => ({
          name: a.advocate.user.name,
          title: a.advocate.title,
          active: a.active,
          assignedAt: a.assignedAt,
          endedAt: a.endedAt,
        })),
        claims: claims.map((c) => ({ program: c.program.name, advocate: c.advocate.user.name, claimedAt: c.claimedAt })),
        overrides: overrides.map((o) => ({
          rule: ruleTitle(o.ruleCode),
          program: o.program?.name ?? null,
          reason: o.reason,
          by: o.createdBy.name,
          createdAt: o.createdAt,
          usedAt: o.usedAt,
        })),
        invitations: invitations.map((i) => ({ email: i.email, name: i.name, createdAt: i.createdAt, acceptedAt: i.acceptedAt })),
        notifications: notifications.map((n) => ({ kind: n.kind, title: n.title, body: n.body, createdAt: n.createdAt, readAt: n.readAt })),
        history: history.map((h) => ({ at: h.createdAt, action: auditActionLabel(h.action), by: h.actor?.name ?? null })),
      };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
