import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { currentActor, HOME_BY_ROLE, isDemoMode } from "@/lib/server/auth/current-actor";
import { listDemoPeople } from "@/lib/server/auth/list-demo-people";
import { needsFirstRun } from "@/lib/server/schools/first-run";
import { DemoPeople } from "@/components/auth/demo-people";
import { ResetDemoButton } from "@/components/demo/reset-demo-button";
import { LogoMark } from "@/components/ui/logo";
import { resetDemoAction } from "./demo-actions";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const demoMode = isDemoMode();
  const [demo, actor, firstRun] = await Promise.all([demoMode ? listDemoPeople(prisma) : null, currentActor().catch(() => null), needsFirstRun(prisma)]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <header className="mb-8">
        <LogoMark className="size-10" />
        <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-primary">Match Week coordination</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-ink">SOAP Desk</h1>
        <p className="mt-3 max-w-2xl text-ink-muted">
          The applicant applies and writes first; faculty with real connections call only where it helps; nobody breaks the NRMP rules, nobody calls a program
          twice, and every program hears the same story.
        </p>
        {actor ? (
          <p className="mt-4">
            <Link
              href={HOME_BY_ROLE[actor.role]}
              className="inline-block rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover"
            >
              Continue as {actor.name}
            </Link>
          </p>
        ) : (
          !demo && (
            <p className="mt-4">
              <Link
                href="/sign-in"
                className="inline-block rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover"
              >
                Sign in
              </Link>
            </p>
          )
        )}
      </header>
      {firstRun && (
        <section aria-labelledby="setup-heading" className="mb-8 rounded-xl border border-primary/20 bg-primary-soft p-4">
          <h2 id="setup-heading" className="font-semibold text-ink">
            Set up your school
          </h2>
          <p className="mb-3 mt-1 max-w-2xl text-sm text-ink-muted">
            This SOAP Desk has no school of its own yet. Whoever runs the server creates it, with the one-time setup code the server printed in its log when it
            started, and becomes its first dean&apos;s office account.
          </p>
          <Link href="/setup" className="inline-block rounded-md bg-primary px-4 py-2 min-h-11 font-semibold text-primary-foreground hover:bg-primary-hover">
            Set up your school
          </Link>
        </section>
      )}
      {demo && <DemoPeople schoolName={demo.school.name} people={demo.people} />}
      {demoMode && (
        <section aria-labelledby="reset-demo-heading" className="mt-8 rounded-xl border border-border bg-muted p-4">
          <h2 id="reset-demo-heading" className="font-semibold">
            Start the demo over
          </h2>
          <p className="mb-3 mt-1 max-w-2xl text-sm text-ink-muted">
            Anyone trying the demo can change it. Resetting puts the demo school back to its starting point, with every time relative to now, so alerts,
            deadlines and countdowns look as they should.
          </p>
          <ResetDemoButton action={resetDemoAction} />
        </section>
      )}
      {demo && (
        <p className="mt-8 text-sm text-ink-muted">
          Invited by your school?{" "}
          <Link href="/sign-in" className="text-primary underline">
            Sign in with your email
          </Link>
          .
        </p>
      )}
    </main>
  );
}
