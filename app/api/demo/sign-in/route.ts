// Demo mode only: one-click sign-in as any seeded user of the demo school.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/server/db";
import { DEMO_COOKIE, HOME_BY_ROLE, isDemoMode, loadActor } from "@/lib/server/auth/current-actor";

const Body = z.object({ userId: z.string().min(1, "Choose a person to sign in as.") });

export async function POST(request: NextRequest) {
  if (!isDemoMode()) return NextResponse.json({ ok: false, message: "Demo sign-in is turned off." }, { status: 404 });
  const parsed = Body.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return NextResponse.json({ ok: false, message: parsed.error.issues[0]?.message }, { status: 400 });
  const actor = await loadActor(prisma, parsed.data.userId);
  if (!actor) return NextResponse.json({ ok: false, message: "That person is not in the demo school." }, { status: 404 });
  const response = NextResponse.redirect(new URL(HOME_BY_ROLE[actor.role], request.url), 303);
  response.cookies.set(DEMO_COOKIE, actor.userId, { httpOnly: true, sameSite: "lax", path: "/" });
  return response;
}
