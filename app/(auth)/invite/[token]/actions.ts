"use server";
// Accepting an invitation: the account is created, then this browser gets the new session.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/server/db";
import { systemClock } from "@/lib/server/clock";
import { getServerEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { HOME_BY_ROLE } from "@/lib/server/auth/load-actor";
import { deleteDatabaseSession, sessionCookie, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";
import type { FormState } from "@/lib/domain/form-state";

export async function acceptInvitationAction(token: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  let home: string;
  try {
    const { actor, session } = await acceptInvitation(prisma, token, systemClock.now());
    const cookie = sessionCookie(session.sessionToken, session.expires, shouldUseSecureCookies(getServerEnv().publicOrigin));
    const jar = await cookies();
    // Whoever this browser was signed in as (a dean testing the link, say) is signed out first.
    await deleteDatabaseSession(prisma, jar.get(cookie.name)?.value);
    jar.set(cookie.name, cookie.value, cookie.options);
    home = HOME_BY_ROLE[actor.role];
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message };
    throw error;
  }
  redirect(home);
}
