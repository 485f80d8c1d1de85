import { NextResponse, type NextRequest } from "next/server";
import { DEMO_COOKIE } from "@/lib/server/auth/current-actor";

export async function POST(request: NextRequest) {
  const response = NextResponse.redirect(new URL("/", request.url), 303);
  response.cookies.delete(DEMO_COOKIE);
  return response;
}
