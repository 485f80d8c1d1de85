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
import { clientIp } from "@/lib/server/auth/request-info";
import { MailError } from "@/lib/server/mail/mailer";
import { signInErrorMessage } from "@/lib/domain/sign-in-messages";
import { formValues, type FormState } from "@/lib/domain/form-state";

async function sendMagicLink(email: string): Promise<void> {
  const landedOn = await signIn(EMAIL_PROVIDER_ID, { email, redirect: false, redirectTo: "/signed-in" });
  // Auth.js answers a refusal (its signIn callback) with a redirect to the sign-in page.
  const code = new URL(landedOn, "http://localhost").searchParams.get("error");
  if (code) throw new AppError("FORBIDDEN", signInErrorMessage(code) ?? "Sign-in did not work.");
}

export async function requestMagicLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!getServerEnv().smtp) return { status: "error", message: "Email sign-in is not set up on this server." };
  const ip = clientIp(await headers());
  try {
    const { email } = await requestMagicLink(prisma, { email: formData.get("email"), ip }, systemClock.now(), sendMagicLink);
    return {
      status: "success",
      message: `We sent a sign-in link to ${email}. It works once, for ${MAGIC_LINK_VALID_MINUTES} minutes. If it has not arrived in a few minutes, check your spam folder.`,
    };
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
