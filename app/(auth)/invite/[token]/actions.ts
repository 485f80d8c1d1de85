"use server";
// Accepting an invitation: the account is created, then this browser gets the new session. Public:
// the person has no account until this succeeds. The token travels as a hidden field of the form.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { HOME_BY_ROLE } from "@/lib/server/auth/load-actor";
import { deleteDatabaseSession, sessionCookie, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";
import { defineAction } from "@/lib/server/entry/define-action";

export const acceptInvitationAction = defineAction({
  name: "invitations.accept",
  guard: "public",
  // The use case checks the token's form and answers an invalid one like an unknown one.
  input: z.object({ token: z.string().max(200) }),
  run: async (ctx, { token }) => {
    const { actor, session } = await acceptInvitation(ctx.db, token, ctx.clock.now());
    const cookie = sessionCookie(session.sessionToken, session.expires, shouldUseSecureCookies(getServerEnv().publicOrigin));
    const jar = await cookies();
    // Whoever this browser was signed in as (a dean testing the link, say) is signed out first.
    await deleteDatabaseSession(ctx.db, jar.get(cookie.name)?.value);
    jar.set(cookie.name, cookie.value, cookie.options);
    redirect(HOME_BY_ROLE[actor.role]);
  },
});
