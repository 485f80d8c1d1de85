"use server";
// The dean's office changes the school's policy and the season. Pages of every role read them, so
// the whole app is refreshed.
import { policyInput, seasonInput } from "@/lib/domain/schemas";
import { defineAction } from "@/lib/server/entry/define-action";
import { updatePolicy, updateSeason } from "@/lib/server/settings/school-settings";
import { retentionInput } from "@/lib/domain/privacy/retention";
import { formatNumber } from "@/lib/domain/human-format";
import { updateRetention } from "@/lib/server/privacy/retention-settings";

export const updatePolicyAction = defineAction({
  name: "settings.updatePolicy",
  guard: "settings.update",
  roles: ["DEAN"],
  input: policyInput,
  revalidate: "/",
  run: async (ctx, input) => {
    await updatePolicy(ctx, input);
    return { message: "Policy saved. New outreach follows it now; what people already did stays in their history." };
  },
});

export const updateSeasonAction = defineAction({
  name: "settings.updateSeason",
  guard: "settings.update",
  roles: ["DEAN"],
  input: seasonInput,
  revalidate: "/",
  run: async (ctx, input) => {
    const season = await updateSeason(ctx, input);
    return { message: `Season saved, with ${season.offerRounds.length} offer round${season.offerRounds.length === 1 ? "" : "s"}.` };
  },
});

export const updateRetentionAction = defineAction({
  name: "settings.updateRetention",
  guard: "settings.update",
  roles: ["DEAN"],
  input: retentionInput,
  revalidate: "/dean/settings",
  run: async (ctx, input) => {
    const { retentionDays } = await updateRetention(ctx, input);
    return {
      message: `Saved: applicants' personal data is kept ${formatNumber(retentionDays)} days after the season ends. The dean's office is told a week before it goes.`,
    };
  },
});
