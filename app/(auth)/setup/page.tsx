import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/server/core/db";
import { needsFirstRun } from "@/lib/server/schools/first-run";
import { SchoolSetupForm } from "@/components/auth/school-setup-form";
import { US_TIME_ZONES } from "@/lib/domain/school-setup";
import { setUpSchoolAction } from "./actions";

export const metadata: Metadata = { title: "Set up your school" };
export const dynamic = "force-dynamic";

/** First run only: once a school exists (the demo aside), this page is gone. */
export default async function SetupPage() {
  if (!(await needsFirstRun(prisma))) notFound();
  const common = new Set<string>(US_TIME_ZONES.map(({ zone }) => zone));
  const others = Intl.supportedValuesOf("timeZone").filter((zone) => !common.has(zone));
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-primary">
        <Link href="/">SOAP Desk</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-ink">Set up your school</h1>
      <p className="mt-3 text-ink-muted">
        This SOAP Desk has no school yet. Create yours and its first dean&apos;s office account; you are signed in at once and invite applicants and advocates
        from there. The setup code proves you run this server: it is in the server&apos;s log, and it stops working once the school exists.
      </p>
      <div className="mt-6 rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-6">
        <SchoolSetupForm action={setUpSchoolAction} zones={{ common: US_TIME_ZONES, others }} />
      </div>
    </main>
  );
}
