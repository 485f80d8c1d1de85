"use server";
// The sign-in page's server actions: request a magic link (rate limited), start single sign-on.
import { headers } from "next/headers";
import { prisma } from "@/lib/server/db";
import { systemClock } from "@/lib/server/clock";
import { getServerEnv } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { signIn } from "@/lib/server/auth/config";
import { EMAIL_PROVIDER_ID, MAGIC_LINK_VALID_MINUTES, MagicLinkNotSent, SSO_PROVIDER_ID } from "@/lib/server/auth/auth-config";
import { requestMagicLink } from "@/lib/server/auth/magic-link";
import { clientAddress } from "@/lib/server/http/client-address";
import { getMailer, MailError } from "@/lib/server/mail/mailer";
import { magicLinkSentMessage, signInErrorMessage } from "@/lib/domain/sign-in-messages";
import { formValues, type FormState } from "@/lib/domain/form-state";

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

export async function requestMagicLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!getServerEnv().smtp) return { status: "error", message: "Email sign-in is not set up on this server." };
  const ip = clientAddress(await headers());
  try {
    const { email } = await requestMagicLink(prisma, { email: formData.get("email"), ip }, systemClock.now(), { send: sendMagicLink, reachMailServer });
    return { status: "success", message: magicLinkSentMessage(email, MAGIC_LINK_VALID_MINUTES) };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: formValues(formData) };
    if (error instanceof MagicLinkNotSent) {
      const reason = error.reason instanceof MailError ? ` ${error.reason.message}` : "";
      return {
        status: "error",
        message: `We could not send the sign-in email.${reason} Try again in a minute; if it keeps failing, tell your dean's office.`,
        values: formValues(formData),
      };
    }
    throw error;
  }
}

export async function singleSignOnAction(): Promise<void> {
  // Redirects to the school's identity provider (signIn throws Next's redirect).
  await signIn(SSO_PROVIDER_ID, { redirectTo: "/signed-in" });
}
