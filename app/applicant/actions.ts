"use server";
// The applicant workspace's server actions, each defined through defineAction: parsed, admitted
// for the applicant's own record, run through one use case (which decides with the rules and
// writes with its audit row), then the workspace is refreshed.
import { idSchema, logContactInput, narrativeInput, recordOfferInput } from "@/lib/domain/schemas";
import {
  addTargetInput,
  checklistInput,
  markAppliedInput,
  removeTargetInput,
  reorderTargetsInput,
  respondOfferInput,
  setTargetPriorityInput,
} from "@/lib/domain/schemas";
import { completeTaskInput, profileUpdateInput, recordInterviewInput } from "@/lib/domain/applicant/schemas";
import { programReachedOutInput, programSearchInput } from "@/lib/domain/applicant/program-reached-out";
import { defineAction } from "@/lib/server/entry/define-action";
import { updateChecklist } from "@/lib/server/applicant/update-checklist";
import { updateProfile } from "@/lib/server/applicant/update-profile";
import { saveNarrative } from "@/lib/server/applicant/save-narrative";
import { removeTarget } from "@/lib/server/target-list/remove-target";
import { reorderTargets } from "@/lib/server/target-list/reorder-targets";
import { setTargetPriority } from "@/lib/server/target-list/set-target-priority";
import { completeTask } from "@/lib/server/outreach/complete-task";
import { recordInterview } from "@/lib/server/offers-and-interviews/record-interview";
import { addTarget } from "@/lib/server/target-list/add-target";
import { markApplied } from "@/lib/server/target-list/mark-applied";
import { logContact } from "@/lib/server/outreach/log-contact";
import { searchProgramsToLog } from "@/lib/server/outreach/search-programs-to-log";
import { recordOffer } from "@/lib/server/offers-and-interviews/record-offer";
import { respondToOffer } from "@/lib/server/offers-and-interviews/respond-to-offer";

/** A command on the applicant's own record: its use case checks access in the lock that serializes it. */
const own = { applicant: "own", roles: ["APPLICANT"], revalidate: "/applicant", command: true } as const;

export const updateChecklistAction = defineAction({
  name: "checklist.update",
  guard: "checklist.update",
  input: checklistInput,
  ...own,
  run: (ctx, input) => updateChecklist(ctx, input),
});

export const updateProfileAction = defineAction({
  name: "profile.update",
  guard: "profile.update",
  input: profileUpdateInput,
  ...own,
  run: (ctx, input) => updateProfile(ctx, input),
});

export const saveNarrativeAction = defineAction({
  name: "narrative.save",
  guard: "narrative.save",
  input: narrativeInput,
  ...own,
  run: async (ctx, input) => {
    const { warnings, result } = await saveNarrative(ctx, input);
    return { warnings, data: { version: result.version } };
  },
});

export const addTargetAction = defineAction({
  name: "targets.add",
  guard: "target.add",
  input: addTargetInput,
  ...own,
  run: (ctx, input) => addTarget(ctx, input),
});

export const removeTargetAction = defineAction({
  name: "targets.remove",
  guard: "target.remove",
  input: removeTargetInput,
  ...own,
  run: (ctx, input) => removeTarget(ctx, input),
});

export const reorderTargetsAction = defineAction({
  name: "targets.reorder",
  guard: "target.reorder",
  input: reorderTargetsInput,
  ...own,
  run: (ctx, input) => reorderTargets(ctx, input),
});

export const setTargetPriorityAction = defineAction({
  name: "targets.setPriority",
  guard: "target.setPriority",
  input: setTargetPriorityInput,
  ...own,
  run: (ctx, input) => setTargetPriority(ctx, input),
});

export const markAppliedAction = defineAction({
  name: "targets.markApplied",
  guard: "target.markApplied",
  input: markAppliedInput,
  ...own,
  run: (ctx, input) => markApplied(ctx, input),
});

/** The applicant's own email to a program, sent from their mail client: OUTBOUND EMAIL SENT. */
export const logEmailSentAction = defineAction({
  name: "contacts.logEmailSent",
  guard: "contact.log",
  input: logContactInput.pick({ programId: true, summary: true }),
  ...own,
  run: (ctx, input) => logContact(ctx, { ...input, direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT", occurredAt: ctx.clock.now() }),
});

/**
 * A program called or emailed (or offered an interview), on the target list or not: INBOUND,
 * which creates the urgent response task; a program off the list is logged with a warning.
 */
export const logProgramCalledAction = defineAction({
  name: "contacts.logProgramCalled",
  guard: "contact.log",
  input: programReachedOutInput,
  ...own,
  run: async (ctx, input) => {
    const { warnings, result } = await logContact(ctx, { ...input, direction: "INBOUND", occurredAt: ctx.clock.now() });
    const task = result.tasks[0];
    return { warnings, data: task ? { taskTitle: task.title, dueAt: task.dueAt.toISOString() } : undefined };
  },
});

/** "Which program reached you?": the school's catalog searched by a few words, for that dialog. */
export const searchProgramsToLogAction = defineAction({
  name: "catalog.search",
  guard: "catalog.view",
  input: programSearchInput,
  applicant: "own",
  roles: ["APPLICANT"],
  run: async (ctx, input) => ({ data: await searchProgramsToLog(ctx.db, ctx.actor, input) }),
});

export const completeTaskAction = defineAction({
  name: "tasks.complete",
  guard: "task.complete",
  input: completeTaskInput,
  ...own,
  run: (ctx, input) => completeTask(ctx, input),
});

export const recordInterviewAction = defineAction({
  name: "interviews.record",
  guard: "interview.record",
  input: recordInterviewInput,
  ...own,
  run: (ctx, input) => recordInterview(ctx, input),
});

export const recordOfferAction = defineAction({
  name: "offers.record",
  guard: "offer.record",
  input: recordOfferInput.pick({ programId: true, round: true }),
  ...own,
  run: (ctx, input) => recordOffer(ctx, { ...input, offeredAt: ctx.clock.now() }),
});

export const respondOfferAction = defineAction({
  name: "offers.respond",
  guard: "offer.respond",
  input: respondOfferInput.extend({ offerId: idSchema }),
  ...own,
  run: (ctx, input) => respondToOffer(ctx, input),
});
