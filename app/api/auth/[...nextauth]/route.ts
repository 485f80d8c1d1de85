// Auth.js's endpoints: magic-link callbacks, single sign-on and sign-out. The session endpoint
// answers with the public view of the session only (lib/server/auth/public-session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { BAD_SIGN_IN_REQUEST } from "@/lib/domain/sign-in-messages";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { auth, handlers } from "@/lib/server/auth/auth-js";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/magic-link";
import { publicSession } from "@/lib/server/auth/public-session";
import { defineRoute, type RouteContext } from "@/lib/server/entry/define-route";
import { log } from "@/lib/server/core/log";
import { countSignInRefusal } from "@/lib/server/core/metrics";

const params = z.object({ nextauth: z.array(z.string()) });

/**
 * Auth.js checks each request against its settings before handling it and, for a request that
 * fails the check on a POST (a callbackUrl that is not an address, say), answers 500 "a problem
 * with the server configuration". The settings themselves are checked when the server starts
 * (lib/server/core/env.ts), so such an answer is the request's fault: it goes back to the sign-in
 * page with a message instead.
 */
async function authJs(handler: (request: NextRequest) => Promise<Response>, request: NextRequest): Promise<Response> {
  const response = await handler(request);
  if (response.status < 500) return response;
  countSignInRefusal("bad_request");
  log().warn({ method: request.method, status: response.status }, "auth: refused a request Auth.js could not read");
  return Response.redirect(new URL(`/sign-in?error=${BAD_SIGN_IN_REQUEST}`, getServerEnv().publicOrigin), 303);
}

async function sessionAnswer({ scope }: RouteContext<unknown>) {
  return NextResponse.json(await publicSession(scope.db, await auth()), { headers: { "cache-control": "private, no-store" } });
}

export const GET = defineRoute({
  name: "auth.get",
  guard: "public",
  params,
  handle: async (ctx) => (ctx.params.nextauth.at(-1) === "session" ? sessionAnswer(ctx) : authJs(handlers.GET, ctx.request)),
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
    return authJs(handlers.POST, ctx.request);
  },
});
