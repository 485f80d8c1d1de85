// Sends the outbox's due emails. Each run claims its rows (FOR UPDATE SKIP LOCKED, and a lease:
// the next attempt is pushed back before sending), stops well before the lease ends, and records
// an outcome only while the row is still the one it claimed, so two runs, or two server
// processes, never send one email twice. A refused send is retried later with a growing pause; after
// MAX_ATTEMPTS the email is marked FAILED, where the dean's office can see it. Links are built
// from the configured public origin at send time. A sign-in link request is made into its email
// here (for an address with an account; otherwise it is dropped), and deleted once handled.
import type { Db } from "../core/db";
import type { Outbox } from "../mail/outbox-settings";
import { notificationEmail } from "../mail/templates";
import type { MailMessage } from "../mail/mailer";
import { magicLinkMessage } from "../auth/magic-link";

export const MAX_ATTEMPTS = 8;
/** How long a run holds the rows it claimed; it stops sending before the lease runs out. */
const LEASE_MS = 10 * 60_000;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, ... at most an hour. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1));
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  id: string;
  kind: "NOTIFICATION" | "SIGN_IN_LINK";
  linkOrigin: string | null;
  toAddress: string;
  subject: string;
  text: string;
  linkPath: string;
  linkLabel: string;
  attempts: number;
}

async function claimDue(db: Db, now: Date, limit: number): Promise<Claimed[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM outbox_emails
      WHERE status = 'PENDING' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    // The lease: while this run sends, the rows are not due for anyone else.
    await tx.outboxEmail.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
    return tx.outboxEmail.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true, linkOrigin: true, toAddress: true, subject: true, text: true, linkPath: true, linkLabel: true, attempts: true },
    });
  });
}

async function messageFor(db: Db, outbox: Outbox, email: Claimed): Promise<MailMessage | null> {
  // A sign-in link goes back to the instance the person asked (its AUTH_URL, as it recorded it).
  if (email.kind === "SIGN_IN_LINK") return magicLinkMessage(db, email.toAddress, { origin: email.linkOrigin ?? outbox.origin, secret: outbox.signInSecret });
  const url = new URL(email.linkPath, outbox.origin).toString();
  return notificationEmail({ to: email.toAddress, subject: email.subject, text: email.text, url, linkLabel: email.linkLabel });
}

export async function deliverOutbox(db: Db, outbox: Outbox, now: Date, limit = 10): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  if (!outbox.mailer) return report;
  const started = Date.now();
  for (const email of await claimDue(db, now, limit)) {
    // Past most of the lease another run may claim these rows: leave them to it rather than
    // risk sending twice. Their attempt was counted, so they are simply due again later.
    if (Date.now() - started > LEASE_MS / 2) break;
    // Only the run that claimed the row (same attempt number, still pending) may record its fate.
    const stillOurs = { id: email.id, status: "PENDING" as const, attempts: email.attempts };
    const signInLink = email.kind === "SIGN_IN_LINK";
    let failure: string | null = null;
    try {
      const message = await messageFor(db, outbox, email);
      if (message === null) {
        // A sign-in link asked for an address without an account: nothing to send, nothing kept.
        await db.outboxEmail.deleteMany({ where: stillOurs });
        continue;
      }
      await outbox.mailer.send(message);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const failed = failure !== null && email.attempts >= MAX_ATTEMPTS;
    if (signInLink && (failure === null || failed)) {
      // Sign-in requests are not kept once handled; a link never sent is asked for again.
      await db.outboxEmail.deleteMany({ where: stillOurs });
    } else if (failure === null) {
      await db.outboxEmail.updateMany({ where: stillOurs, data: { status: "SENT", sentAt: now, lastError: null } });
    } else {
      await db.outboxEmail.updateMany({
        where: stillOurs,
        data: {
          status: failed ? "FAILED" : "PENDING",
          lastError: failure,
          nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(email.attempts) * 60_000),
        },
      });
    }
    if (failure === null) report.sent += 1;
    else if (failed) report.failed += 1;
    else report.retrying += 1;
  }
  return report;
}
