// Demo mode only: one-click sign-in as a fictional person of the demo school, with a real
// database session and Auth.js's own session cookie. Answers 404 when demo mode is off, and
// refuses cross-site posts (login CSRF: another site signing this browser in as someone).
import { NextResponse } from "next/server";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { AppError } from "@/lib/server/core/errors";
import { RateLimitedError } from "@/lib/server/auth/rate-limit";
import { demoSignIn } from "@/lib/server/auth/demo-sign-in";
import { HOME_BY_ROLE } from "@/lib/server/auth/load-actor";
import { deleteDatabaseSession, sessionCookie, shouldUseSecureCookies } from "@/lib/server/auth/session-cookie";
import { clientAddress } from "@/lib/server/http/client-address";
import { checkSameOrigin } from "@/lib/server/http/same-origin";
import { DEMO_CROSS_SITE_REFUSAL } from "@/lib/domain/sign-in-messages";
import { defineRoute } from "@/lib/server/entry/define-route";
import { log } from "@/lib/server/core/log";
import { countSignInRefusal } from "@/lib/server/core/metrics";

export const POST = defineRoute({
  name: "demo.signIn",
  guard: "public",
  params: z.object({}),
  handle: async ({ scope, request }) => {
    const env = getServerEnv();
    if (!env.demoMode) return NextResponse.json({ ok: false, message: "Not found." }, { status: 404 });
    const sameOrigin = checkSameOrigin(request.headers, env.publicOrigin);
    if (!sameOrigin.ok) {
      countSignInRefusal("cross_site");
      log().warn({ reason: sameOrigin.reason }, "demo sign-in refused");
      return new NextResponse(DEMO_CROSS_SITE_REFUSAL, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    // Every redirect goes to the public origin, never to the host the request named.
    const at = (path: string) => new URL(path, env.publicOrigin);
    try {
      // A body that is not a form (a stray script, a broken client) is simply "no such person".
      const form = await request.formData().catch(() => new FormData());
      const { actor, session } = await demoSignIn(scope.db, { userId: form.get("userId"), ip: clientAddress(request.headers) }, scope.clock.now());
      // The person this browser was signed in as is signed out first.
      const cookie = sessionCookie(session.sessionToken, session.expires, shouldUseSecureCookies(env.publicOrigin));
      await deleteDatabaseSession(scope.db, request.cookies.get(cookie.name)?.value);
      const response = NextResponse.redirect(at(HOME_BY_ROLE[actor.role]), 303);
      response.cookies.set(cookie.name, cookie.value, cookie.options);
      return response;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Codes, not messages, in the address: nobody can make the sign-in page say arbitrary things.
      const target = at("/sign-in");
      countSignInRefusal(error instanceof RateLimitedError ? "rate_limited" : "unknown_demo_person");
      if (error instanceof RateLimitedError) {
        target.searchParams.set("error", "RateLimited");
        target.searchParams.set("minutes", String(error.retryAfterMinutes));
      } else {
        target.searchParams.set("error", "DemoUnknownPerson");
      }
      return NextResponse.redirect(target, 303);
    }
  },
});
