import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getProfileView } from "@/lib/server/applicant/profile-view";
import { Card } from "@/components/ui/card";
import { formatInZone } from "@/lib/domain/format-time";
import { getSchoolTimeZone } from "@/lib/server/applicant/school-time-zone";
import { PageShell } from "@/components/applicant/page-shell";
import { ChecklistForm } from "@/components/applicant/checklist-form";
import { ProfileForm } from "@/components/applicant/profile-form";
import { NarrativeForm } from "@/components/applicant/narrative-form";

export const metadata: Metadata = { title: "Profile and story" };
export const dynamic = "force-dynamic";

export default async function ProfilePage() {
  const actor = await requireActor("APPLICANT");
  const [view, zone] = await Promise.all([getProfileView(prisma, actor), getSchoolTimeZone(prisma, actor)]);
  const { strategy, narrative } = view;
  return (
    <PageShell title="Profile and story" wide>
      {view.checklistMissing.length > 0 && !view.accepted && (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-semibold">Finish your reachability checklist before outreach.</p>
          <p className="text-sm">Programs do not leave ten voicemails. Still to do: {view.checklistMissing.join("; ")}.</p>
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Reachability checklist" id="checklist">
          <ChecklistForm initial={view.checklist} accepted={view.accepted} />
        </Card>
        <Card title="Your strategy" id="strategy">
          <p className="font-medium">{strategy.title}</p>
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-medium">Aim: </span>
            {strategy.aim}
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {strategy.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {strategy.notes.map((n) => (
            <p key={n} className="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700">
              {n}
            </p>
          ))}
          <p className="mt-2 text-xs text-slate-600">
            Derived from your degree, Step 2 CK and red flags (strong from {view.policy.strongStep2Min}, average from {view.policy.averageStep2Min}).
          </p>
        </Card>
        <Card title="Profile" id="profile">
          <ProfileForm initial={{ ...view.profile }} />
        </Card>
        <Card
          title="Your shared narrative"
          id="narrative"
          action={<span className="text-sm text-slate-700">{narrative ? `Version ${narrative.version} · ${view.versions} saved` : "Not written yet"}</span>}
        >
          <p className="mb-3 text-sm text-slate-600">
            The one story you and your advocates tell every program.
            {narrative && ` Last saved by ${narrative.author}, ${formatInZone(narrative.savedAt, zone)}.`}
          </p>
          <NarrativeForm initial={narrative} />
        </Card>
      </div>
    </PageShell>
  );
}
