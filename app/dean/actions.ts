"use server";
// The dean's office's actions on one applicant: assign and unassign advocates (the cap of two is
// a rule, with its reason), override one refused rule with a written reason, and release a claim.
import { assignAdvocateInput, overrideInput, releaseInput, unassignAdvocateInput } from "@/lib/domain/schemas";
import { defineAction } from "@/lib/server/entry/define-action";
import { assignAdvocate } from "@/lib/server/advocacy/assign-advocate";
import { unassignAdvocate } from "@/lib/server/advocacy/unassign-advocate";
import { releaseProgram } from "@/lib/server/advocacy/release-program";
import { createOverride } from "@/lib/server/dashboard/create-override";
import { RULE_CATALOG } from "@/lib/domain/rules/catalog";

const REFRESH = "/dean";

export const assignAdvocateAction = defineAction({
  name: "assignments.create",
  command: true,
  guard: "assignment.create",
  roles: ["DEAN"],
  input: assignAdvocateInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await assignAdvocate(ctx, input);
    return { warnings, message: "Assigned. The advocate sees this applicant now." };
  },
});

export const unassignAdvocateAction = defineAction({
  name: "assignments.end",
  command: true,
  guard: "assignment.end",
  roles: ["DEAN"],
  input: unassignAdvocateInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await unassignAdvocate(ctx, input);
    return { warnings, message: "Unassigned. Their claims are released; their contacts stay in the history." };
  },
});

export const createOverrideAction = defineAction({
  name: "overrides.create",
  guard: "override.create",
  roles: ["DEAN"],
  input: overrideInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const override = await createOverride(ctx, input);
    return { message: `Override recorded: "${RULE_CATALOG[override.ruleCode as keyof typeof RULE_CATALOG]?.title ?? override.ruleCode}" may be passed once.` };
  },
});

export const releaseClaimByDeanAction = defineAction({
  name: "claims.releaseByDean",
  command: true,
  guard: "claim.release",
  roles: ["DEAN"],
  input: releaseInput,
  applicant: (input) => input.applicantId,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const { warnings } = await releaseProgram(ctx, input);
    return { warnings, message: "Released: another advocate may claim it now." };
  },
});
