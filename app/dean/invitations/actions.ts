"use server";
// The dean's office invites people and re-sends invitations; the use cases authorize.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/server/db";
import { systemClock } from "@/lib/server/clock";
import { getServerEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { getMailer } from "@/lib/server/mail/mailer";
import { currentActor } from "@/lib/server/auth/current-actor";
import { publicOrigin } from "@/lib/server/auth/request-info";
import { createInvitation, resendInvitation, type InvitationResult } from "@/lib/server/invitations/create-invitation";
import type { InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import type { UseCaseContext } from "@/lib/server/use-case";
import { formValues, type FormState } from "@/lib/domain/form-state";

async function context(): Promise<{ ctx: UseCaseContext; delivery: InvitationDelivery } | null> {
  const actor = await currentActor();
  if (!actor) return null;
  return {
    ctx: { db: prisma, clock: systemClock, actor },
    delivery: { mailer: getMailer(), origin: publicOrigin(await headers(), getServerEnv().baseUrl) },
  };
}

const SIGNED_OUT: FormState = { status: "error", message: "Your session has ended. Sign in again, then retry." };

function outcome(result: InvitationResult, verb: string): FormState {
  revalidatePath("/dean/invitations");
  return result.sent ? { status: "success", message: `${verb} to ${result.email}.` } : { status: "warning", message: result.problem };
}

export async function createInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const c = await context();
  if (!c) return SIGNED_OUT;
  try {
    return outcome(await createInvitation(c.ctx, Object.fromEntries(formData), c.delivery), "Invitation sent");
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: formValues(formData) };
    throw error;
  }
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const c = await context();
  if (!c) return SIGNED_OUT;
  try {
    return outcome(await resendInvitation(c.ctx, { invitationId: formData.get("invitationId") }, c.delivery), "New link sent");
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message };
    throw error;
  }
}
