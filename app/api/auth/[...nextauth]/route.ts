// Auth.js's endpoints: magic-link callbacks, single sign-on and sign-out. The session endpoint
// answers with the public view of the session only (lib/server/auth/public-session.ts).
import { NextResponse } from "next/server";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { auth, handlers } from "@/lib/server/auth/auth-js";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/build-auth-config";
import { publicSession } from "@/lib/server/auth/public-session";
import { defineRoute, type RouteContext } from "@/lib/server/entry/define-route";

const params = z.object({ nextauth: z.array(z.string()) });

async function sessionAnswer({ scope }: RouteContext<unknown>) {
  return NextResponse.json(await publicSession(scope.db, await auth()), { headers: { "cache-control": "private, no-store" } });
}

export const GET = defineRoute({
  name: "auth.get",
  guard: "public",
  params,
  handle: async (ctx) => (ctx.params.nextauth.at(-1) === "session" ? sessionAnswer(ctx) : handlers.GET(ctx.request)),
});

export const POST = defineRoute({
  name: "auth.post",
  guard: "public",
  params,
  handle: async (ctx) => {
    const last = ctx.params.nextauth.join("/");
    // Magic links are requested through the sign-in page's server action, which applies the rate
    // limits; a direct POST here would skip them, so it goes back to the sign-in page instead.
    if (last === `signin/${EMAIL_PROVIDER_ID}`) return Response.redirect(new URL("/sign-in", getServerEnv().publicOrigin), 303);
    // Auth.js also answers a POST to /session (a session update): the same public view only.
    if (last === "session") return sessionAnswer(ctx);
    return handlers.POST(ctx.request);
  },
});
