// What this browser can do about Web Push, and the steps of turning it on and off here: ask the
// person's permission, register the service worker (public/sw.js, for the whole app), and get a
// subscription from the browser's push service for this server's VAPID public key.

/** Where push stands on this device, as the card says it. */
export type PushState = "checking" | "server-off" | "unsupported" | "blocked" | "off" | "on";

export interface BrowserSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export const SERVICE_WORKER_URL = "/sw.js";

export function pushSupported(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/** iPhone and iPad offer push only to an app added to the Home Screen. */
export function needsHomeScreen(): boolean {
  return /iPhone|iPad|iPod/.test(navigator.userAgent) && !window.matchMedia("(display-mode: standalone)").matches;
}

function base64urlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
  const raw = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (char) => char.charCodeAt(0));
}

function bytesToBase64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** SHA-256 of an endpoint, as the server lists a device's (endpointDigest). */
export async function endpointDigest(endpoint: string): Promise<string> {
  return bytesToBase64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(endpoint)));
}

/** The subscription this browser holds for SOAP Desk, if any. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return registration ? registration.pushManager.getSubscription() : null;
}

function madeFor(subscription: PushSubscription, publicKey: string): boolean {
  const key = subscription.options.applicationServerKey;
  if (!key) return false;
  const want = base64urlToBytes(publicKey);
  const have = new Uint8Array(key);
  return have.length === want.length && have.every((byte, i) => byte === want[i]);
}

export class PushStepError extends Error {
  constructor(
    readonly state: PushState | null,
    message: string,
  ) {
    super(message);
    this.name = "PushStepError";
  }
}

/** Permission, service worker, subscription: the browser's half of turning push on. */
export async function subscribeThisDevice(publicKey: string): Promise<BrowserSubscription> {
  const permission = await Notification.requestPermission();
  if (permission === "denied") throw new PushStepError("blocked", "Notifications are blocked for SOAP Desk in this browser, so push cannot be turned on.");
  if (permission !== "granted") throw new PushStepError(null, "The browser's question was closed without an answer. Press the button again and choose Allow.");
  const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/" });
  await navigator.serviceWorker.ready;
  let subscription = await registration.pushManager.getSubscription();
  // Made for another key (the server's keys were replaced): it could never receive anything.
  if (subscription && !madeFor(subscription, publicKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  try {
    subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64urlToBytes(publicKey) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PushStepError(
      null,
      `This browser could not get a push address from its push service (${why}). Try again in a minute; on a hospital or school network, the push service may be blocked.`,
    );
  }
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth)
    throw new PushStepError(null, "This browser gave a push subscription without its keys. Try again, or use another browser.");
  return { endpoint, p256dh: keys.p256dh, auth: keys.auth };
}
