// The commands as tests call them: raw input and the actor's context, taken through the same
// steps as their entry points (parsed with the command's schema, admitted by the real guard as a
// command on the applicant), then run through the use case. A test of a refusal therefore sees
// what a person would: a bad field, a role that may not, an applicant not theirs.
import type { z } from "zod";
import { assignAdvocateInput, claimInput, logContactInput, narrativeInput, overrideInput, recordOfferInput, releaseInput } from "@/lib/domain/schemas";
import { addTargetInput, checklistInput, markAppliedInput, removeTargetInput, reorderTargetsInput, respondOfferInput } from "@/lib/domain/schemas";
import { setTargetPriorityInput, unassignAdvocateInput } from "@/lib/domain/schemas";
import { completeTaskInput, profileUpdateInput, recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { rolesGranted, type Action } from "@/lib/server/auth/policy";
import type { Actor } from "@/lib/server/core/actor";
import type { Clock } from "@/lib/server/core/clock";
import type { Db } from "@/lib/server/core/db";
import { assertNotInFuture, parseInput } from "@/lib/server/core/validate";
import type { Admitted } from "@/lib/server/entry/admitted";
import { admit } from "@/lib/server/entry/guard";
import { entryPoint } from "@/lib/server/entry/registry";
import { addTarget as addTargetUseCase } from "@/lib/server/target-list/add-target";
import { removeTarget as removeTargetUseCase } from "@/lib/server/target-list/remove-target";
import { markApplied as markAppliedUseCase } from "@/lib/server/target-list/mark-applied";
import { reorderTargets as reorderTargetsUseCase } from "@/lib/server/target-list/reorder-targets";
import { setTargetPriority as setTargetPriorityUseCase } from "@/lib/server/target-list/set-target-priority";
import { updateChecklist as updateChecklistUseCase } from "@/lib/server/applicant/update-checklist";
import { updateProfile as updateProfileUseCase } from "@/lib/server/applicant/update-profile";
import { saveNarrative as saveNarrativeUseCase } from "@/lib/server/applicant/save-narrative";
import { completeTask as completeTaskUseCase } from "@/lib/server/outreach/complete-task";
import { logContact as logContactUseCase } from "@/lib/server/outreach/log-contact";
import { recordInterview as recordInterviewUseCase } from "@/lib/server/offers-and-interviews/record-interview";
import { recordOffer as recordOfferUseCase } from "@/lib/server/offers-and-interviews/record-offer";
import { respondToOffer as respondToOfferUseCase } from "@/lib/server/offers-and-interviews/respond-to-offer";
import { claimProgram as claimProgramUseCase } from "@/lib/server/advocacy/claim-program";
import { releaseProgram as releaseProgramUseCase } from "@/lib/server/advocacy/release-program";
import { nudgeApplicant as nudgeApplicantUseCase } from "@/lib/server/advocacy/nudge-applicant";
import { assignAdvocate as assignAdvocateUseCase } from "@/lib/server/advocacy/assign-advocate";
import { unassignAdvocate as unassignAdvocateUseCase } from "@/lib/server/advocacy/unassign-advocate";
import { createOverride as createOverrideUseCase } from "@/lib/server/dashboard/create-override";

export interface TestContext {
  db: Db;
  clock: Clock;
  actor: Actor;
}

/** The Admitted context a command's entry point would give the use case. */
export async function admitCommand(ctx: TestContext, action: Action, applicantId: string, command = true): Promise<Admitted> {
  const entry = entryPoint("action", { name: `test.${action}`, guard: action, applicant: () => applicantId, roles: rolesGranted(action), command });
  const scope = {
    db: ctx.db,
    clock: ctx.clock,
    actor: async () => ctx.actor,
    revalidate: () => {},
    outbox: () => ({ mailer: null, origin: "http://localhost" }),
  };
  const { admitted } = await admit(scope, entry, () => applicantId);
  if (!admitted) throw new Error("A guarded command admitted nobody.");
  return admitted;
}

type Run<S extends z.ZodType, R> = (cmd: Admitted, data: z.output<S>) => Promise<R>;

/** A command on the applicant the test names. */
function onApplicant<S extends z.ZodType, R>(action: Action, schema: S, run: Run<S, R>) {
  return async (ctx: TestContext, applicantId: string, input: unknown): Promise<R> => {
    const data = parseInput(schema, input);
    return run(await admitCommand(ctx, action, applicantId), data);
  };
}

/** A command whose input names the applicant (the advocate's and the dean's forms). */
function namingApplicant<S extends z.ZodType<{ applicantId: string }>, R>(action: Action, schema: S, run: Run<S, R>, command = true) {
  return async (ctx: TestContext, input: unknown): Promise<R> => {
    const data = parseInput(schema, input);
    return run(await admitCommand(ctx, action, data.applicantId, command), data);
  };
}

export const addTarget = onApplicant("target.add", addTargetInput, addTargetUseCase);
export const removeTarget = onApplicant("target.remove", removeTargetInput, removeTargetUseCase);
export const markApplied = onApplicant("target.markApplied", markAppliedInput, markAppliedUseCase);
export const reorderTargets = onApplicant("target.reorder", reorderTargetsInput, reorderTargetsUseCase);
export const setTargetPriority = onApplicant("target.setPriority", setTargetPriorityInput, setTargetPriorityUseCase);
export const updateChecklist = onApplicant("checklist.update", checklistInput, updateChecklistUseCase);
export const updateProfile = onApplicant("profile.update", profileUpdateInput, updateProfileUseCase);
export const saveNarrative = onApplicant("narrative.save", narrativeInput, saveNarrativeUseCase);
export const completeTask = onApplicant("task.complete", completeTaskInput, completeTaskUseCase);
export const recordInterview = onApplicant("interview.record", recordInterviewInput, recordInterviewUseCase);
export const respondToOffer = onApplicant("offer.respond", respondOfferInput, respondToOfferUseCase);
export const logContact = onApplicant("contact.log", logContactInput, (cmd, data) => {
  assertNotInFuture(data.occurredAt, cmd.clock.now(), "occurredAt", "A contact");
  return logContactUseCase(cmd, data);
});
export const recordOffer = onApplicant("offer.record", recordOfferInput, (cmd, data) => {
  assertNotInFuture(data.offeredAt, cmd.clock.now(), "offeredAt", "An offer");
  return recordOfferUseCase(cmd, data);
});

export const claimProgram = namingApplicant("claim.create", claimInput, claimProgramUseCase);
export const releaseProgram = namingApplicant("claim.release", releaseInput, releaseProgramUseCase);
export const nudgeApplicant = namingApplicant("nudge.create", claimInput, nudgeApplicantUseCase);
export const assignAdvocate = namingApplicant("assignment.create", assignAdvocateInput, assignAdvocateUseCase);
export const unassignAdvocate = namingApplicant("assignment.end", unassignAdvocateInput, unassignAdvocateUseCase);
/** An override is not a rule-checked command: the guard checks the applicant, as for the dean's form. */
export const createOverride = namingApplicant("override.create", overrideInput, createOverrideUseCase, false);
