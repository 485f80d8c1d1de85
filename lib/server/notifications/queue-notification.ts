import "server-only";
// Telling someone: a notification in the app, and on the channels the person chose for its kind
// (lib/domain/notification-channels.ts) an email in the outbox and a push message, each with its
// job. All of it is written in the transaction of the change it reports, so none exists without
// the others and a mail or push outage cannot lose them. The jobs send after the commit.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { channelsFor, isUrgentKind } from "@/lib/domain/notification-channels";
import type { TxClient } from "../core/db";
import { scheduleJob } from "../jobs/queue";

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
  /** The applicant it is about, when there is one. */
  applicantId?: string | null;
  /** One notification per key: a second draft with the same key is dropped (an escalation run twice). */
  dedupeKey?: string;
}

export interface Queued {
  notificationId: string;
  emailId: string | null;
  push: boolean;
}

/** Queues the notification; null when one with the same dedupe key exists already. */
export async function queueNotification(tx: TxClient, draft: NotificationDraft, now: Date): Promise<Queued | null> {
  if (draft.dedupeKey && (await tx.notification.findUnique({ where: { dedupeKey: draft.dedupeKey }, select: { id: true } }))) return null;
  const [saved, devices] = await Promise.all([
    tx.notificationPreference.findUnique({ where: { userId_kind: { userId: draft.userId, kind: draft.kind } }, select: { email: true, push: true } }),
    tx.pushSubscription.count({ where: { userId: draft.userId } }),
  ]);
  const channels = channelsFor(draft.kind, saved);
  const push = channels.push && devices > 0;
  const notification = await tx.notification.create({
    data: {
      schoolId: draft.schoolId,
      userId: draft.userId,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      linkPath: draft.linkPath,
      taskId: draft.taskId ?? null,
      applicantId: draft.applicantId ?? null,
      urgent: isUrgentKind(draft.kind),
      dedupeKey: draft.dedupeKey ?? null,
      pushStatus: push ? "QUEUED" : "NONE",
    },
    select: { id: true },
  });
  let emailId: string | null = null;
  if (channels.email) {
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
    emailId = email.id;
    await scheduleJob(tx, "send-email", { emailId }, { runAt: now, now });
  }
  if (push) await scheduleJob(tx, "send-push", { notificationId: notification.id }, { runAt: now, now });
  return { notificationId: notification.id, emailId, push };
}
