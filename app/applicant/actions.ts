"use server";
// The applicant workspace's server actions: thin adapters. Each resolves the signed-in actor,
// calls one use case (which parses the input, checks can() and the rules, and writes with its
// audit row), then refreshes the workspace. Failures come back as toErrorBody, never thrown.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/domain/applicant/action-result";
import type { Warning } from "@/lib/domain/rules/decision";
import { currentActor } from "@/lib/server/auth/current-actor";
import { systemClock } from "@/lib/server/clock";
import { prisma } from "@/lib/server/db";
import { AppError, toErrorBody } from "@/lib/server/errors";
import { updateChecklist, updateProfile } from "@/lib/server/applicant/reachability";
import { saveNarrative } from "@/lib/server/applicant/narrative";
import { removeTarget, reorderTargets, setTargetPriority } from "@/lib/server/applicant/target-list";
import { completeTask } from "@/lib/server/applicant/tasks";
import { recordInterview } from "@/lib/server/applicant/interviews";
import { addTarget, markApplied } from "@/lib/server/outreach/targets";
import { logContact } from "@/lib/server/outreach/log-contact";
import { recordOffer, respondToOffer } from "@/lib/server/offers/offers";
import type { UseCaseContext } from "@/lib/server/use-case";

type Work<D> = (ctx: UseCaseContext, applicantId: string) => Promise<{ warnings: Warning[]; data?: D }>;

async function run<D = undefined>(work: Work<D>): Promise<ActionResult<D>> {
  try {
    const actor = await currentActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    if (!actor.applicantId) throw new AppError("FORBIDDEN", "Only applicants use this workspace.");
    const { warnings, data } = await work({ db: prisma, clock: systemClock, actor }, actor.applicantId);
    revalidatePath("/applicant", "layout");
    return { ok: true, warnings, ...(data === undefined ? {} : { data }) };
  } catch (error) {
    if (error instanceof AppError) return toErrorBody(error);
    console.error("applicant action failed", error);
    return { ok: false, code: "INTERNAL", message: "Something went wrong on our side; nothing was saved. Try again in a moment." };
  }
}

const field = (input: unknown, key: string): unknown => (typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined);

export async function updateChecklistAction(input: unknown) {
  return run((ctx, id) => updateChecklist(ctx, id, input));
}

export async function updateProfileAction(input: unknown) {
  return run((ctx, id) => updateProfile(ctx, id, input));
}

export async function saveNarrativeAction(input: unknown) {
  return run(async (ctx, id) => {
    const { warnings, result } = await saveNarrative(ctx, id, input);
    return { warnings, data: { version: result.version } };
  });
}

export async function addTargetAction(input: unknown) {
  return run((ctx, id) => addTarget(ctx, id, input));
}

export async function removeTargetAction(input: unknown) {
  return run((ctx, id) => removeTarget(ctx, id, input));
}

export async function reorderTargetsAction(input: unknown) {
  return run((ctx, id) => reorderTargets(ctx, id, input));
}

export async function setTargetPriorityAction(input: unknown) {
  return run((ctx, id) => setTargetPriority(ctx, id, input));
}

export async function markAppliedAction(input: unknown) {
  return run((ctx, id) => markApplied(ctx, id, input));
}

/** The applicant's own email to a program, sent from their mail client: OUTBOUND EMAIL SENT. */
export async function logEmailSentAction(input: unknown) {
  return run((ctx, id) =>
    logContact(ctx, id, {
      programId: field(input, "programId"),
      direction: "OUTBOUND",
      channel: "EMAIL",
      outcome: "SENT",
      occurredAt: ctx.clock.now(),
      summary: field(input, "summary") ?? "",
    }),
  );
}

/** A program called (or offered an interview): INBOUND, which creates the urgent response task. */
export async function logProgramCalledAction(input: unknown) {
  return run(async (ctx, id) => {
    const { warnings, result } = await logContact(ctx, id, {
      programId: field(input, "programId"),
      direction: "INBOUND",
      channel: field(input, "channel") ?? "PHONE",
      outcome: field(input, "outcome"),
      occurredAt: ctx.clock.now(),
      summary: field(input, "summary") ?? "",
    });
    const task = result.tasks[0];
    return { warnings, data: task ? { taskTitle: task.title, dueAt: task.dueAt.toISOString() } : undefined };
  });
}

export async function completeTaskAction(input: unknown) {
  return run((ctx, id) => completeTask(ctx, id, input));
}

export async function recordInterviewAction(input: unknown) {
  return run((ctx, id) => recordInterview(ctx, id, input));
}

export async function recordOfferAction(input: unknown) {
  return run((ctx, id) => recordOffer(ctx, id, { programId: field(input, "programId"), round: field(input, "round"), offeredAt: ctx.clock.now() }));
}

export async function respondOfferAction(input: unknown) {
  return run((ctx, id) => respondToOffer(ctx, id, input));
}
