"use server";
// The sign-in page's server actions: request a magic link (rate limited, one answer for every
// address), start single sign-on. Both are public: nobody is signed in yet.
import { headers } from "next/headers";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { AppError } from "@/lib/server/core/errors";
import { signIn } from "@/lib/server/auth/auth-js";
import { MAGIC_LINK_VALID_MINUTES } from "@/lib/server/auth/magic-link";
import { requestMagicLink } from "@/lib/server/auth/request-magic-link";
import { clientAddress } from "@/lib/server/http/client-address";
import { defineAction } from "@/lib/server/entry/define-action";
import { signInEmailInput } from "@/lib/domain/invitation-schemas";
import { magicLinkSentMessage } from "@/lib/domain/sign-in-messages";

export const requestMagicLinkAction = defineAction({
  name: "signIn.requestMagicLink",
  guard: "public",
  input: signInEmailInput,
  run: async (ctx, { email }) => {
    const env = getServerEnv();
    if (!env.smtp) throw new AppError("CONFLICT", "Email sign-in is not set up on this server.");
    const ip = clientAddress(await headers());
    // The outbox sends the link after this answer, at its next round.
    await requestMagicLink(ctx.db, { email, ip, origin: env.publicOrigin.origin }, ctx.clock.now());
    return { message: magicLinkSentMessage(email, MAGIC_LINK_VALID_MINUTES) };
  },
});

export const singleSignOnAction = defineAction({
  name: "signIn.singleSignOn",
  guard: "public",
  input: z.object({ provider: z.string({ error: "Choose how to sign in." }).max(80) }),
  run: async (_ctx, { provider }) => {
    if (!getServerEnv().sso.some((sso) => sso.id === provider))
      throw new AppError("INVALID_INPUT", "That single sign-on is not set up on this server. Reload the page and choose again.");
    // Redirects to the school's identity provider (signIn throws Next's redirect).
    await signIn(provider, { redirectTo: "/signed-in" });
    return {};
  },
});
