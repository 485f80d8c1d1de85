// Where Auth.js lands after a magic link or single sign-on: on to the person's own home.
import { redirect } from "next/navigation";
import { currentActor, HOME_BY_ROLE } from "@/lib/server/auth/current-actor";

export const dynamic = "force-dynamic";

export default async function SignedInPage() {
  const actor = await currentActor();
  redirect(actor ? HOME_BY_ROLE[actor.role] : "/sign-in");
}
