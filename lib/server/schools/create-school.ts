import "server-only";
// A school's IT creates the school and invites its first dean's office person (`npm run
// school:create`). One transaction writes the school, its default policy and season (the same as
// the demo seed's: school-defaults.ts), the invitation and the audit rows; a refusal (a name or
// slug already taken, an address already in use) writes nothing. The invitation goes through the
// same delivery as the dean's office's own: emailed when SMTP is set up. Its one-time link is
// returned either way, for the command to print: only its hash is stored.
import type { Db } from "@/lib/server/core/db";
import { isUniqueViolation } from "@/lib/server/core/errors";
import { audit, type AuditActor } from "@/lib/server/core/audit";
import { invitationExpiresAt } from "@/lib/domain/invitations";
import type { CreateSchoolArgs } from "@/lib/domain/school-create";
import { invitationUrl, newInvitationToken } from "@/lib/server/invitations/invitation-token";
import { deliverInvitation, type DeliveryResult, type InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import { insertSchool, takenMeanwhile } from "./insert-school";

export type CreatedSchool = {
  schoolId: string;
  name: string;
  slug: string;
  invitationId: string;
  /** The dean's one-time invitation link on the public origin. */
  link: string;
} & DeliveryResult;

export async function createSchool(db: Db, args: CreateSchoolArgs, delivery: InvitationDelivery, now: Date): Promise<CreatedSchool> {
  const { token, tokenHash } = newInvitationToken();
  let created: { schoolId: string; invitationId: string };
  try {
    created = await db.$transaction(async (tx) => {
      const { schoolId } = await insertSchool(
        tx,
        args,
        args.dean,
        {
          otherSlug: "choose another with --slug",
          otherDean: "name another address with --dean",
          reason: "Created with npm run school:create",
        },
        now,
      );
      const invitation = await tx.invitation.create({
        data: {
          schoolId: schoolId,
          email: args.dean.email,
          name: args.dean.name,
          role: "DEAN",
          tokenHash,
          expiresAt: invitationExpiresAt(now),
          invitedById: null,
        },
        select: { id: true },
      });
      const command: AuditActor = { schoolId: schoolId, userId: null };
      await audit(tx, command, { action: "invitation.create", entityType: "Invitation", entityId: invitation.id, after: { ...args.dean, role: "DEAN" } });
      return { schoolId: schoolId, invitationId: invitation.id };
    });
  } catch (error) {
    // Another change took the slug or the address between the checks and the insert.
    if (isUniqueViolation(error)) throw takenMeanwhile(args.slug, args.dean.email);
    throw error;
  }
  const sent = await deliverInvitation(db, { schoolId: created.schoolId, userId: null }, created.invitationId, token, delivery, now);
  return { ...created, name: args.name, slug: args.slug, link: invitationUrl(delivery.origin, token), ...sent };
}
