// The end-to-end server's stand-in for the job that pushes a notification: an urgent notification
// for one person (by email), written as the app writes one and handed to deliverPush, the code
// the job queue runs, with the e2e server's VAPID keys and public origin. What it did comes back
// for the test to check.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/core/db";
import { deliverPush, type PushSender } from "@/lib/server/push/deliver-push";

export interface PushedNotification {
  notificationId: string;
  title: string;
  body: string;
  linkPath: string;
  pushStatus: string;
  pushError: string | null;
}

export async function pushUrgentNotification(
  prisma: PrismaClient,
  sender: PushSender,
  origin: string,
  request: { email: string; linkPath: string },
): Promise<PushedNotification> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: request.email }, select: { id: true, schoolId: true } });
  const notification = await prisma.notification.create({
    data: {
      schoolId: user.schoolId,
      userId: user.id,
      kind: "CALL_UNANSWERED",
      urgent: true,
      pushStatus: "QUEUED",
      title: "Riverside Internal Medicine called: call back within 30 minutes",
      body: "Dr. Imani Okafor, the program coordinator, is waiting for your call at (555) 010-2030.",
      linkPath: request.linkPath,
    },
  });
  await deliverPush(prisma as unknown as Db, sender, origin, notification.id, new Date(), { number: 1, max: 1 });
  const after = await prisma.notification.findUniqueOrThrow({ where: { id: notification.id } });
  return { notificationId: after.id, title: after.title, body: after.body, linkPath: after.linkPath, pushStatus: after.pushStatus, pushError: after.pushError };
}
