import "server-only";
// The retention setting as the dean's office sees and changes it (Settings → Applicants' data):
// the number of days, when each waiting season's data goes and when the office is told, and the
// figures of the seasons already removed (Past seasons). A change is audited with what it was,
// and every waiting season's job goes back to its notice with the new date.
import {
  plannedRemoval,
  retentionInput,
  seasonBreakdownSchema,
  seasonOfSchool,
  type ArchivedSeason,
  type PlannedRemoval,
} from "@/lib/domain/privacy/retention";
import { authorize } from "../auth/policy";
import type { Actor } from "../core/actor";
import { audit } from "../core/audit";
import type { Db } from "../core/db";
import { parseInput } from "../core/validate";
import type { UseCaseContext } from "../use-case/run-command";
import { pendingRetention, retentionDaysChanged } from "./retention-schedule";

export interface RetentionView {
  timeZone: string;
  retentionDays: number;
  /** Each season whose data is still to go, soonest first, with its name when the season is still on file. */
  planned: (PlannedRemoval & { seasonName: string | null })[];
  archives: ArchivedSeason[];
}

export async function getRetentionView(db: Db, actor: Actor, now: Date): Promise<RetentionView> {
  authorize(actor, "settings.update");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { retentionDays: true, timeZone: true, createdAt: true } });
    const seasons = await tx.season.findMany({ where: { schoolId }, select: { name: true, windowEndsAt: true, active: true } });
    const rows = await tx.seasonArchive.findMany({ where: { schoolId }, orderBy: { windowEndsAt: "desc" } });
    const removed = new Set(rows.map((row) => row.windowEndsAt.getTime()));
    const waiting = new Map((await pendingRetention(tx, schoolId)).map((job) => [job.seasonEndsAt.getTime(), job.noticedAt]));
    // The active season's job may not be there yet (no worker has started since): it is planned all the same.
    for (const season of seasons)
      if (season.active && !removed.has(season.windowEndsAt.getTime()) && !waiting.has(season.windowEndsAt.getTime()))
        waiting.set(season.windowEndsAt.getTime(), null);
    const planned = [...waiting.entries()]
      .filter(([end]) => !removed.has(end) && seasonOfSchool(new Date(end), school.createdAt))
      .map(([end, noticedAt]) => ({
        ...plannedRemoval(now, new Date(end), school.retentionDays, school.timeZone, noticedAt),
        seasonName: seasons.find((s) => s.windowEndsAt.getTime() === end)?.name ?? null,
      }))
      .sort((a, b) => a.removeAt.getTime() - b.removeAt.getTime());
    const archives = rows.map(({ schoolId: _school, createdAt: _c, updatedAt: _u, breakdown, ...row }) => {
      const parsed = seasonBreakdownSchema.safeParse(breakdown);
      return { ...row, breakdown: parsed.success ? parsed.data : null };
    });
    return { timeZone: school.timeZone, retentionDays: school.retentionDays, planned, archives };
  });
}

export async function updateRetention(ctx: UseCaseContext, input: unknown): Promise<{ retentionDays: number }> {
  const { retentionDays } = parseInput(retentionInput, input);
  authorize(ctx.actor, "settings.update");
  const { schoolId } = ctx.actor;
  const now = ctx.clock.now();
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { retentionDays: true } });
    await tx.school.update({ where: { id: schoolId }, data: { retentionDays }, select: { id: true } });
    await audit(tx, ctx.actor, { action: "settings.retention", entityType: "School", entityId: schoolId, before, after: { retentionDays } });
    if (before.retentionDays !== retentionDays) await retentionDaysChanged(tx, schoolId, now);
    return { retentionDays };
  });
}
