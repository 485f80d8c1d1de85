// Auth.js's endpoints: magic-link callbacks, single sign-on and sign-out. The session endpoint
// answers with the public view of the session only (lib/server/auth/public-session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/server/db";
import { getServerEnv } from "@/lib/server/env";
import { auth, handlers } from "@/lib/server/auth/config";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/auth-config";
import { publicSession } from "@/lib/server/auth/public-session";

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/session")) {
    const session = await auth();
    return NextResponse.json(await publicSession(prisma, session), { headers: { "cache-control": "private, no-store" } });
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  // Magic links are requested through the sign-in page's server action, which applies the rate
  // limits; a direct POST here would skip them, so it goes back to the sign-in page instead.
  if (request.nextUrl.pathname.endsWith(`/signin/${EMAIL_PROVIDER_ID}`)) {
    return Response.redirect(new URL("/sign-in", getServerEnv().publicOrigin), 303);
  }
  // Auth.js also answers a POST to /session (a session update): same public view only.
  if (request.nextUrl.pathname.endsWith("/session")) return GET(request);
  return handlers.POST(request);
}
