"use server";
// Sign-out through Auth.js: deletes the session row and clears the session cookie.
import { z } from "zod";
import { signOut } from "@/lib/server/auth/auth-js";
import { defineAction } from "@/lib/server/entry/define-action";

export const signOutAction = defineAction({
  name: "session.signOut",
  guard: "signed-in",
  input: z.object({}),
  nextRequest: true,
  run: async () => {
    await signOut({ redirectTo: "/" });
    return {};
  },
});
