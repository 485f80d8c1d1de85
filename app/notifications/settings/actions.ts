"use server";
// Saving one's own choice of email and push for one kind of notification.
import { channelChoiceInput, kindLabel } from "@/lib/domain/notification-channels";
import { defineAction } from "@/lib/server/entry/define-action";
import { saveChannelChoice } from "@/lib/server/notifications/notification-preferences";

export const saveChannelChoiceAction = defineAction({
  name: "notifications.saveChannelChoice",
  guard: "signed-in",
  input: channelChoiceInput,
  revalidate: "/notifications/settings",
  run: async (ctx, input) => {
    const { choice, notice } = await saveChannelChoice(ctx, input);
    const channels = [choice.email && "email", choice.push && "push"].filter(Boolean).join(" and ");
    return { data: choice, message: `Saved: "${kindLabel(input.kind)}" comes in the app${channels ? ` and by ${channels}` : " only"}.`, notice };
  },
});
