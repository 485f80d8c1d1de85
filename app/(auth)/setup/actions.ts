"use server";
// The first-run page's one action: create the first school with the server's setup code, then
// sign its first dean's office person in. Public: nobody has an account yet.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getServerEnv } from "@/lib/server/core/env";
import { schoolSetupInput } from "@/lib/domain/school-setup";
import { setUpFirstSchool } from "@/lib/server/schools/first-run";
import { HOME_BY_ROLE } from "@/lib/server/auth/load-actor";
import { sessionCookie, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";
import { clientAddress } from "@/lib/server/http/client-address";
import { defineAction } from "@/lib/server/entry/define-action";

export const setUpSchoolAction = defineAction({
  name: "setup.createSchool",
  guard: "public",
  input: schoolSetupInput,
  run: async (ctx, input) => {
    const { actor, session } = await setUpFirstSchool(ctx.db, input, clientAddress(await headers()), ctx.clock.now());
    const cookie = sessionCookie(session.sessionToken, session.expires, shouldUseSecureCookies(getServerEnv().publicOrigin));
    (await cookies()).set(cookie.name, cookie.value, cookie.options);
    redirect(HOME_BY_ROLE[actor.role]);
  },
});
