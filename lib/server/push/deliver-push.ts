import "server-only";
// Sends one notification by Web Push to every device its person turned push on for. The message
// (title, body, a link built from the configured public origin, never a request's) is encrypted
// for each device (RFC 8291) and signed with the server's VAPID key (RFC 8292). A device the push
// service says is gone (404, 410) is removed from the person's list. The notification is SENT when
// at least one device took it and NONE when the person has no device; when every device failed,
// deliverPush throws so the job queue tries again later, and at the last attempt records FAILED
// with the reason, where the dean's office can read it. A job run again after a success sends
// nothing; a message that does arrive twice carries the same tag, so the device shows it once.
import { log } from "../core/log";
import { metrics } from "../core/metrics";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import webpush from "web-push";
import { pushDeliveryOptions, pushMessage, pushPayload } from "@/lib/domain/push";
import { announceChange } from "../live/change-feed";
import type { Db } from "../core/db";
import { getServerEnv, type VapidSettings } from "../core/env";
import { guardedLookup, pushEndpointProblem, type EndpointPolicy } from "./push-endpoint";

export interface PushSubscriptionKeys {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushSender {
  /** Posts one encrypted message; answers the push service's status, or throws when it was not reached. */
  send(subscription: PushSubscriptionKeys, payload: string, options: { urgency: "high" | "normal"; ttlSeconds: number }): Promise<{ statusCode: number }>;
}

/** How long a push service gets to answer one message. */
const SEND_TIMEOUT_MS = 10_000;

function post(
  endpoint: string,
  headers: Record<string, string | number>,
  body: Buffer | null,
  policy: EndpointPolicy,
  timeoutMs: number,
): Promise<{ statusCode: number }> {
  const url = new URL(endpoint);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      // Redirects are not followed: a push service answers where it is asked.
      { method: "POST", headers, lookup: guardedLookup(policy), timeout: timeoutMs },
      (response: IncomingMessage) => {
        response.resume();
        response.on("end", () => resolve({ statusCode: response.statusCode ?? 0 }));
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no answer within ${timeoutMs / 1000} seconds`)));
    outgoing.on("error", reject);
    outgoing.end(body ?? undefined);
  });
}

/**
 * A sender that encrypts and signs with the web-push library and posts the request itself, only
 * to an endpoint push-endpoint.ts allows (checked again at connection time, after DNS).
 */
export function webPushSender(vapid: VapidSettings, options: { allowLoopback?: boolean; timeoutMs?: number } = {}): PushSender {
  const policy: EndpointPolicy = { allowLoopback: options.allowLoopback ?? false };
  const timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  return {
    async send(subscription, payload, { urgency, ttlSeconds }) {
      const problem = pushEndpointProblem(subscription.endpoint, policy);
      if (problem) throw new Error(problem);
      const details = webpush.generateRequestDetails(subscription, payload, {
        vapidDetails: vapid,
        TTL: ttlSeconds,
        urgency,
        contentEncoding: "aes128gcm",
      });
      return post(details.endpoint, details.headers as Record<string, string | number>, details.body, policy, timeoutMs);
    },
  };
}

/** The server's sender, from its settings; null when push is off (no VAPID keys). */
export function serverPushSender(): PushSender | null {
  const env = getServerEnv();
  return env.vapid ? webPushSender(env.vapid, { allowLoopback: env.pushAllowLoopbackEndpoints }) : null;
}

export const PUSH_OFF_REASON = "Push is off on this server: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT are not set.";

const STATUS_MEANING: Record<number, string> = {
  400: "it found the request malformed",
  401: "it did not accept this server's VAPID signature",
  403: "it did not accept this server's VAPID signature",
  413: "the message was too large",
  429: "too many messages: it asks to slow down",
};

function statusReason(statusCode: number): string {
  const meaning = STATUS_MEANING[statusCode] ?? (statusCode >= 500 ? "a failure on its side" : null);
  return `the push service answered ${statusCode}${meaning ? ` (${meaning})` : ""}`;
}

function thrownReason(error: unknown): string {
  return `the push service was not reached: ${error instanceof Error ? error.message : String(error)}`;
}

type Outcome = { id: string; label: string; p256dh: string; auth: string } & ({ result: "sent" } | { result: "gone" | "failed"; reason: string });

function failureSummary(outcomes: Outcome[]): string {
  const failures = outcomes.map((o) => `${o.label || "a device"}: ${o.result === "sent" ? "sent" : o.reason}`).join("; ");
  const devices = outcomes.length === 1 ? "their one device" : `any of their ${outcomes.length} devices`;
  return `Push could not be delivered to ${devices}. ${failures}.`;
}

export async function deliverPush(
  db: Db,
  sender: PushSender | null,
  origin: string,
  notificationId: string,
  now: Date,
  attempt: { number: number; max: number },
): Promise<void> {
  const notification = await db.notification.findUnique({
    where: { id: notificationId },
    select: { id: true, userId: true, schoolId: true, title: true, body: true, linkPath: true, urgent: true, pushStatus: true },
  });
  // Deleted meanwhile (the person's account went): nobody left to tell. Sent already: never twice.
  if (!notification || notification.pushStatus === "SENT") return;
  const mark = async (data: { pushStatus: "NONE" | "SENT" | "FAILED"; pushError: string | null; pushedAt?: Date }) => {
    await db.notification.updateMany({ where: { id: notification.id, pushStatus: { not: "SENT" } }, data });
    // A push that failed may be an urgent message not delivered: open dashboards hear of it now.
    if (data.pushStatus === "FAILED") await announceChange(db, notification.schoolId);
  };
  if (!sender) {
    await mark({ pushStatus: "NONE", pushError: PUSH_OFF_REASON });
    return;
  }
  const devices = await db.pushSubscription.findMany({
    where: { userId: notification.userId, schoolId: notification.schoolId },
    orderBy: { createdAt: "asc" },
    select: { id: true, endpoint: true, p256dh: true, auth: true, label: true },
  });
  if (devices.length === 0) {
    await mark({ pushStatus: "NONE", pushError: null });
    return;
  }

  const payload = pushPayload(pushMessage(notification, origin));
  const options = pushDeliveryOptions(notification.urgent);
  const outcomes = await Promise.all(
    devices.map(async ({ endpoint, ...device }): Promise<Outcome> => {
      try {
        const { statusCode } = await sender.send({ endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, payload, options);
        if (statusCode >= 200 && statusCode < 300) return { ...device, result: "sent" };
        if (statusCode === 404 || statusCode === 410)
          return { ...device, result: "gone", reason: `${statusReason(statusCode)}: the device no longer has this subscription` };
        return { ...device, result: "failed", reason: statusReason(statusCode) };
      } catch (error) {
        return { ...device, result: "failed", reason: thrownReason(error) };
      }
    }),
  );

  // A gone device is removed, unless it subscribed afresh (new keys) while this was sending.
  const gone = outcomes.filter((o) => o.result === "gone");
  if (gone.length > 0) await db.pushSubscription.deleteMany({ where: { OR: gone.map(({ id, p256dh, auth }) => ({ id, p256dh, auth })) } });
  const sent = outcomes.filter((o) => o.result === "sent");
  if (sent.length > 0) {
    await db.pushSubscription.updateMany({ where: { id: { in: sent.map((o) => o.id) } }, data: { lastUsedAt: now } });
    await mark({ pushStatus: "SENT", pushError: null, pushedAt: now });
    return;
  }

  const reason = failureSummary(outcomes);
  // The log has the notification's id and the count only: a device's label is the person's words.
  metrics().pushFailed.inc();
  log().warn({ notificationId: notification.id, devices: outcomes.length, attempt: attempt.number, maxAttempts: attempt.max }, "push failed");
  // Every device gone: no later attempt can reach them, so it stands now.
  if (gone.length === outcomes.length) {
    await mark({ pushStatus: "FAILED", pushError: `${reason} They were removed from the person's devices; push reaches them again once they turn it on.` });
    return;
  }
  if (attempt.number >= attempt.max) {
    await mark({ pushStatus: "FAILED", pushError: `${reason} (attempt ${attempt.number} of ${attempt.max}; no more tries)` });
    return;
  }
  // Said now, so the dean's office sees why while the queue waits to try again.
  await db.notification.updateMany({ where: { id: notification.id, pushStatus: { not: "SENT" } }, data: { pushError: reason } });
  throw new Error(`${reason} (attempt ${attempt.number} of ${attempt.max}; tried again later)`);
}
