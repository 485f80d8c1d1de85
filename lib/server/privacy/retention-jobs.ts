import "server-only";
// The retention job's two steps, each checking its reason again when it runs (the setting or the
// season may have changed since it was scheduled):
// - "retention-notice": a week before the removal, every dean's office person is told what will
//   be removed and when (in the app and by email); the step is audited and schedules the removal.
// - "retention-remove": on the day, in one transaction, the season's figures are archived, its
//   applicants' personal data removed (remove-personal-data.ts), the removal audited, and the
//   dean's office told what went. A run again after a crash finds the archive and does nothing.
import {
  isDue,
  removalAfterNotice,
  retentionDone,
  retentionJobKey,
  retentionNotice,
  retentionSchedule,
  seasonFigures,
  seasonOfSchool,
} from "@/lib/domain/privacy/retention";
import { formatInZone } from "@/lib/domain/format-time";
import type { Clock } from "../core/clock";
import type { Db, TxClient } from "../core/db";
import { audit } from "../core/audit";
import { scheduleJob } from "../jobs/queue";
import { queueNotification } from "../notifications/queue-notification";
import { countRemoval, loadRemovalScope, removePersonalData } from "./remove-personal-data";
import { loadSeasonFacts } from "./season-figures";
import { instantOf, scheduleRetentionNotice, seasonRemoved } from "./retention-schedule";

const LINK = { linkPath: "/dean/settings#retention-heading", linkLabel: "Open the retention settings" };
/** A removal of a large school's season deletes many rows: more time than a request's transaction. */
const REMOVAL_TIMEOUT_MS = 300_000;

async function loadSchool(tx: TxClient, schoolId: string) {
  return tx.school.findUnique({ where: { id: schoolId }, select: { retentionDays: true, timeZone: true, createdAt: true } });
}

/** The season that ended then, by its name; a season since moved to next year is named by its end. */
async function seasonOf(tx: TxClient, schoolId: string, seasonEndsAt: Date, timeZone: string) {
  const season = await tx.season.findFirst({ where: { schoolId, windowEndsAt: seasonEndsAt }, select: { name: true, windowStartsAt: true } });
  return season ?? { name: `The season that ended ${formatInZone(seasonEndsAt, timeZone)}`, windowStartsAt: seasonEndsAt };
}

async function tellDeans(tx: TxClient, schoolId: string, words: { title: string; body: string }, dedupe: string, now: Date) {
  const deans = await tx.user.findMany({ where: { schoolId, role: "DEAN" }, select: { id: true, email: true }, orderBy: { createdAt: "asc" } });
  for (const dean of deans) {
    await queueNotification(
      tx,
      { schoolId, userId: dean.id, email: dean.email, kind: "DATA_RETENTION", ...words, ...LINK, dedupeKey: `${dedupe}:${dean.id}` },
      now,
    );
  }
}

export async function sendRetentionNotice(db: Db, clock: Clock, schoolId: string, seasonEndsAtText: string): Promise<void> {
  const seasonEndsAt = instantOf(seasonEndsAtText);
  if (!seasonEndsAt) return;
  const now = clock.now();
  await db.$transaction(async (tx) => {
    const school = await loadSchool(tx, schoolId);
    if (!school || !seasonOfSchool(seasonEndsAt, school.createdAt) || (await seasonRemoved(tx, schoolId, seasonEndsAt))) return;
    const { timeZone } = school;
    const schedule = retentionSchedule(seasonEndsAt, school.retentionDays, timeZone);
    // Early (the setting was raised since): the notice waits for its new time.
    if (!isDue(schedule.noticeAt, now)) return void (await scheduleRetentionNotice(tx, schoolId, seasonEndsAt, now));
    // Told now: the removal comes on its day, or a week from now if that is later.
    const step = removalAfterNotice(schedule, now, timeZone);
    const season = await seasonOf(tx, schoolId, seasonEndsAt, timeZone);
    const counts = await countRemoval(tx, schoolId, await loadRemovalScope(tx, schoolId, seasonEndsAt), seasonEndsAt);
    const words = retentionNotice({ seasonName: season.name, timeZone, counts, removeAt: step.at });
    await tellDeans(tx, schoolId, words, `retention-notice:${schoolId}:${seasonEndsAtText}:${step.day}`, now);
    await audit(
      tx,
      { schoolId, userId: null },
      { action: "retention.notice", entityType: "School", entityId: schoolId, after: { season: season.name, seasonEndsAt, removeAt: step.at, counts } },
    );
    await scheduleJob(
      tx,
      "retention-remove",
      { schoolId, seasonEndsAt: seasonEndsAtText, noticedAt: now.toISOString() },
      { runAt: step.at, now, key: retentionJobKey(schoolId, seasonEndsAt) },
    );
  });
}

export async function removeSeasonData(db: Db, clock: Clock, schoolId: string, seasonEndsAtText: string, noticedAtText: string): Promise<void> {
  const seasonEndsAt = instantOf(seasonEndsAtText);
  const noticedAt = instantOf(noticedAtText);
  if (!seasonEndsAt || !noticedAt) return;
  const now = clock.now();
  await db.$transaction(
    async (tx) => {
      const school = await loadSchool(tx, schoolId);
      if (!school || (await seasonRemoved(tx, schoolId, seasonEndsAt))) return;
      const { timeZone } = school;
      const removal = removalAfterNotice(retentionSchedule(seasonEndsAt, school.retentionDays, timeZone), noticedAt, timeZone);
      if (!isDue(removal.at, now)) {
        // The setting was raised after the notice: the removal waits for the later day.
        const payload = { schoolId, seasonEndsAt: seasonEndsAtText, noticedAt: noticedAtText };
        return void (await scheduleJob(tx, "retention-remove", payload, { runAt: removal.at, now, key: retentionJobKey(schoolId, seasonEndsAt) }));
      }
      const season = await seasonOf(tx, schoolId, seasonEndsAt, timeZone);
      const scope = await loadRemovalScope(tx, schoolId, seasonEndsAt);
      const figures = seasonFigures(await loadSeasonFacts(tx, schoolId, scope.applicantIds, now));
      const archive = await tx.seasonArchive.create({
        data: { schoolId, seasonName: season.name, windowStartsAt: season.windowStartsAt, windowEndsAt: seasonEndsAt, removedAt: now, ...figures },
        select: { id: true },
      });
      const counts = await removePersonalData(tx, schoolId, scope, seasonEndsAt);
      await audit(
        tx,
        { schoolId, userId: null },
        { action: "retention.remove", entityType: "SeasonArchive", entityId: archive.id, after: { season: season.name, seasonEndsAt, counts } },
      );
      const words = retentionDone({ seasonName: season.name, timeZone, counts, removedAt: now, figures });
      await tellDeans(tx, schoolId, words, `retention-done:${schoolId}:${seasonEndsAtText}`, now);
    },
    { timeout: REMOVAL_TIMEOUT_MS, maxWait: 30_000 },
  );
}
