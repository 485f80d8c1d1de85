// Telling someone: a notification in the app and an email in the outbox, both written in the
// transaction of the change they report, so neither exists without the other and a mail outage
// cannot lose them. The email goes out after the commit (deliver-outbox.ts).
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { TxClient } from "../core/db";

export interface NotificationDraft {
  schoolId: string;
  userId: string;
  /** Where the email goes: the person's address. */
  email: string;
  kind: NotificationKind;
  title: string;
  /** What to do and by when, in plain paragraphs. */
  body: string;
  /** Where the link leads, inside the app. */
  linkPath: string;
  linkLabel: string;
  taskId?: string | null;
}

export async function queueNotification(tx: TxClient, draft: NotificationDraft, now: Date): Promise<{ notificationId: string; emailId: string }> {
  const notification = await tx.notification.create({
    data: {
      schoolId: draft.schoolId,
      userId: draft.userId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      linkPath: draft.linkPath,
      taskId: draft.taskId ?? null,
    },
    select: { id: true },
  });
  const email = await tx.outboxEmail.create({
    data: {
      schoolId: draft.schoolId,
      notificationId: notification.id,
      toAddress: draft.email,
      subject: draft.title,
      text: draft.body,
      linkPath: draft.linkPath,
      linkLabel: draft.linkLabel,
      nextAttemptAt: now,
    },
    select: { id: true },
  });
  return { notificationId: notification.id, emailId: email.id };
}
