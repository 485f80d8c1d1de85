// Liveness for start-up scripts and the end-to-end server: answers once the app can reach its database.
import { NextResponse } from "next/server";
import { prisma } from "@/lib/server/db";

export async function GET() {
  await prisma.$queryRaw`SELECT 1`;
  return NextResponse.json({ ok: true });
}
