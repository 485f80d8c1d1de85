import "server-only";
// The dean's office invites an applicant or a faculty advocate by email. The checks and the
// insert share one transaction, serialized per address and per AAMC ID, and the partial unique
// index on pending addresses backs them up; the email goes out after the commit. Without an email
// server (no SMTP configured) the answer carries the link instead, for the dean's office to pass on
// another way: only its hash is stored, so this answer is the one time anyone can see it.
import type { UseCaseContext } from "@/lib/server/use-case/run-command";
import type { TxClient } from "@/lib/server/core/db";
import { AppError, isDatabaseUnavailable, isUniqueViolation } from "@/lib/server/core/errors";
import { authorize } from "@/lib/server/auth/policy";
import { parseInput } from "@/lib/server/core/validate";
import { audit } from "@/lib/server/core/audit";
import { lockAamcId } from "@/lib/server/core/aamc-id-lock";
import { createInvitationInput } from "@/lib/domain/invitation-schemas";
import { invitationExpiresAt, invitationStatus } from "@/lib/domain/invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { invitationUrl, newInvitationToken } from "@/lib/server/invitations/invitation-token";
import { deliverInvitation, type DeliveryResult, type InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";

export type InvitationResult = {
  invitationId: string;
  email: string;
  /** Only when SMTP is not configured: the link on the public origin, shown once to be passed on another way. */
  link: string | null;
} & DeliveryResult;

/** What the audit row says when the link was handed to the dean's office instead of emailed. */
export const LINK_SHOWN = "shown once to the dean's office to pass on (email is not set up)";

/** The link to show, only when no email can carry it; always built from the configured public origin. */
export function linkToShow(delivery: InvitationDelivery, token: string): string | null {
  return delivery.mailer === null ? invitationUrl(delivery.origin, token) : null;
}

function conflict(message: string, field: string): AppError {
  return new AppError("CONFLICT", message, { fieldErrors: { [field]: [message] } });
}

async function lock(tx: TxClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitation:${key}`}, 0))`;
}

export async function createInvitation(ctx: UseCaseContext, input: unknown, delivery: InvitationDelivery): Promise<InvitationResult> {
  const { actor, db } = ctx;
  authorize(actor, "invitation.create");
  const data = parseInput(createInvitationInput, input);
  const now = ctx.clock.now();
  const { token, tokenHash } = newInvitationToken();

  let invitationId: string;
  try {
    invitationId = await db.$transaction(async (tx) => {
      await lock(tx, `email:${data.email}`);
      if (data.role === "APPLICANT") await lockAamcId(tx, actor.schoolId, data.aamcId);

      // Email addresses are unique across SOAP Desk, but whether another school knows an address
      // is that school's business: outside the actor's school the refusal says only "in use".
      const inUse = `${data.email} cannot be invited: the address is already in use on SOAP Desk. Ask the person for another address.`;
      const user = await tx.user.findFirst({ where: { email: { equals: data.email, mode: "insensitive" } }, select: { schoolId: true } });
      if (user && user.schoolId !== actor.schoolId) throw conflict(inUse, "email");
      if (user) throw conflict(`${data.email} already has a SOAP Desk account: they can sign in with it.`, "email");

      const pending = await tx.invitation.findFirst({
        where: { email: data.email, acceptedAt: null },
        select: { schoolId: true, createdAt: true, expiresAt: true, school: { select: { timeZone: true } } },
      });
      if (pending && pending.schoolId !== actor.schoolId) throw conflict(inUse, "email");
      if (pending) {
        const when = formatInZone(pending.createdAt, pending.school.timeZone);
        const state = invitationStatus({ acceptedAt: null, expiresAt: pending.expiresAt }, now) === "expired" ? "has expired" : "is still pending";
        throw conflict(`${data.email} was already invited (${when}) and the invitation ${state}: use Re-send in the list instead.`, "email");
      }

      if (data.role === "APPLICANT") {
        const holder = await tx.applicantProfile.findFirst({
          where: { schoolId: actor.schoolId, aamcId: data.aamcId },
          select: { user: { select: { name: true } } },
        });
        if (holder) throw conflict(`AAMC ID ${data.aamcId} already belongs to ${holder.user.name} in your school.`, "aamcId");
        const invited = await tx.invitation.findFirst({ where: { schoolId: actor.schoolId, aamcId: data.aamcId, acceptedAt: null }, select: { name: true } });
        if (invited) throw conflict(`AAMC ID ${data.aamcId} is already on a pending invitation to ${invited.name}.`, "aamcId");
      }

      const invitation = await tx.invitation.create({
        data: {
          schoolId: actor.schoolId,
          email: data.email,
          name: data.name,
          role: data.role,
          specialty: data.specialty,
          ...(data.role === "APPLICANT" ? { aamcId: data.aamcId, degreeType: data.degreeType } : { advocateKind: data.advocateKind, title: data.title }),
          tokenHash,
          expiresAt: invitationExpiresAt(now),
          invitedById: actor.userId,
        },
        select: { id: true },
      });
      const { email: _email, ...profile } = data;
      const link = delivery.mailer === null ? { link: LINK_SHOWN } : {};
      await audit(tx, actor, {
        action: "invitation.create",
        entityType: "Invitation",
        entityId: invitation.id,
        after: { email: data.email, ...profile, ...link },
      });
      return invitation.id;
    });
  } catch (error) {
    // Two deans inviting one address at the same moment: the partial unique index decides.
    if (isUniqueViolation(error)) throw conflict(`${data.email} was just invited by someone else: refresh the list.`, "email");
    throw error;
  }

  let result: DeliveryResult;
  try {
    result = await deliverInvitation(db, actor, invitationId, token, delivery, now);
  } catch (error) {
    // The invitation is committed; only its delivery lost the database. Saying "nothing was
    // saved" would be wrong: it is saved, and can be re-sent from the list.
    if (!isDatabaseUnavailable(error)) throw error;
    result = {
      sent: false,
      problem: `The invitation for ${data.email} is saved, but SOAP Desk lost its database before sending it: re-send it from the list in a minute.`,
    };
  }
  return { invitationId, email: data.email, link: linkToShow(delivery, token), ...result };
}
