import "server-only";
// What the retention job removes, and the removal itself, inside its transaction. A season's
// applicants are those whose profile was made by the end of its window (next season's, invited
// later, stay). Their profiles go with everything hanging off them (red flags, narratives,
// contacts and their notes, targets, claims, tasks, interviews, offers, overrides, assignments);
// their applicant invitations, sessions, linked accounts, unused sign-in links, sign-in attempts,
// devices and notification choices go; the notifications about them or to them, and their
// emails, go; their user row stays only as an id with no name or address (the audit log's rows
// name it as who did what). The audit log's rows about them keep who, what and when, and lose
// their before/after values and reasons (the one redaction the log allows, see the migration).
import { Prisma } from "@/lib/generated/prisma/client";
import type { RemovalCounts } from "@/lib/domain/privacy/retention";
import type { TxClient } from "../core/db";

export interface RemovalScope {
  applicantIds: string[];
  userIds: string[];
  /** Their addresses, from their accounts and from their invitations. */
  emails: string[];
  invitationIds: string[];
}

const DAY_MS = 86_400_000;

export async function loadRemovalScope(tx: TxClient, schoolId: string, seasonEndsAt: Date): Promise<RemovalScope> {
  const profiles = await tx.applicantProfile.findMany({
    where: { schoolId, createdAt: { lte: seasonEndsAt } },
    select: { id: true, userId: true, user: { select: { email: true } } },
  });
  const invitations = await tx.invitation.findMany({
    where: { schoolId, role: "APPLICANT", createdAt: { lte: seasonEndsAt } },
    select: { id: true, email: true },
  });
  const emails = new Set([...profiles.map((p) => p.user.email), ...invitations.map((i) => i.email)]);
  return {
    applicantIds: profiles.map((p) => p.id),
    userIds: profiles.map((p) => p.userId),
    emails: [...emails],
    invitationIds: invitations.map((i) => i.id),
  };
}

/** The notifications that name the applicants: about them, to them, and the advocates' morning summaries of that season. */
function notificationsWhere(schoolId: string, scope: RemovalScope, seasonEndsAt: Date) {
  return {
    schoolId,
    OR: [
      { applicantId: { in: scope.applicantIds } },
      { userId: { in: scope.userIds } },
      { kind: "MORNING_SUMMARY" as const, createdAt: { lte: new Date(seasonEndsAt.getTime() + DAY_MS) } },
    ],
  };
}

const signInKeys = (emails: string[]) => emails.flatMap((email) => [`magic-link:email:${email}`, `magic-link:email:${email.toLowerCase()}`]);

/** What the removal would take now: the notice's numbers. */
export async function countRemoval(tx: TxClient, schoolId: string, scope: RemovalScope, seasonEndsAt: Date): Promise<RemovalCounts> {
  const applicant = { schoolId, applicantId: { in: scope.applicantIds } };
  const [sessions, accounts, tokens] = [
    await tx.session.count({ where: { userId: { in: scope.userIds } } }),
    await tx.account.count({ where: { userId: { in: scope.userIds } } }),
    await tx.verificationToken.count({ where: { identifier: { in: scope.emails } } }),
  ];
  return {
    applicants: scope.applicantIds.length,
    redFlags: await tx.redFlag.count({ where: applicant }),
    narratives: await tx.narrative.count({ where: applicant }),
    contacts: await tx.contact.count({ where: applicant }),
    invitations: scope.invitationIds.length,
    signInRecords: sessions + accounts + tokens,
    notifications: await tx.notification.count({ where: notificationsWhere(schoolId, scope, seasonEndsAt) }),
    auditEntries: await countAuditRows(tx, schoolId, scope),
  };
}

/** The audit rows about these applicants (or by them, or about their accounts and invitations) that still hold more than a programId. */
function auditRowsAbout(schoolId: string, scope: RemovalScope): Prisma.Sql {
  return Prisma.sql`
    WHERE school_id = ${schoolId}
      AND (applicant_id = ANY(${scope.applicantIds}::text[]) OR actor_user_id = ANY(${scope.userIds}::text[])
        OR (entity_type = 'User' AND entity_id = ANY(${scope.userIds}::text[]))
        OR (entity_type = 'Invitation' AND entity_id = ANY(${scope.invitationIds}::text[])))
      AND ("before" IS NOT NULL OR reason IS NOT NULL
        OR ("after" IS NOT NULL AND "after" IS DISTINCT FROM jsonb_build_object('programId', "after" -> 'programId')))`;
}

