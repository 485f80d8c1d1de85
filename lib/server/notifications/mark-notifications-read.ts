import "server-only";
// Marking one's own notifications read: one (by id) or all. Another person's are never touched.
import type { UseCaseContext } from "../use-case/run-command";
import { audit } from "../core/audit";

export async function markNotificationsRead(ctx: UseCaseContext, input: { notificationId?: string }): Promise<{ marked: number }> {
  const { actor, db } = ctx;
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.userId, schoolId: actor.schoolId, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
      data: { readAt: ctx.clock.now() },
    });
    if (count > 0) {
      await audit(tx, actor, {
        action: "notification.read",
        entityType: "Notification",
        entityId: input.notificationId ?? actor.userId,
        after: { marked: count },
      });
    }
    return { marked: count };
  });
}
