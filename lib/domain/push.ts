// Web Push, the pure parts: what a push message carries (title, body, an absolute link built from
// the public origin, a tag that lets a device replace rather than repeat it), kept small enough
// for every push service; the name a device goes by in the person's list ("Chrome on Android");
// and the shape of a browser's subscription as the server accepts it.
import { z } from "zod";
import { idSchema } from "./schemas";

/** What the service worker (public/sw.js) reads from a push message. */
export interface PushMessage {
  title: string;
  body: string;
  /** Absolute, on the public origin. */
  url: string;
  /** The notification's id: a message delivered twice replaces itself on the device. */
  tag: string;
  /** Stays on screen until dismissed (an unanswered program call, an offer about to expire). */
  urgent: boolean;
}

/**
 * Push services accept 4096 bytes of encrypted payload; RFC 8291's header, padding delimiter and
 * tag take 103 of them. This leaves room to spare.
 */
export const PUSH_PAYLOAD_MAX_BYTES = 3000;
const TITLE_MAX_CHARS = 120;
const BODY_MAX_CHARS = 1000;
/** Where a notification without a usable link of its own leads. */
export const PUSH_FALLBACK_PATH = "/notifications";

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** A path inside the app ("/applicant#tasks"), never another origin ("//evil.example", "https:..."). */
export function isAppPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
}

/** The link a push message opens: the notification's path on the public origin. */
export function pushLink(linkPath: string, origin: string): string {
  const base = new URL(origin);
  const url = new URL(isAppPath(linkPath) ? linkPath : PUSH_FALLBACK_PATH, base.origin);
  return url.origin === base.origin ? url.toString() : new URL(PUSH_FALLBACK_PATH, base.origin).toString();
}

export function pushMessage(notification: { id: string; title: string; body: string; linkPath: string; urgent: boolean }, origin: string): PushMessage {
  return {
    title: cut(notification.title.trim() || "SOAP Desk", TITLE_MAX_CHARS),
    body: cut(notification.body.trim(), BODY_MAX_CHARS),
    url: pushLink(notification.linkPath, origin),
    tag: notification.id,
    urgent: notification.urgent,
  };
}

/**
 * The message as the JSON a push carries, shortened (body first, then title) to fit
 * PUSH_PAYLOAD_MAX_BYTES; a link too long to fit leads to the notifications page instead.
 */
export function pushPayload(message: PushMessage): string {
  let { title, body, url } = message;
  const json = () => JSON.stringify({ ...message, title, body, url });
  // Each round takes off a share of the excess (a JSON escape may take 6 bytes a character).
  for (let excess = utf8Length(json()) - PUSH_PAYLOAD_MAX_BYTES; excess > 0; excess = utf8Length(json()) - PUSH_PAYLOAD_MAX_BYTES) {
    const shorten = (text: string) => cut(text, Math.max(1, Array.from(text).length - Math.ceil(excess / 6)));
    if (Array.from(body).length > 1) body = shorten(body);
    else if (Array.from(title).length > 1) title = shorten(title);
    else if (url !== new URL(PUSH_FALLBACK_PATH, url).toString()) url = new URL(PUSH_FALLBACK_PATH, url).toString();
    else break;
  }
  return json();
}

/** How a push service is asked to treat a message: urgent ones at once, kept for an hour. */
export interface PushDeliveryOptions {
  urgency: "high" | "normal";
  ttlSeconds: number;
}

/**
 * An urgent message wakes a phone at once and is worth showing for an hour (after that the app
 * and the email say it better); others may wait for the phone's convenience, for up to half a day.
 */
export function pushDeliveryOptions(urgent: boolean): PushDeliveryOptions {
  return urgent ? { urgency: "high", ttlSeconds: 60 * 60 } : { urgency: "normal", ttlSeconds: 12 * 60 * 60 };
}

// ---- a device's name --------------------------------------------------------------------------

const BROWSERS: [RegExp, string][] = [
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Edg(A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Version\/[\d.]+.*Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPod/, "iPhone"],
  [/iPad/, "iPad"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Macintosh|Mac OS X/, "Mac"],
  [/Linux/, "Linux"],
];

/** "Chrome on Android", from the browser's User-Agent; always one of a fixed set of words. */
export function deviceLabel(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  if (system) return `A browser on ${system}`;
  return "A web browser";
}

// ---- a subscription as sent by the browser ----------------------------------------------------

/** The most an endpoint may take: push services' addresses are a few hundred characters. */
export const PUSH_ENDPOINT_MAX_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The bytes a base64url text (padded or not) stands for, or null when it is not base64url. */
function base64urlByteLength(value: string): number | null {
  const bare = value.replace(/={0,2}$/, "");
  if (!BASE64URL.test(bare) || bare.length % 4 === 1) return null;
  return Math.floor((bare.length * 6) / 8);
}

const AGAIN = "Turn push off and on again on this device.";

const key = (bytes: number, what: string) =>
  z
    .string({ error: `The subscription has no ${what}. ${AGAIN}` })
    .trim()
    .max(200, { error: `The subscription's ${what} is too long. ${AGAIN}` })
    .refine((value) => base64urlByteLength(value) === bytes, { error: `The subscription's ${what} is not the ${bytes}-byte key a browser sends. ${AGAIN}` })
    .transform((value) => value.replace(/=+$/, ""));

export const pushSubscriptionInput = z.object({
  endpoint: z
    .string({ error: `The subscription has no push address. ${AGAIN}` })
    .trim()
    .min(1, { error: `The subscription has no push address. ${AGAIN}` })
    .max(PUSH_ENDPOINT_MAX_LENGTH, { error: `The subscription's push address is too long. ${AGAIN}` }),
  /** The device's P-256 public key (65 bytes, uncompressed), base64url. */
  p256dh: key(65, "encryption key (p256dh)"),
  /** The device's 16-byte authentication secret, base64url. */
  auth: key(16, "authentication secret (auth)"),
  /** The browser's User-Agent: only ever turned into a label of fixed words. */
  userAgent: z.string().max(1000).optional().default(""),
});
export type PushSubscriptionInput = z.input<typeof pushSubscriptionInput>;

export const removePushDeviceInput = z.object({ subscriptionId: idSchema });
export const turnOffPushInput = z.object({ endpoint: z.string().trim().min(1).max(PUSH_ENDPOINT_MAX_LENGTH) });
