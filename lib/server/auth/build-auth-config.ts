import "server-only";
// Auth.js configuration as a plain function of the database, the environment and the mailer, so
// tests can build it (and drive it with @auth/core's Auth) without Next.js or process.env.
// AuthError from @auth/core (which next-auth re-exports): next-auth's entry imports Next's server
// modules, which only load inside Next, and this module must load in plain Node tests too.
import { AuthError } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import type { OIDCConfig } from "next-auth/providers";
import Nodemailer from "next-auth/providers/nodemailer";
import type { Db } from "../core/db";
import type { OidcSettings, ServerEnv } from "../core/env";
import type { Mailer } from "../mail/mailer";
import { EMAIL_PROVIDER_ID, MAGIC_LINK_VALID_MINUTES } from "./magic-link";
import { SSO_REFUSED } from "@/lib/domain/sign-in-messages";
import { findUserByEmail, soapDeskAdapter } from "./prisma-adapter";
import { admitSsoIdentity } from "./sso-admission";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, shouldUseSecureCookies } from "./session-cookie";
import { log } from "../core/log";
import { countSignInRefusal } from "../core/metrics";

/** Error codes the sign-in page explains; Auth.js adds its own (AccessDenied, Verification, ...). */
const SIGN_IN_ERRORS = { noAccount: "NoAccount", ssoRefused: SSO_REFUSED } as const;

interface OidcProfile {
  sub?: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

export function oidcProvider(settings: OidcSettings): OIDCConfig<OidcProfile> {
  return {
    id: settings.id,
    name: settings.name,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // A first sign-in links the subject to the person with that address. Safe only because the
    // signIn callback has admitted the identity first (sso-admission.ts): a verified address, of
    // a person of the provider's own school, not yet linked to another subject.
    allowDangerousEmailAccountLinking: true,
    profile(profile) {
      return {
        id: profile.sub ?? "",
        email: profile.email?.toLowerCase() ?? null,
        name: profile.name ?? profile.preferred_username ?? null,
      };
    },
  };
}

export function buildProviders(env: Pick<ServerEnv, "smtp" | "sso">, mailer: Mailer | null): Provider[] {
  const providers: Provider[] = [];
  if (env.smtp && mailer) {
    providers.push(
      Nodemailer({
        id: EMAIL_PROVIDER_ID,
        server: { host: env.smtp.host, port: env.smtp.port, secure: env.smtp.secure },
        from: env.smtp.from,
        maxAge: MAGIC_LINK_VALID_MINUTES * 60,
        // Links are requested through the sign-in page's action and made by the outbox
        // (magic-link.ts); this provider is here for its callback, which checks them.
        sendVerificationRequest() {
          throw new AuthError("Sign-in links are sent through the outbox, not by Auth.js");
        },
      }),
    );
  }
  for (const sso of env.sso) providers.push(oidcProvider(sso));
  return providers;
}

export function buildAuthConfig(db: Db, env: ServerEnv, mailer: Mailer | null): NextAuthConfig {
  return {
    adapter: soapDeskAdapter(db),
    secret: env.authSecret,
    // From the public origin, never from the request's protocol headers.
    useSecureCookies: shouldUseSecureCookies(env.publicOrigin),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    providers: buildProviders(env, mailer),
    callbacks: {
      // Sign-in is only for people the dean's office has invited (or the seed created): refuse
      // any other address before Auth.js would try to create a user for it.
      async signIn({ user, account, profile }) {
        const sso = env.sso.find((provider) => provider.id === account?.provider);
        if (sso && account) {
          const identity = { sub: account.providerAccountId, email: profile?.email, emailVerified: profile?.email_verified };
          const admission = await admitSsoIdentity(db, sso, identity);
          if (admission.ok) return true;
          countSignInRefusal("sso_refused");
          log().warn({ provider: sso.id, reason: admission.reason }, "sign-in: single sign-on refused");
          return `/sign-in?error=${SIGN_IN_ERRORS.ssoRefused}`;
        }
        const existing = user.email ? await findUserByEmail(db, user.email) : null;
        if (!existing) countSignInRefusal("no_account");
        return existing ? true : `/sign-in?error=${SIGN_IN_ERRORS.noAccount}`;
      },
      // Only the user's id, for currentActor() on the server, which loads role and school from
      // it. Auth.js's own session object holds the session token: it is never passed on. The
      // browser's /api/auth/session answer is built separately (publicSession).
      session({ session, user }) {
        return { expires: session.expires, user: { id: user.id } } as unknown as typeof session;
      },
    },
  };
}
