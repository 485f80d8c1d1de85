// What the sign-in page says for each way a sign-in can fail. Auth.js redirects with its own
// codes (AccessDenied, Verification, ...); SOAP Desk adds NoAccount, RateLimited and the demo ones.

export type RateLimitScope = "address" | "network";

export function tooManyAttemptsMessage(scope: RateLimitScope, minutes: number): string {
  const from = scope === "address" ? "for this address" : "from your network";
  return `Too many sign-in attempts ${from}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export const DEMO_CROSS_SITE_REFUSAL = "Demo sign-in works only from SOAP Desk's own pages. Open SOAP Desk's home page and pick a person there.";

/** The one answer to every well-formed address, so the sign-in form never tells who has an account. */
export function magicLinkSentMessage(email: string, validMinutes: number): string {
  return `If ${email} belongs to a SOAP Desk account, a sign-in link is on its way to it. The link works once, for ${validMinutes} minutes. Nothing after a few minutes? Check your spam folder, and that this is the address your dean's office invited.`;
}

/**
 * Every refusal of a single sign-on identity (another school's address, an unverified one, a
 * subject whose address changed): one code and one message, so the answer tells nothing about why.
 */
export const SSO_REFUSED = "SsoRefused";

/** The code for a sign-in request Auth.js could not even read (a broken callback address). */
export const BAD_SIGN_IN_REQUEST = "BadRequest";

const MESSAGES: Record<string, string> = {
  [BAD_SIGN_IN_REQUEST]: "That sign-in address was not valid. Start again from this page.",
  NoAccount: "No SOAP Desk account uses that address. Use the address your dean's office invited, or ask them for an invitation.",
  [SSO_REFUSED]:
    "Your school's sign-in could not sign you in to SOAP Desk. Sign in with email below, using the address your dean's office invited; if that does not work either, ask your dean's office to check your account.",
  Verification: "That sign-in link has expired or has already been used. Ask for a new one below.",
  AccessDenied: "You do not have access to SOAP Desk with that account.",
  OAuthAccountNotLinked: "That address is already linked to a different sign-in method. Use the one you used before.",
  OAuthSignInError: "Your school's sign-in could not be started. Try again, or use email.",
  OAuthCallbackError: "Your school's sign-in did not complete. Try again, or use email.",
  CallbackRouteError: "Your school's sign-in did not complete. Try again, or use email.",
  // Auth.js also answers Configuration when a sign-in's state, nonce or PKCE check fails (an old
  // or altered sign-in page), so the message covers both.
  Configuration: "Sign-in did not complete. Start again from this page; if it fails again, tell your dean's office (the server log has the details).",
  DemoUnknownPerson: "That person is not in the demo school. Pick someone from the list.",
  DemoOff: "Demo sign-in is turned off on this server.",
};

/** The message for an error code from the sign-in page's address, or a general one. */
export function signInErrorMessage(code: string | undefined, minutes?: number): string | null {
  if (!code) return null;
  if (code === "RateLimited") return tooManyAttemptsMessage("network", Math.max(1, minutes ?? 15));
  return MESSAGES[code] ?? "Sign-in did not work. Try again; if it keeps failing, tell your dean's office.";
}
