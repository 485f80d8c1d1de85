// Auth.js's endpoints: magic-link callbacks, single sign-on, session and sign-out.
import { type NextRequest } from "next/server";
import { handlers } from "@/lib/server/auth/config";
import { EMAIL_PROVIDER_ID } from "@/lib/server/auth/auth-config";

export const GET = handlers.GET;

export async function POST(request: NextRequest) {
  // Magic links are requested through the sign-in page's server action, which applies the rate
  // limits; a direct POST here would skip them, so it goes back to the sign-in page instead.
  if (request.nextUrl.pathname.endsWith(`/signin/${EMAIL_PROVIDER_ID}`)) {
    return Response.redirect(new URL("/sign-in", request.url), 303);
  }
  return handlers.POST(request);
}
