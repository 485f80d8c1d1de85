"use server";
// The advocate's server actions. Those that touch an applicant name them; the guard admits only an
// advocate actively assigned to that applicant (the dean's office may release), before anything
// about the applicant is read. Connections belong to the advocate alone.
import { addConnectionInput, editConnectionInput, removeConnectionInput } from "@/lib/domain/advocate/connections";
import { CONNECTION_LABELS } from "@/lib/domain/advocate/connections";
import { claimInput, idSchema, logContactInput, narrativeInput, releaseInput } from "@/lib/domain/schemas";
import { defineAction } from "@/lib/server/entry/define-action";
import { assertNotInFuture } from "@/lib/server/core/validate";
import { claimProgram } from "@/lib/server/advocacy/claim-program";
import { addConnection, editConnection, removeConnection } from "@/lib/server/advocacy/connections";
import { nudgeApplicant } from "@/lib/server/advocacy/nudge-applicant";
import { releaseProgram } from "@/lib/server/advocacy/release-program";
import { saveNarrative } from "@/lib/server/applicant/save-narrative";
import { logContact } from "@/lib/server/outreach/log-contact";

// Every advocate page reads these records; the layout refreshes them all.
const REFRESH = "/advocate";

export const claimProgramAction = defineAction({
  name: "claims.create",
  command: true,
  guard: "claim.create",
  roles: ["ADVOCATE"],
  input: claimInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await claimProgram(ctx, input);
    return { warnings, message: "Claimed: this program is yours to call for this applicant." };
  },
});

export const releaseProgramAction = defineAction({
  name: "claims.release",
  command: true,
  guard: "claim.release",
  roles: ["ADVOCATE"],
  input: releaseInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await releaseProgram(ctx, input);
    return { warnings, message: "Released: another advocate may claim it now." };
  },
});

/** A contact the advocate made (or a program's call to them), at the time it really happened (default now). */
export const logAdvocateContactAction = defineAction({
  name: "contacts.logByAdvocate",
  command: true,
  guard: "contact.log",
  roles: ["ADVOCATE"],
  input: logContactInput
    .pick({ programId: true, direction: true, channel: true, outcome: true, summary: true, narrativeVersionId: true })
    .extend({ applicantId: idSchema, occurredAt: logContactInput.shape.occurredAt.optional() }),
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, { applicantId: _admitted, occurredAt, ...contact }) => {
    const when = occurredAt ?? ctx.clock.now();
    assertNotInFuture(when, ctx.clock.now(), "occurredAt", "A contact");
    const { warnings, result } = await logContact(ctx, { ...contact, occurredAt: when });
    const task = result.tasks[0];
    return { warnings, message: task ? `Logged. The applicant has a new task, sent by email too: ${task.title}.` : "Logged." };
  },
});

export const nudgeApplicantAction = defineAction({
  name: "nudges.create",
  command: true,
  guard: "nudge.create",
  roles: ["ADVOCATE"],
  input: claimInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { result } = await nudgeApplicant(ctx, input);
    return { message: `Nudged. The applicant has a task and an email: ${result.title}.` };
  },
});

export const saveNarrativeByAdvocateAction = defineAction({
  name: "narratives.saveByAdvocate",
  command: true,
  guard: "narrative.save",
  roles: ["ADVOCATE"],
  input: narrativeInput.extend({ applicantId: idSchema }),
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, { applicantId: _admitted, ...narrative }) => {
    const { warnings, result } = await saveNarrative(ctx, narrative);
    return { warnings, message: `Saved as version ${result.version}. Everyone now tells this version of the story.` };
  },
});

export const addConnectionAction = defineAction({
  name: "connections.create",
  guard: "connection.manage",
  roles: ["ADVOCATE"],
  input: addConnectionInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { connection, programName } = await addConnection(ctx.db, ctx.actor, input);
    return { message: `Recorded for ${programName}: ${CONNECTION_LABELS[connection.kind]}.` };
  },
});

export const editConnectionAction = defineAction({
  name: "connections.update",
  guard: "connection.manage",
  roles: ["ADVOCATE"],
  input: editConnectionInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    await editConnection(ctx.db, ctx.actor, input);
    return { message: "Connection saved." };
  },
});

export const removeConnectionAction = defineAction({
  name: "connections.delete",
  guard: "connection.manage",
  roles: ["ADVOCATE"],
  input: removeConnectionInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    await removeConnection(ctx.db, ctx.actor, input);
    return { message: "Connection removed." };
  },
});
