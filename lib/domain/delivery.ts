// How one notification reached its person, as the dean's office reads it on the delivery page:
// by email (queued, sent, failed after its retries, or waiting because email is not set up on
// the server), by push (no device, queued, sent, failed), and whether it was read in the app.
// And which notifications count as an urgent message not delivered: an urgent one whose email
// or push failed and that nobody has read in the app, so someone must call.
import { z } from "zod";
import { countOf } from "./human-format";
import type { NotificationKind, PersonRole } from "./notification-channels";

export const DELIVERY_FILTERS = ["all", "failed", "urgent"] as const;
export type DeliveryFilter = (typeof DELIVERY_FILTERS)[number];

/** The filters' names, short enough for a phone's row of three. */
export const DELIVERY_FILTER_LABELS: Record<DeliveryFilter, string> = {
  all: "All",
  failed: "Not delivered",
  urgent: "Urgent",
};

/** What the list shows under each filter. */
export const DELIVERY_LIST_TITLES: Record<DeliveryFilter, string> = {
  all: "Every message",
  failed: "Messages that did not get through",
  urgent: "Urgent messages",
};

/** The page's address: `?show=failed`. Anything else shows every message. */
export const deliveryQuery = z.object({ show: z.enum(DELIVERY_FILTERS).catch("all").default("all") });

export function deliveryHref(filter: DeliveryFilter): string {
  return filter === "all" ? "/dean/delivery" : `/dean/delivery?show=${filter}`;
}

/**
 * What the outbox records as an email's last error when the server has no mail settings, so the
 * page can tell "waiting for a mail server" from "queued" and from a refusal.
 */
export const EMAIL_NOT_SET_UP = "Email is not set up on this server (SMTP_HOST and EMAIL_FROM), so it was not sent.";

export function saysEmailNotSetUp(lastError: string | null): boolean {
  return lastError !== null && /not set up/i.test(lastError);
}

/** A badge's tone (components/ui/badge.tsx): red is for a failure only. */
export type StateTone = "neutral" | "info" | "good" | "warn" | "bad";

export interface ChannelState {
  label: string;
  tone: StateTone;
  /** Why, in a sentence, when the label alone does not say it. */
  detail: string | null;
  /** When it happened (sent, read), shown in the school's zone. */
  at: Date | null;
}

export interface EmailFacts {
  status: "PENDING" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
}

export interface PushFacts {
  pushStatus: "NONE" | "QUEUED" | "SENT" | "FAILED";
  pushError: string | null;
  pushedAt: Date | null;
}

const state = (label: string, tone: StateTone, detail: string | null = null, at: Date | null = null): ChannelState => ({ label, tone, detail, at });

/** The email of one notification (null: none was written, email being off for that kind). */
export function emailState(email: EmailFacts | null, mailConfigured: boolean): ChannelState {
  if (email === null) return state("No email", "neutral", "Email is off for this kind of message.");
  if (email.status === "SENT") return state("Sent", "good", null, email.sentAt);
  if (email.status === "FAILED")
    return state(`Failed after ${countOf(email.attempts, "attempt")}`, "bad", email.lastError ?? "The mail server gave no reason.");
  if (!mailConfigured || saysEmailNotSetUp(email.lastError))
    return state("Not set up on this server", "warn", "Email is not set up on this server, so it waits unsent. The server's administrator sets it up.");
  if (email.attempts > 0 && email.lastError)
    return state("Queued, retrying", "warn", `${countOf(email.attempts, "attempt")} failed so far: ${email.lastError}`);
  return state("Queued", "info");
}

export function pushState(push: PushFacts): ChannelState {
  switch (push.pushStatus) {
    case "NONE":
      return state("No push", "neutral", "No device set up, or push is off for this kind of message.");
    case "QUEUED":
      return state("Queued", "info");
    case "SENT":
      return state("Sent", "good", null, push.pushedAt);
    case "FAILED":
      return state("Failed", "bad", push.pushError ?? "The push service gave no reason.");
  }
}

export function readState(readAt: Date | null): ChannelState {
  return readAt ? state("Read", "good", null, readAt) : state("Not read", "neutral");
}

/** One message as the delivery page lists it. */
export interface Delivery {
  id: string;
  createdAt: Date;
  kind: NotificationKind;
  kindLabel: string;
  title: string;
  urgent: boolean;
  person: { name: string; role: PersonRole };
  /** The applicant it is about, if any. */
  applicant: { id: string; name: string } | null;
  email: ChannelState;
  push: ChannelState;
  read: ChannelState;
  /** Urgent, failed on a channel and unread: someone should call. */
  undelivered: boolean;
}

/** An urgent message that did not get through: email or push failed, and it is unread in the app. */
export function isUrgentUndelivered(n: {
  urgent: boolean;
  readAt: Date | null;
  pushStatus: PushFacts["pushStatus"];
  emailStatus: EmailFacts["status"] | null;
}): boolean {
  return n.urgent && n.readAt === null && (n.emailStatus === "FAILED" || n.pushStatus === "FAILED");
}
