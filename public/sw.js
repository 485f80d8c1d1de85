// SOAP Desk's service worker (scope "/"), registered when a person turns push on for a device on
// the notifications page. It only shows push messages and opens their link: it caches nothing and
// leaves every request to the network. A message's JSON is {title, body, url, tag, urgent}
// (lib/domain/push.ts); its link opens only on SOAP Desk's own origin, in a window of SOAP Desk
// already open when there is one.
"use strict";

const FALLBACK_PATH = "/notifications";
const ICON = "/icons/icon-192.png";
const BADGE = "/icons/badge-96.png";

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  // Windows already open are handled at once: a click can bring them to the link.
  event.waitUntil(self.clients.claim());
});

/** A link on this origin, or the notifications page when the message names another place. */
function sameOriginUrl(value) {
  try {
    const url = new URL(typeof value === "string" ? value : FALLBACK_PATH, self.location.origin);
    if (url.origin === self.location.origin) return url.href;
  } catch {
    // Not a URL at all: the fallback below.
  }
  return new URL(FALLBACK_PATH, self.location.origin).href;
}

function text(value, fallback) {
  return typeof value === "string" && value.trim() !== "" ? value : fallback;
}

function readMessage(data) {
  let message = {};
  try {
    message = data ? data.json() : {};
  } catch {
    message = { body: data ? data.text() : "" };
  }
  if (message === null || typeof message !== "object") message = {};
  return {
    title: text(message.title, "SOAP Desk"),
    body: text(message.body, "You have a new notification."),
    url: sameOriginUrl(message.url),
    tag: text(message.tag, undefined),
    urgent: message.urgent === true,
  };
}

self.addEventListener("push", (event) => {
  // Every push shows a notification (browsers require it of a subscription made userVisibleOnly).
  const message = readMessage(event.data);
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      // The same notification delivered again replaces the first; an urgent one still alerts.
      renotify: message.urgent && message.tag !== undefined,
      requireInteraction: message.urgent,
      icon: ICON,
      badge: BADGE,
      data: { url: message.url },
    }),
  );
});

async function openLink(url) {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const ours = windows.filter((client) => new URL(client.url).origin === self.location.origin);
  // The window the person looked at last first.
  const existing = ours.find((client) => client.focused) ?? ours.find((client) => client.visibilityState === "visible") ?? ours[0];
  if (existing) {
    const focused = await existing.focus().catch(() => existing);
    const navigated = await focused.navigate(url).catch(() => null);
    if (navigated) return;
  }
  await self.clients.openWindow(url);
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = sameOriginUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(openLink(url));
});
