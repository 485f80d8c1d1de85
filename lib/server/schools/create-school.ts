// A school's IT creates the school and invites its first dean's office person (`npm run
// school:create`). One transaction writes the school, its default policy and season (the same as
// the demo seed's: school-defaults.ts), the invitation and the audit rows; a refusal (a name or
// slug already taken, an address already in use) writes nothing. The invitation goes through the
// same delivery as the dean's office's own: emailed when SMTP is set up. Its one-time link is
// returned either way, for the command to print: only its hash is stored.
import type { Db } from "@/lib/server/core/db";
import { AppError, isUniqueViolation } from "@/lib/server/core/errors";
import { audit, type AuditActor } from "@/lib/server/core/audit";
import { invitationExpiresAt } from "@/lib/domain/invitations";
import type { CreateSchoolArgs } from "@/lib/domain/school-create";
import { invitationUrl, newInvitationToken } from "@/lib/server/invitations/invitation-token";
import { deliverInvitation, type DeliveryResult, type InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import { writeSchoolDefaults } from "./school-defaults";

export type CreatedSchool = {
  schoolId: string;
  name: string;
  slug: string;
  invitationId: string;
  /** The dean's one-time invitation link on the public origin. */
  link: string;
} & DeliveryResult;

const refused = (message: string) => new AppError("CONFLICT", message);

export async function createSchool(db: Db, args: CreateSchoolArgs, delivery: InvitationDelivery, now: Date): Promise<CreatedSchool> {
  const { token, tokenHash } = newInvitationToken();
  let created: { schoolId: string; invitationId: string };
  try {
    created = await db.$transaction(async (tx) => {
      // One creation at a time: two runs with the same name cannot both find it free.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('soap-desk:school-create', 0))`;
      const sameName = await tx.school.findFirst({ where: { name: { equals: args.name, mode: "insensitive" } }, select: { name: true, slug: true } });
      if (sameName) throw refused(`A school named "${sameName.name}" already exists (slug "${sameName.slug}"): nothing was created.`);
      if (await tx.school.findUnique({ where: { slug: args.slug }, select: { id: true } }))
        throw refused(`A school with the slug "${args.slug}" already exists: choose another with --slug.`);
      const email = { equals: args.dean.email, mode: "insensitive" } as const;
      const inUse = (await tx.user.count({ where: { email } })) + (await tx.invitation.count({ where: { email, acceptedAt: null } }));
      if (inUse > 0) throw refused(`${args.dean.email} is already in use on SOAP Desk: name another address with --dean.`);

      const school = await tx.school.create({ data: { name: args.name, slug: args.slug, timeZone: args.timeZone }, select: { id: true } });
      const season = await writeSchoolDefaults(tx, school.id);
      const invitation = await tx.invitation.create({
        data: {
          schoolId: school.id,
          email: args.dean.email,
          name: args.dean.name,
          role: "DEAN",
          tokenHash,
          expiresAt: invitationExpiresAt(now),
          invitedById: null,
        },
        select: { id: true },
      });
      const command: AuditActor = { schoolId: school.id, userId: null };
      await audit(tx, command, {
        action: "school.create",
        entityType: "School",
        entityId: school.id,
        after: { name: args.name, slug: args.slug, timeZone: args.timeZone, season: season.name, firstDean: args.dean.email },
        reason: "Created with npm run school:create",
      });
      await audit(tx, command, { action: "invitation.create", entityType: "Invitation", entityId: invitation.id, after: { ...args.dean, role: "DEAN" } });
      return { schoolId: school.id, invitationId: invitation.id };
    });
  } catch (error) {
    // Another change took the slug or the address between the checks and the insert.
    if (isUniqueViolation(error))
      throw refused(`The slug "${args.slug}" or ${args.dean.email} was taken a moment ago: nothing was created; run the command again.`);
    throw error;
  }
  const sent = await deliverInvitation(db, { schoolId: created.schoolId, userId: null }, created.invitationId, token, delivery, now);
  return { ...created, name: args.name, slug: args.slug, link: invitationUrl(delivery.origin, token), ...sent };
}
