"use server";
// The sign-in page's server actions: request a magic link (rate limited, one answer for every
// address), start single sign-on. Both are public: nobody is signed in yet.
import { headers } from "next/headers";
import { z } from "zod";
import { getServerEnv } from "@/lib/server/core/env";
import { AppError } from "@/lib/server/core/errors";
import { signIn } from "@/lib/server/auth/auth-js";
import { EMAIL_PROVIDER_ID, MAGIC_LINK_VALID_MINUTES, MagicLinkNotSent } from "@/lib/server/auth/build-auth-config";
import { requestMagicLink } from "@/lib/server/auth/request-magic-link";
import { clientAddress } from "@/lib/server/http/client-address";
import { defineAction } from "@/lib/server/entry/define-action";
import { getMailer, MailError } from "@/lib/server/mail/mailer";
import { signInEmailInput } from "@/lib/domain/invitation-schemas";
import { magicLinkSentMessage, signInErrorMessage } from "@/lib/domain/sign-in-messages";

async function sendMagicLink(email: string): Promise<void> {
  const landedOn = await signIn(EMAIL_PROVIDER_ID, { email, redirect: false, redirectTo: "/signed-in" });
  // Auth.js answers a refusal (its signIn callback) with a redirect to the sign-in page.
  const code = new URL(landedOn, "http://localhost").searchParams.get("error");
  if (code) throw new AppError("FORBIDDEN", signInErrorMessage(code) ?? "Sign-in did not work.");
}

/** Reaching the mail server for an address without an account, reported as a failed send would be. */
async function reachMailServer(): Promise<void> {
  try {
    await getMailer()?.reach();
  } catch (error) {
    throw new MagicLinkNotSent(error);
  }
}

function notSent(error: MagicLinkNotSent): AppError {
  const reason = error.reason instanceof MailError ? ` ${error.reason.message}` : "";
  return new AppError("INTERNAL", `We could not send the sign-in email.${reason} Try again in a minute; if it keeps failing, tell your dean's office.`);
}

export const requestMagicLinkAction = defineAction({
  name: "signIn.requestMagicLink",
  guard: "public",
  input: signInEmailInput,
  run: async (ctx, { email }) => {
    if (!getServerEnv().smtp) throw new AppError("CONFLICT", "Email sign-in is not set up on this server.");
    const ip = clientAddress(await headers());
    try {
      await requestMagicLink(ctx.db, { email, ip }, ctx.clock.now(), { send: sendMagicLink, reachMailServer });
    } catch (error) {
      throw error instanceof MagicLinkNotSent ? notSent(error) : error;
    }
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
