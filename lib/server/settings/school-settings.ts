import "server-only";
// The school's settings: every cap and threshold of its policy, and the season (its window in the
// school's time, the communication mode in force inside it, and the offer rounds with their
// response deadlines). Each save is audited with what it was before; saving the season moves the
// advocates' next morning summary to the new window, and the retention job to its new end.
import { policyInput, seasonInput } from "@/lib/domain/schemas";
import { roundsOutsideWindowMessage } from "@/lib/domain/season-rounds";
import { DEFAULT_POLICY } from "@/lib/domain/types";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import { audit } from "../core/audit";
import type { Db } from "../core/db";
import { AppError } from "../core/errors";
import { parseInput } from "../core/validate";
import type { UseCaseContext } from "../use-case/run-command";
import { loadPolicy } from "../use-case/load-applicant-snapshot";
import { scheduleMorningSummary } from "../notifications/morning-summary";
import { seasonSaved } from "../privacy/retention-schedule";

export async function getSchoolSettings(db: Db, actor: Actor) {
  authorize(actor, "settings.update");
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
    const policy = await loadPolicy(tx, schoolId);
    const season = await tx.season.findFirst({
      where: { schoolId, active: true },
      orderBy: { windowStartsAt: "desc" },
      include: { offerRounds: { orderBy: { number: "asc" } } },
    });
    return { school, policy, season };
  });
}

export async function updatePolicy(ctx: UseCaseContext, input: unknown) {
  const data = parseInput(policyInput, input);
  authorize(ctx.actor, "settings.update");
  const { schoolId } = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.schoolPolicy.findUnique({ where: { schoolId } });
    const after = await tx.schoolPolicy.upsert({ where: { schoolId }, create: { schoolId, ...data }, update: data });
    await audit(tx, ctx.actor, { action: "settings.policy", entityType: "SchoolPolicy", entityId: after.id, before: before ?? DEFAULT_POLICY, after });
    return after;
  });
}

export async function updateSeason(ctx: UseCaseContext, input: unknown) {
  const { offerRounds, ...data } = parseInput(seasonInput, input);
  authorize(ctx.actor, "settings.update");
  const { schoolId } = ctx.actor;
  return ctx.db.$transaction(async (tx) => {
    // Rounds outside the window would contradict it on every applicant's screen: refused, in the school's time.
    const { timeZone } = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
    const outside = roundsOutsideWindowMessage({ ...data, offerRounds }, timeZone);
    if (outside) throw new AppError("INVALID_INPUT", outside, { fieldErrors: { offerRounds: [outside] } });
    const before = await tx.season.findFirst({ where: { schoolId, active: true }, orderBy: { windowStartsAt: "desc" }, include: { offerRounds: true } });
    const season = before
      ? await tx.season.update({ where: { id: before.id, schoolId }, data })
      : await tx.season.create({ data: { schoolId, ...data, active: true } });
    await tx.offerRound.deleteMany({ where: { schoolId, seasonId: season.id } });
    await tx.offerRound.createMany({ data: offerRounds.map((round, i) => ({ schoolId, seasonId: season.id, number: i + 1, ...round })) });
    const after = await tx.season.findFirstOrThrow({ where: { id: season.id, schoolId }, include: { offerRounds: { orderBy: { number: "asc" } } } });
    await audit(tx, ctx.actor, { action: "settings.season", entityType: "Season", entityId: season.id, before, after });
    await scheduleMorningSummary(tx, schoolId, ctx.clock.now());
    await seasonSaved(tx, schoolId, before?.windowEndsAt ?? null, after.windowEndsAt, ctx.clock.now());
    return after;
  });
}
