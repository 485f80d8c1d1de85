import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { EnvError, getServerEnv, type ServerEnv } from "@/lib/server/core/env";
import { currentActor, HOME_BY_ROLE, isDemoMode } from "@/lib/server/auth/current-actor";
import { listDemoPeople } from "@/lib/server/auth/list-demo-people";
import { signInErrorMessage } from "@/lib/domain/sign-in-messages";
import { DemoPeople } from "@/components/auth/demo-people";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { ActionButton } from "@/components/ui/action-button";
import { requestMagicLinkAction, singleSignOnAction } from "./actions";
import { queryText, type SearchParams } from "@/lib/domain/query-string";
import { log } from "@/lib/server/core/log";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const error = signInErrorMessage(queryText(params.error), Number(queryText(params.minutes)) || undefined);
  let env: ServerEnv | null = null;
  let envProblem: string | null = null;
  try {
    env = getServerEnv();
  } catch (problem) {
    // A misconfigured server still shows the page (and demo sign-in); the log has the details.
    if (!(problem instanceof EnvError)) throw problem;
    log().error(problem.message);
    envProblem = "Sign-in is not set up correctly on this server. Tell your dean's office; the server log names the setting.";
  }
  const [actor, demo] = await Promise.all([env ? currentActor() : null, isDemoMode() ? listDemoPeople(prisma) : null]);

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-primary">
        <Link href="/">SOAP Desk</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-ink">Sign in</h1>
      {(error ?? envProblem) && (
        <p role="alert" className="mt-4 max-w-xl rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger">
          {error ?? envProblem}
        </p>
      )}
      {actor && (
        <p className="mt-4 max-w-xl rounded-md border border-primary/20 bg-primary-soft px-3 py-2 text-sm">
          You are signed in as {actor.name}.{" "}
          <Link href={HOME_BY_ROLE[actor.role]} className="font-medium text-primary underline">
            Go to your workspace
          </Link>
        </p>
      )}
      <div className="mt-6 grid max-w-xl gap-6">
        <section aria-labelledby="email-heading" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
          <h2 id="email-heading" className="text-lg font-semibold">
            Sign in with email
          </h2>
          {env?.smtp ? (
            <>
              <p className="mb-3 mt-1 text-sm text-ink-muted">We email you a link that signs you in. No password to remember.</p>
              <EmailSignInForm action={requestMagicLinkAction} />
            </>
          ) : (
            <p className="mt-1 text-sm text-ink-muted">
              Email sign-in is not set up on this server yet. Your administrator turns it on by setting SMTP_HOST and EMAIL_FROM.
            </p>
          )}
        </section>
        {env && env.sso.length > 0 && (
          <section aria-labelledby="sso-heading" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
            <h2 id="sso-heading" className="text-lg font-semibold">
              Single sign-on
            </h2>
            {env.sso.map((sso) => (
              <ActionButton
                key={sso.id}
                action={singleSignOnAction}
                fields={{ provider: sso.id }}
                pendingLabel={`Opening ${sso.name}…`}
                formClassName="mt-3"
                className="w-full rounded-md border border-primary px-4 py-2 font-medium text-primary hover:bg-primary-soft sm:w-auto"
              >
                Sign in with {sso.name}
              </ActionButton>
            ))}
          </section>
        )}
      </div>
      {demo && (
        <div className="mt-10">
          <DemoPeople schoolName={demo.school.name} people={demo.people} />
        </div>
      )}
    </main>
  );
}
