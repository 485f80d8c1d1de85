// Web Push in a real Chromium: the manifest and the service worker are served as a phone needs
// them; on the notifications page a person turns push on for this device (permission, the service
// worker at scope "/", a subscription the server stores and lists as this device), the server
// pushes an urgent notification (deliverPush, encrypted and signed) to a push service on loopback
// that decrypts it, the message reaches the service worker (the DevTools protocol's
// ServiceWorker.deliverPushMessage), which shows it, and a click on it brings the page to the
// notification's link. The browser's own push service is out of reach here (it lives on the
// internet), so pushManager.subscribe() hands out the loopback service's subscription instead;
// a real click on a system notification is not possible headless, so the service worker is given
// the notificationclick event the click would make.
import type { BrowserContext, Page, Worker } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { advocateTeam, signIn } from "./support/people";
import { startPushService, type PushService, type TestSubscription } from "../support/push-service";

const port = Number(process.env.E2E_PORT ?? 3100);
const helper = `http://127.0.0.1:${Number(process.env.E2E_MAIL_PORT ?? port + 1)}`;
const origin = `http://localhost:${port}`;

let service: PushService;
test.beforeAll(async () => {
  service = await startPushService();
});
test.afterAll(async () => {
  await service?.close();
});

/** pushManager as the browser's push service would answer it, with the loopback service's subscription. */
async function standInForPushService(context: BrowserContext, device: TestSubscription) {
  await context.addInitScript((device: TestSubscription) => {
    const HELD = "push-stand-in-key";
    const subscription = (key: number[]) => ({
      endpoint: device.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: new Uint8Array(key).buffer },
      toJSON: () => ({ endpoint: device.endpoint, expirationTime: null, keys: { p256dh: device.p256dh, auth: device.auth } }),
      unsubscribe: async () => {
        localStorage.removeItem(HELD);
        return true;
      },
    });
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = Array.from(new Uint8Array(options?.applicationServerKey as ArrayBuffer));
      localStorage.setItem(HELD, JSON.stringify(key));
      return subscription(key) as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      const held = localStorage.getItem(HELD);
      return (held ? subscription(JSON.parse(held) as number[]) : null) as unknown as PushSubscription | null;
    };
  }, device);
}

/** Hands a push message to the app's service worker, as the browser does when its push service delivers one. */
async function deliver(page: Page, payload: string) {
  const session = await page.context().newCDPSession(page);
  // The id DevTools knows the registration by, from the events the domain sends once enabled.
  const registrationId = new Promise<string>((resolve) => {
    session.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await session.send("ServiceWorker.enable");
  await session.send("ServiceWorker.deliverPushMessage", { origin, registrationId: await registrationId, data: payload });
  await session.detach();
}

interface Shown {
  title: string;
  body: string;
  tag: string;
  requireInteraction: boolean;
  data: { url: string };
}

async function shownNotifications(page: Page): Promise<Shown[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const shown = await registration.getNotifications();
    return shown.map((n) => ({ title: n.title, body: n.body, tag: n.tag, requireInteraction: n.requireInteraction, data: n.data as { url: string } }));
  });
}

/** What a click on the shown notification makes: a notificationclick event in the service worker. */
async function clickNotification(worker: Worker, tag: string) {
  await worker.evaluate(async (tag) => {
    interface WorkerScope {
      registration: ServiceWorkerRegistration;
      dispatchEvent(event: Event): boolean;
    }
    type NotificationEventConstructor = new (type: string, init: { notification: Notification }) => Event;
    const scope = self as unknown as WorkerScope;
    const [notification] = await scope.registration.getNotifications({ tag });
    if (!notification) throw new Error(`no notification with tag ${tag}`);
    const NotificationEvent = (self as unknown as { NotificationEvent: NotificationEventConstructor }).NotificationEvent;
    const event = new NotificationEvent("notificationclick", { notification });
    // A made-up event may not extend its own life (waitUntil throws for it): the test waits instead.
    const pending: Promise<unknown>[] = [];
    Object.defineProperty(event, "waitUntil", { value: (promise: Promise<unknown>) => pending.push(promise) });
    scope.dispatchEvent(event);
    await Promise.all(pending);
  }, tag);
}

test("the manifest, its icons and the service worker are served as a phone installs them", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  const app = (await manifest.json()) as { display: string; start_url: string; icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(app).toMatchObject({ display: "standalone", start_url: "/" });
  const png = app.icons.filter((icon) => icon.type === "image/png");
  expect(png.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of png) {
    const answer = await request.get(icon.src);
    expect(answer.headers()["content-type"], icon.src).toBe("image/png");
  }

  const worker = await request.get("/sw.js");
  expect(worker.ok()).toBe(true);
  expect(worker.headers()["content-type"]).toMatch(/javascript/);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
  expect(worker.headers()["service-worker-allowed"]).toBe("/");
  expect(worker.headers()["content-security-policy"]).toContain("worker-src 'self'");
  expect(await worker.text()).toContain('addEventListener("push"');
});

