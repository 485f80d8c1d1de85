import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getSchoolSettings } from "@/lib/server/settings/school-settings";
import { zoneName } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { PolicyForm, SeasonForm } from "@/components/dean/settings-forms";
import { updatePolicyAction, updateSeasonAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requireActor("DEAN");
  const { school, policy, season } = await getSchoolSettings(prisma, actor);
  const iso = (d: Date) => d.toISOString();
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <p className="text-sm text-slate-700">
        Every number below is a rule of {school.name}. Lowering a cap below what someone already has keeps their history, refuses new outreach of that kind, and
        shows on the dashboard.
      </p>
      <Card title="Season and offer rounds" id="season">
        <SeasonForm
          timeZone={school.timeZone}
          zoneLabel={zoneName(school.timeZone)}
          save={updateSeasonAction}
          season={
            season
              ? {
                  name: season.name,
                  resultsAt: iso(season.resultsAt),
                  erasOpensAt: iso(season.erasOpensAt),
                  windowStartsAt: iso(season.windowStartsAt),
                  windowEndsAt: iso(season.windowEndsAt),
                  communicationMode: season.communicationMode,
                  offerRounds: season.offerRounds.map((r) => ({ offersAt: iso(r.offersAt), respondBy: iso(r.respondBy) })),
                }
              : null
          }
        />
      </Card>
      <Card title="Policy: caps and thresholds" id="policy">
        <PolicyForm policy={policy} save={updatePolicyAction} />
      </Card>
    </main>
  );
}
