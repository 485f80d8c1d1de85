"use server";
// The dean's office invites people and re-sends invitations; the use cases authorize.
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/server/db";
import { systemClock } from "@/lib/server/clock";
import { getServerEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { getMailer } from "@/lib/server/mail/mailer";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createInvitation, resendInvitation, type InvitationResult } from "@/lib/server/invitations/create-invitation";
import type { InvitationDelivery } from "@/lib/server/invitations/deliver-invitation";
import type { UseCaseContext } from "@/lib/server/use-case";
import { formValues, type FormState } from "@/lib/domain/form-state";

async function context(): Promise<{ ctx: UseCaseContext; delivery: InvitationDelivery } | null> {
  const actor = await currentActor();
  if (!actor) return null;
  return {
    ctx: { db: prisma, clock: systemClock, actor },
    delivery: { mailer: getMailer(), origin: getServerEnv().publicOrigin.origin },
  };
}

const SIGNED_OUT: FormState = { status: "error", message: "Your session has ended. Sign in again, then retry." };

function outcome(result: InvitationResult, verb: string): FormState {
  revalidatePath("/dean/invitations");
  return result.sent ? { status: "success", message: `${verb} to ${result.email}.` } : { status: "warning", message: result.problem };
}

const FAILED = { status: "error", message: "Something went wrong on our side; check the list before trying again." } as const;

/** Runs one invitation use case; every failure comes back as a form message, never a crash. */
async function attempt(formData: FormData, work: (c: NonNullable<Awaited<ReturnType<typeof context>>>) => Promise<FormState>): Promise<FormState> {
  try {
    const c = await context();
    if (!c) return SIGNED_OUT;
    return await work(c);
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: formValues(formData) };
    console.error("invitation action failed", error);
    return { ...FAILED, values: formValues(formData) };
  }
}

export async function createInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return attempt(formData, async (c) => outcome(await createInvitation(c.ctx, Object.fromEntries(formData), c.delivery), "Invitation sent"));
}

export async function resendInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return attempt(formData, async (c) => outcome(await resendInvitation(c.ctx, { invitationId: formData.get("invitationId") }, c.delivery), "New link sent"));
}
