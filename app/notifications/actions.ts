"use server";
// Marking one's own notifications read (one, or all of them).
import { z } from "zod";
import { idSchema } from "@/lib/domain/schemas";
import { defineAction } from "@/lib/server/entry/define-action";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

export const markNotificationsReadAction = defineAction({
  name: "notifications.markRead",
  guard: "signed-in",
  input: z.object({ notificationId: idSchema.optional() }),
  revalidate: "/",
  run: async (ctx, input) => {
    const { marked } = await markNotificationsRead(ctx, input);
    return { message: marked === 0 ? "Nothing unread." : `${marked} marked as read.` };
  },
});
