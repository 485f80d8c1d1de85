"use server";
// The advocate's server actions: claim and release a program of an assigned applicant's list, and
// log a contact with it. Each names the applicant; the guard admits only an advocate actively
// assigned to them (the dean's office may release), before anything about the applicant is read.
import { claimInput, idSchema, logContactInput, releaseInput } from "@/lib/domain/schemas";
import { defineAction } from "@/lib/server/entry/define-action";
import { claimProgram } from "@/lib/server/advocacy/claim-program";
import { releaseProgram } from "@/lib/server/advocacy/release-program";
import { logContact } from "@/lib/server/outreach/log-contact";

const REFRESH = "/advocate";

export const claimProgramAction = defineAction({
  name: "claims.create",
  guard: "claim.create",
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
  guard: "claim.release",
  input: releaseInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await releaseProgram(ctx, input);
    return { warnings, message: "Released: another advocate may claim it now." };
  },
});

/**
 * A contact the advocate made (or a program's call to them), timed now: a contact logged for an
 * earlier time waits until the rules count each call by the day it happened.
 */
export const logAdvocateContactAction = defineAction({
  name: "contacts.logByAdvocate",
  guard: "contact.log",
  input: logContactInput
    .pick({ programId: true, direction: true, channel: true, outcome: true, summary: true, narrativeVersionId: true })
    .extend({ applicantId: idSchema }),
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, { applicantId, ...contact }) => {
    const { warnings, result } = await logContact(ctx, applicantId, { ...contact, occurredAt: ctx.clock.now() });
    const task = result.tasks[0];
    return { warnings, message: task ? `Logged. The applicant has a new task: ${task.title}.` : "Logged." };
  },
});
