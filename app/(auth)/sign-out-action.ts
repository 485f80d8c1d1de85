"use server";
// Sign-out through Auth.js: deletes the session row and clears the session cookie.
import { signOut } from "@/lib/server/auth/config";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
