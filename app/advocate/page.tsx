import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { PageShell } from "@/components/applicant/page-shell";
import { ApplicantSummary } from "@/components/advocacy/applicant-summary";
import { NextActions } from "@/components/advocacy/next-actions";

export const metadata: Metadata = { title: "My applicants" };
export const dynamic = "force-dynamic";

export default async function AdvocatePage() {
  const actor = await requireActor("ADVOCATE");
  const home = await getAdvocateHome(prisma, actor, systemClock.now());
  return (
    <PageShell title="My applicants" wide intro={<p className="text-sm">The applicant applies and writes first; you call only where your connection helps.</p>}>
      {home.applicants.length > 0 && <NextActions actions={home.nextActions} zone={home.school.timeZone} />}
      {home.applicants.length === 0 && <p className="text-ink-muted">The dean&apos;s office has not assigned you to any applicant yet.</p>}
      <section aria-label="Your applicants">
        <ul className="grid gap-4 md:grid-cols-2">
          {home.applicants.map((a) => (
            <li key={a.applicantId} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/advocate/applicants/${a.applicantId}`} className="text-primary hover:underline">
                  {a.fullName}
                </Link>
              </h2>
              <p className="mb-3 text-sm text-ink-muted">
                {a.specialty} · you hold {a.claims} program{a.claims === 1 ? "" : "s"}
              </p>
              <ApplicantSummary summary={a} />
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  );
}
