import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { getSchoolSettings } from "@/lib/server/settings/school-settings";
import { zoneName } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { PolicyForm, RetentionForm, SeasonForm } from "@/components/dean/settings-forms";
import { PastSeasons } from "@/components/dean/past-seasons";
import { systemClock } from "@/lib/server/core/clock";
import { getRetentionView, type RetentionView } from "@/lib/server/privacy/retention-settings";
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from "@/lib/domain/privacy/retention";
import { formatDayInZone as day } from "@/lib/domain/format-time";
import { updatePolicyAction, updateRetentionAction, updateSeasonAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const actor = await requireActor("DEAN");
  const { school, policy, season } = await getSchoolSettings(prisma, actor);
  const retention = await getRetentionView(prisma, actor, systemClock.now());
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
      <Card
        title="Applicants' data"
        id="retention"
        description="After each season, its applicants' personal data is removed; the season's figures are kept under Past seasons."
      >
        <PlannedRemovals retention={retention} />
        <RetentionForm retentionDays={retention.retentionDays} min={RETENTION_DAYS_MIN} max={RETENTION_DAYS_MAX} save={updateRetentionAction} />
      </Card>
      <Card title="Past seasons" id="past-seasons" description="What each season left for next year's planning, once its personal data was removed.">
        <PastSeasons seasons={retention.archives} timeZone={retention.timeZone} />
      </Card>
    </main>
  );
}

/** When each waiting season's data goes, and when the dean's office is (or was) told. */
function PlannedRemovals({ retention }: { retention: RetentionView }) {
  const zone = retention.timeZone;
  return (
    <div className="mb-4 space-y-2 text-sm">
      <p className="text-slate-700">
        Removed: names, addresses, phone numbers, AAMC IDs and scores; red flags; narratives; contacts and their notes; target lists, claims, tasks, interviews,
        offers and overrides; invitations; sign-in records; the notifications and emails about them; and the content of the audit log&apos;s entries about them
        (who did what, and when, stays). Kept: the season&apos;s figures. To hand an applicant their record, download it from their page first.
      </p>
      {retention.planned.length === 0 ? (
        <p className="text-slate-700">No season&apos;s data is waiting to be removed.</p>
      ) : (
        <ul className="space-y-1">
          {retention.planned.map((p) => (
            <li key={p.seasonEndsAt.toISOString()}>
              <span className="font-medium">{p.seasonName ?? `The season that ended ${day(p.seasonEndsAt, zone)}`}</span>: removed on {day(p.removeAt, zone)}
              {p.noticedAt
                ? ` (the dean's office was told on ${day(p.noticedAt, zone)}).`
                : p.noticeAt
                  ? `; the dean's office is told on ${day(p.noticeAt, zone)}.`
                  : "."}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
