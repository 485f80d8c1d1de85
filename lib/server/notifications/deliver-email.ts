import "server-only";
// Sends one outbox email: the job queue's "send-email" job, added in the transaction that wrote
// the email. The row is the record the dean's office reads (queued, sent, failed with the reason);
// the job is the attempt. A refused send throws, and the queue tries again later with a growing
// pause; at the last attempt the row is marked FAILED instead. Links are built from the configured
// public origin at send time. A sign-in link request is made into its email here (for an address
// with an account; otherwise it is dropped), and deleted once handled.
import type { Db } from "../core/db";
import type { Outbox } from "../mail/outbox-settings";
import { notificationEmail } from "../mail/templates";
import type { MailMessage } from "../mail/mailer";
import { magicLinkMessage } from "../auth/magic-link";
import { announceChange } from "../live/change-feed";
import { EMAIL_NOT_SET_UP } from "@/lib/domain/delivery";
import { log } from "../core/log";
import { metrics } from "../core/metrics";

export interface Attempt {
  /** This try's number, from 1. */
  number: number;
  /** The last try: after it the email counts as failed. */
  max: number;
}

type Row = NonNullable<Awaited<ReturnType<typeof loadEmail>>>;

function loadEmail(db: Db, emailId: string) {
  return db.outboxEmail.findUnique({
    where: { id: emailId },
    select: {
      id: true,
      schoolId: true,
      kind: true,
      status: true,
      linkOrigin: true,
      toAddress: true,
      subject: true,
      text: true,
      linkPath: true,
      linkLabel: true,
    },
  });
}

async function messageFor(db: Db, outbox: Outbox, email: Row): Promise<MailMessage | null> {
  // A sign-in link goes back to the instance the person asked (its AUTH_URL, as it recorded it).
  if (email.kind === "SIGN_IN_LINK") return magicLinkMessage(db, email.toAddress, { origin: email.linkOrigin ?? outbox.origin, secret: outbox.signInSecret });
  const url = new URL(email.linkPath, outbox.origin).toString();
  return notificationEmail({ to: email.toAddress, subject: email.subject, text: email.text, url, linkLabel: email.linkLabel });
}

/** Sends the email once; throws (for a retry) when the mail server refuses before the last try. */
export async function deliverEmail(db: Db, outbox: Outbox, emailId: string, now: Date, attempt: Attempt): Promise<void> {
  const email = await loadEmail(db, emailId);
  // Gone (a handled sign-in request) or already settled: nothing to do.
  if (!email || email.status !== "PENDING") return;
  const pending = { id: email.id, status: "PENDING" as const };
  const signInLink = email.kind === "SIGN_IN_LINK";
  if (!outbox.mailer) {
    // Nothing can send it; a sign-in request without a mail server is not kept.
    if (signInLink) await db.outboxEmail.deleteMany({ where: pending });
    else await db.outboxEmail.updateMany({ where: pending, data: { attempts: attempt.number, lastError: EMAIL_NOT_SET_UP } });
    return;
  }
  let failure: string | null = null;
  try {
    const message = await messageFor(db, outbox, email);
    if (message === null) {
      // A sign-in link asked for an address without an account: nothing to send, nothing kept.
      await db.outboxEmail.deleteMany({ where: pending });
      return;
    }
    await outbox.mailer.send(message);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const last = attempt.number >= attempt.max;
  // The log has the email's id and kind: never its address, subject or text.
  const line = { emailId: email.id, kind: email.kind, attempt: attempt.number, maxAttempts: attempt.max };
  if (failure === null) log().info(line, "email sent");
  else {
    metrics().emailsFailed.inc();
    log().warn({ ...line, final: last }, "email failed");
  }
  if (signInLink && (failure === null || last)) {
    // Sign-in requests are not kept once handled; a link never sent is asked for again.
    await db.outboxEmail.deleteMany({ where: pending });
  } else if (failure === null) {
    await db.outboxEmail.updateMany({ where: pending, data: { status: "SENT", sentAt: now, attempts: attempt.number, lastError: null } });
  } else {
    await db.outboxEmail.updateMany({ where: pending, data: { status: last ? "FAILED" : "PENDING", attempts: attempt.number, lastError: failure } });
    // The dean's office's dashboards show undelivered messages: they hear of this one now.
    if (last && email.schoolId) await announceChange(db, email.schoolId);
  }
  if (failure !== null && !last) throw new Error(failure);
}
