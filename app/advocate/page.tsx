import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getAdvocateHome } from "@/lib/server/advocacy/advocate-home";
import { PageShell } from "@/components/applicant/page-shell";
import { ApplicantSummary } from "@/components/advocacy/applicant-summary";

export const metadata: Metadata = { title: "My applicants" };
export const dynamic = "force-dynamic";

export default async function AdvocatePage() {
  const actor = await requireActor("ADVOCATE");
  const home = await getAdvocateHome(prisma, actor, systemClock.now());
  return (
    <PageShell title="My applicants" wide intro={<p className="text-sm">The applicant applies and writes first; you call only where your connection helps.</p>}>
      {home.applicants.length === 0 && <p className="text-slate-600">The dean&apos;s office has not assigned you to any applicant yet.</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {home.applicants.map((a) => (
          <li key={a.applicantId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={`/advocate/applicants/${a.applicantId}`} className="text-brand-700 hover:underline">
                {a.fullName}
              </Link>
            </h2>
            <p className="mb-3 text-sm text-slate-600">
              {a.specialty} · you hold {a.claims} program{a.claims === 1 ? "" : "s"}
            </p>
            <ApplicantSummary summary={a} />
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
