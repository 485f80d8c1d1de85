// Short-hands for the steps most tests take before the one they examine.
import type { Db } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import type { Clock } from "@/lib/server/core/clock";
import { addTarget, markApplied, logContact, assignAdvocate, claimProgram } from "@/tests/support/commands";
import type { UseCaseContext } from "@/lib/server/use-case/run-command";

export function contextFor(db: Db, clock: Clock) {
  return (actor: Actor): UseCaseContext => ({ db, clock, actor });
}

export async function applyTo(ctx: UseCaseContext, applicantId: string, programIds: string[]) {
  for (const programId of programIds) {
    await addTarget(ctx, applicantId, { programId });
    await markApplied(ctx, applicantId, { programId });
  }
}

export async function emailProgram(ctx: UseCaseContext, applicantId: string, programId: string) {
  return logContact(ctx, applicantId, {
    programId,
    direction: "OUTBOUND",
    channel: "EMAIL",
    outcome: "SENT",
    occurredAt: ctx.clock.now(),
    summary: "Short introduction email",
  });
}

/** The program calls the applicant and offers an interview, logged by the applicant: an urgent task. */
export async function programOffersInterview(ctx: UseCaseContext, applicantId: string, programId: string) {
  return logContact(ctx, applicantId, { programId, direction: "INBOUND", channel: "PHONE", outcome: "INTERVIEW_OFFERED", occurredAt: ctx.clock.now() });
}

export async function advocateCall(ctx: UseCaseContext, applicantId: string, programId: string, channel: "PHONE" | "EMAIL" = "PHONE") {
  return logContact(ctx, applicantId, { programId, direction: "OUTBOUND", channel, outcome: "SPOKE", occurredAt: ctx.clock.now() });
}

export async function assignAndClaim(dean: UseCaseContext, advocate: UseCaseContext, applicantId: string, programIds: string[]) {
  await assignAdvocate(dean, { applicantId, advocateId: advocate.actor.advocateId });
  for (const programId of programIds) await claimProgram(advocate, { applicantId, programId });
}