test("push on this device: turned on, stored, pushed by the server, shown by the service worker, opened by a click", async ({ browser }, info) => {
  test.setTimeout(120_000);
  const team = await advocateTeam();
  const page = await signIn(browser, info, team.applicant.email, /\/applicant$/);
  const context = page.context();
  await context.grantPermissions(["notifications"], { origin });
  const device = service.subscribe();
  await standInForPushService(context, device);

  await page.goto("/notifications");
  const card = page.getByRole("region", { name: "Push notifications" });
  await expect(card.getByRole("status").first()).toContainText("Push is off on this device.");
  await expect(card).toContainText("None yet.");
  // By keyboard: the button keeps the focus as its words change.
  await card.getByRole("button", { name: "Turn on push on this device" }).focus();
  await page.keyboard.press("Enter");

  // The server stored it: the device list, read back from the server, names this device.
  await expect(card.getByText("Push is on for this device (Chrome on Windows).")).toBeVisible();
  const devices = card.getByRole("list", { name: "Your devices with push on" });
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await expect(devices.getByRole("listitem")).toContainText("Chrome on Windows");
  await expect(devices.getByRole("listitem")).toContainText("This device");
  await expect(card.getByRole("status").first()).toContainText("This device gets push notifications");
  await expect(card.getByRole("button", { name: "Turn off on this device" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  // The service worker is registered for the whole app and controls the page.
  const registered = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(registered).toEqual({ scope: `${origin}/`, script: `${origin}/sw.js`, controlled: expect.any(Boolean) });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // The server pushes an urgent notification to the person's devices (what the job queue runs).
  const answer = await fetch(`${helper}/push/notify?email=${encodeURIComponent(team.applicant.email)}&path=${encodeURIComponent("/applicant#tasks")}`, {
    method: "POST",
  });
  const pushed = (await answer.json()) as { notificationId: string; title: string; body: string; pushStatus: string; pushError: string | null };
  expect(pushed).toMatchObject({ pushStatus: "SENT", pushError: null });
  const received = await service.waitFor(device.endpoint);
  expect(JSON.parse(received.payload)).toEqual({
    title: pushed.title,
    body: pushed.body,
    url: `${origin}/applicant#tasks`,
    tag: pushed.notificationId,
    urgent: true,
  });

  // The push service hands it to the browser, whose service worker shows it.
  await page.goto("/notifications");
  await deliver(page, received.payload);
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([{ title: pushed.title, body: pushed.body, tag: pushed.notificationId, requireInteraction: true, data: { url: `${origin}/applicant#tasks` } }]);

  // A click on it brings this window to the notification's link, and the notification goes.
  const worker = context.serviceWorkers().find((w) => w.url() === `${origin}/sw.js`) ?? (await context.waitForEvent("serviceworker"));
  await clickNotification(worker, pushed.notificationId);
  await expect(page).toHaveURL(`${origin}/applicant#tasks`);
  await expect.poll(() => shownNotifications(page)).toEqual([]);

  // A message that names another site opens SOAP Desk's notifications page instead.
  await deliver(page, JSON.stringify({ title: "Elsewhere", body: "A link off the app", url: "https://evil.example/login", tag: "elsewhere" }));
  await expect.poll(async () => (await shownNotifications(page)).map((n) => n.data.url)).toEqual([`${origin}/notifications`]);
  await clickNotification(worker, "elsewhere");
  await expect(page).toHaveURL(`${origin}/notifications`);

  // Turned off here: the server forgets the device, and the browser its subscription.
  await card.getByRole("button", { name: "Turn off on this device" }).click();
  await expect(card.getByText("Push is off for this device.")).toBeVisible();
  await expect(card).toContainText("None yet.");
  await expect(card.getByRole("button", { name: "Turn on push on this device" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("push-stand-in-key"))).toBeNull();
  await context.close();
});

test("the card says plainly when this browser has blocked notifications", async ({ browser }, info) => {
  const team = await advocateTeam();
  const page = await signIn(browser, info, team.advocate.email, /\/advocate$/);
  await page.context().addInitScript(() => {
    Object.defineProperty(Notification, "permission", { get: () => "denied" });
  });
  await page.goto("/notifications");
  const card = page.getByRole("region", { name: "Push notifications" });
  await expect(card.getByRole("status").first()).toContainText("Notifications are blocked for SOAP Desk in this browser's settings.");
  await expect(card.getByRole("button", { name: /Turn on push/ })).toHaveCount(0);
  await page.context().close();
});