async function countAuditRows(tx: TxClient, schoolId: string, scope: RemovalScope): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM audit_logs ${auditRowsAbout(schoolId, scope)}`;
  return row?.n ?? 0;
}

/** The removal, in the caller's transaction; returns what it took. */
export async function removePersonalData(tx: TxClient, schoolId: string, scope: RemovalScope, seasonEndsAt: Date): Promise<RemovalCounts> {
  const { applicantIds, userIds, emails } = scope;
  const applicant = { schoolId, applicantId: { in: applicantIds } };

  // The audit log first, while the rows it names are all still there to count.
  const auditEntries = await redactAuditRows(tx, schoolId, scope);

  // By their filter, never by a list of ids: a school's season may leave more notifications than
  // one statement can name.
  const naming = notificationsWhere(schoolId, scope, seasonEndsAt);
  await tx.outboxEmail.deleteMany({ where: { OR: [{ notification: naming }, { toAddress: { in: emails } }] } });
  const notifications = await tx.notification.deleteMany({ where: naming });

  const sessions = await tx.session.deleteMany({ where: { userId: { in: userIds } } });
  const accounts = await tx.account.deleteMany({ where: { userId: { in: userIds } } });
  const tokens = await tx.verificationToken.deleteMany({ where: { identifier: { in: emails } } });
  await tx.signInAttempt.deleteMany({ where: { key: { in: signInKeys(emails) } } });
  await tx.pushSubscription.deleteMany({ where: { schoolId, userId: { in: userIds } } });
  await tx.notificationPreference.deleteMany({ where: { schoolId, userId: { in: userIds } } });

  const redFlags = await tx.redFlag.deleteMany({ where: applicant });
  // Contacts name the narrative version they used, so they go first.
  const contacts = await tx.contact.deleteMany({ where: applicant });
  await tx.task.deleteMany({ where: applicant });
  await tx.claim.deleteMany({ where: applicant });
  await tx.override.deleteMany({ where: applicant });
  await tx.interview.deleteMany({ where: applicant });
  await tx.offer.deleteMany({ where: applicant });
  await tx.target.deleteMany({ where: applicant });
  await tx.advocateAssignment.deleteMany({ where: applicant });
  const narratives = await tx.narrative.deleteMany({ where: applicant });
  await tx.applicantProfile.deleteMany({ where: { schoolId, id: { in: applicantIds } } });
  const invitations = await tx.invitation.deleteMany({ where: { schoolId, id: { in: scope.invitationIds } } });

  // Each address must stay unique, so each becomes one that names only the row's id.
  await tx.$executeRaw`
    UPDATE users
    SET name = 'Removed applicant', email = 'removed-' || id || '@removed.invalid', email_verified = NULL, image = NULL, is_demo = false, updated_at = now()
    WHERE school_id = ${schoolId} AND id = ANY(${userIds}::text[])`;

  return {
    applicants: applicantIds.length,
    redFlags: redFlags.count,
    narratives: narratives.count,
    contacts: contacts.count,
    invitations: invitations.count,
    signInRecords: sessions.count + accounts.count + tokens.count,
    notifications: notifications.count,
    auditEntries,
  };
}

/** Empties before and reason and reduces after to its programId, on the rows about these applicants that still hold more. */
async function redactAuditRows(tx: TxClient, schoolId: string, scope: RemovalScope): Promise<number> {
  await tx.$executeRaw`SELECT set_config('soap_desk.audit_redaction', 'on', true)`;
  const redacted = await tx.$executeRaw`
    UPDATE audit_logs
    SET "before" = NULL, reason = NULL,
        "after" = CASE WHEN "after" -> 'programId' IS NOT NULL THEN jsonb_build_object('programId', "after" -> 'programId') END
    ${auditRowsAbout(schoolId, scope)}`;
  await tx.$executeRaw`SELECT set_config('soap_desk.audit_redaction', 'off', true)`;
  return redacted;
}
