// Web Push end to end on the server's side, against a push service on loopback that decrypts what
// it receives (tests/support/push-service.ts): a device turned on through the server action, an
// urgent notification delivered to it encrypted and signed, with its link on the configured
// public origin; a device its push service says is gone is removed; when every device fails the
// job is told to try again, and at the last attempt the notification is FAILED with the reason.
// Every refusal (push off, an address SOAP Desk will not post to, a key that is no key, another
// person's device) changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { ManualClock } from "@/lib/server/core/clock";
import type { Actor } from "@/lib/server/core/actor";
import { runInScope, type EntryScope } from "@/lib/server/entry/scope";
import { deliverPush, PUSH_OFF_REASON, webPushSender, type PushSender } from "@/lib/server/push/deliver-push";
import { guardedLookup } from "@/lib/server/push/push-endpoint";
import { listPushDevices, savePushSubscription, type PushSettings } from "@/lib/server/push/push-devices";
import { pushSubscriptionInput } from "@/lib/domain/push";
import { removePushDeviceAction, turnOffPushAction, turnOnPushAction } from "@/app/notifications/push-actions";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { contextFor } from "./support/flows";
import { databaseFingerprint } from "./support/database-fingerprint";
import { startPushService, type PushService, type TestSubscription } from "../support/push-service";

const ORIGIN = "https://soap-desk.school.test";
const ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
const WINDOWS_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:it@school.test" };
const PUSH_ON: PushSettings = { enabled: true, allowLoopbackEndpoints: true };
/** A deployment's settings: push on, no loopback. */
const STRICT: PushSettings = { enabled: true, allowLoopbackEndpoints: false };

let t: TestDatabase;
let school: SchoolFixture;
let service: PushService;
let sender: PushSender;
let savedEnv: NodeJS.ProcessEnv;
const clock = new ManualClock(new Date("2026-03-19T14:00:00Z"));

beforeAll(async () => {
  t = await createTestDatabase("web_push");
  school = await createSchool(t.db, { now: clock.now(), programs: 1 });
  service = await startPushService();
  sender = webPushSender(vapid, { allowLoopback: true });
  // The server's settings as a deployment with push sets them (a replaced process.env is read afresh).
  savedEnv = process.env;
  process.env = {
    ...process.env,
    AUTH_URL: ORIGIN,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: vapid.subject,
    PUSH_ALLOW_LOOPBACK_ENDPOINTS: "1",
  };
});

afterAll(async () => {
  process.env = savedEnv;
  await service?.close();
  await t?.drop();
});

function scopeFor(actor: Actor): EntryScope {
  return { db: t.db, clock, actor: async () => actor, revalidate: () => {}, outbox: () => ({ mailer: null, origin: ORIGIN }) };
}

/** This device turns push on, through the server action the notifications page calls. */
async function turnOn(actor: Actor, device: TestSubscription, userAgent = ANDROID_CHROME) {
  return runInScope(scopeFor(actor), () => turnOnPushAction({ ...device, userAgent }));
}

/** An applicant with push on for two devices: a phone (Chrome on Android), then a laptop (Firefox on Windows). */
async function applicantWithPhoneAndLaptop() {
  const applicant = await school.addApplicant();
  const [phone, laptop] = [service.subscribe(), service.subscribe()];
  await turnOn(applicant, phone);
  await turnOn(applicant, laptop, WINDOWS_FIREFOX);
  return { applicant, phone, laptop };
}

async function urgentNotification(actor: Actor, linkPath = "/applicant#tasks") {
  return t.db.notification.create({
    data: {
      schoolId: actor.schoolId,
      userId: actor.userId,
      kind: "CALL_UNANSWERED",
      urgent: true,
      pushStatus: "QUEUED",
      title: "Riverside Internal Medicine called: call back within 30 minutes",
      body: "Dr. Imani Okafor, the coordinator, is waiting for your call.\n\nShe asked for your availability today.",
      linkPath,
    },
  });
}

const statusOf = (id: string) => t.db.notification.findUniqueOrThrow({ where: { id }, select: { pushStatus: true, pushError: true, pushedAt: true } });

describe("a device with push on", () => {
  it("receives an urgent notification encrypted for it and signed by this server, linking to the public origin", async () => {
    const applicant = await school.addApplicant();
    const device = service.subscribe();
    expect(await turnOn(applicant, device)).toMatchObject({ ok: true, message: "Push is on for this device (Chrome on Android)." });
    const [listed] = await listPushDevices(t.db, applicant);
    expect(listed).toMatchObject({ label: "Chrome on Android", createdAt: expect.any(Date), lastUsedAt: null });
    expect(await t.db.auditLog.count({ where: { action: "push.subscribe", actorUserId: applicant.userId } })).toBe(1);

    const notification = await urgentNotification(applicant);
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 1, max: 5 });

    const [message] = service.received(device.endpoint);
    expect(service.problems).toEqual([]);
    expect(JSON.parse(message!.payload)).toEqual({
      title: notification.title,
      body: notification.body,
      url: `${ORIGIN}/applicant#tasks`,
      tag: notification.id,
      urgent: true,
    });
    expect(message).toMatchObject({ urgency: "high", ttl: 3600, vapid: { subject: vapid.subject, publicKey: vapid.publicKey } });
    expect(await statusOf(notification.id)).toEqual({ pushStatus: "SENT", pushError: null, pushedAt: clock.now() });
    expect((await listPushDevices(t.db, applicant))[0]?.lastUsedAt).toEqual(clock.now());

    // The job run again (a crash after sending, say) sends nothing more.
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 2, max: 5 });
    expect(service.received(device.endpoint)).toHaveLength(1);
  });

  it("builds the link from the configured origin alone, and never leads off it", async () => {
    const applicant = await school.addApplicant();
    const device = service.subscribe();
    await turnOn(applicant, device);
    const notification = await urgentNotification(applicant, "//evil.example/steal");
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 1, max: 5 });
    expect(JSON.parse((await service.waitFor(device.endpoint)).payload)).toMatchObject({ url: `${ORIGIN}/notifications` });
  });
});

describe("devices that fail", () => {
  it("removes a device its push service says is gone (410); the notification is SENT by the other", async () => {
    const { applicant, phone, laptop } = await applicantWithPhoneAndLaptop();
    service.answer(laptop.endpoint, 410);
    const notification = await urgentNotification(applicant);
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 1, max: 5 });

    expect(service.received(phone.endpoint)).toHaveLength(1);
    expect((await listPushDevices(t.db, applicant)).map((d) => d.label)).toEqual(["Chrome on Android"]);
    expect(await statusOf(notification.id)).toMatchObject({ pushStatus: "SENT", pushError: null });
  });

  it("when every device fails: throws for the queue to try again, then FAILED with the reason at the last attempt", async () => {
    const { applicant, phone, laptop } = await applicantWithPhoneAndLaptop();
    service.answer(phone.endpoint, 500);
    // The laptop's push service is not there at all: nothing listens on its port.
    await t.db.pushSubscription.updateMany({ where: { endpoint: laptop.endpoint }, data: { endpoint: "http://127.0.0.1:9/push/nobody-listens" } });
    const notification = await urgentNotification(applicant);

    for (const number of [1, 2]) {
      await expect(deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number, max: 3 })).rejects.toThrow(
        `(attempt ${number} of 3; tried again later)`,
      );
      const waiting = await statusOf(notification.id);
      expect(waiting.pushStatus).toBe("QUEUED");
      expect(waiting.pushError).toMatch(/^Push could not be delivered to any of their 2 devices\./);
    }
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 3, max: 3 });
    const failed = await statusOf(notification.id);
    expect(failed.pushStatus).toBe("FAILED");
    expect(failed.pushedAt).toBeNull();
    expect(failed.pushError).toContain("Chrome on Android: the push service answered 500 (a failure on its side)");
    expect(failed.pushError).toMatch(/Firefox on Windows: the push service was not reached: .*ECONNREFUSED/);
    expect(failed.pushError).toContain("(attempt 3 of 3; no more tries)");
    // Failing devices are kept: a push service's bad hour is not the person's doing.
    expect(await listPushDevices(t.db, applicant)).toHaveLength(2);
  });

  it("is FAILED at once when every device is gone: no later attempt could reach them", async () => {
    const applicant = await school.addApplicant();
    const phone = service.subscribe();
    await turnOn(applicant, phone);
    service.answer(phone.endpoint, 404);
    const notification = await urgentNotification(applicant);
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 1, max: 5 });
    const status = await statusOf(notification.id);
    expect(status.pushStatus).toBe("FAILED");
    expect(status.pushError).toMatch(/^Push could not be delivered to their one device\. Chrome on Android: the push service answered 404/);
    expect(await listPushDevices(t.db, applicant)).toEqual([]);
  });

  it("is NONE when the person has no device, and when push is off on the server (with that reason)", async () => {
    const applicant = await school.addApplicant();
    const first = await urgentNotification(applicant);
    await deliverPush(t.db, sender, ORIGIN, first.id, clock.now(), { number: 1, max: 5 });
    expect(await statusOf(first.id)).toEqual({ pushStatus: "NONE", pushError: null, pushedAt: null });
    const second = await urgentNotification(applicant);
    await deliverPush(t.db, null, ORIGIN, second.id, clock.now(), { number: 1, max: 5 });
    expect(await statusOf(second.id)).toMatchObject({ pushStatus: "NONE", pushError: PUSH_OFF_REASON });
  });

  it("never posts to a loopback address unless the server allows it (tests only)", async () => {
    const applicant = await school.addApplicant();
    const device = service.subscribe();
    await turnOn(applicant, device);
    const notification = await urgentNotification(applicant);
    const strict = webPushSender(vapid);
    await deliverPush(t.db, strict, ORIGIN, notification.id, clock.now(), { number: 1, max: 1 });
    expect(service.received(device.endpoint)).toHaveLength(0);
    expect((await statusOf(notification.id)).pushError).toMatch(/does not start with https:\/\/, so SOAP Desk will not send to it/);
    // A public-looking name that resolves to this machine is refused when connecting.
    const refused = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup({ allowLoopback: false })("localhost", {}, (error) => resolve(error)),
    );
    expect(refused?.code).toBe("EADDRNOTPUBLIC");
  });
});

describe("turning push on and off", () => {
  it("moves a device's subscription to the person who turned push on there last", async () => {
    const first = await school.addApplicant({ name: "Avery First" });
    const second = await school.addApplicant({ name: "Blake Second" });
    const shared = service.subscribe();
    await turnOn(first, shared);
    expect(await turnOn(second, shared)).toMatchObject({ ok: true });
    expect(await listPushDevices(t.db, first)).toEqual([]);
    expect(await listPushDevices(t.db, second)).toHaveLength(1);
    const moved = await t.db.auditLog.findFirstOrThrow({ where: { action: "push.subscribe", actorUserId: second.userId } });
    expect(moved.before).toEqual({ userId: first.userId });

    const notification = await urgentNotification(first);
    await deliverPush(t.db, sender, ORIGIN, notification.id, clock.now(), { number: 1, max: 5 });
    expect(await statusOf(notification.id)).toMatchObject({ pushStatus: "NONE" });
    expect(service.received(shared.endpoint)).toHaveLength(0);
  });

  it("turns off and removes only the person's own devices", async () => {
    const { applicant: owner, phone } = await applicantWithPhoneAndLaptop();
    const other = await school.addApplicant();
    const [listedPhone, listedLaptop] = await listPushDevices(t.db, owner);

    const before = await databaseFingerprint(t.db);
    expect(await runInScope(scopeFor(other), () => removePushDeviceAction({ subscriptionId: listedPhone!.id }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "That device is not in your list (it may have been removed already). Reload the page to see your devices.",
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);

    expect(await runInScope(scopeFor(owner), () => removePushDeviceAction({ subscriptionId: listedLaptop!.id }))).toMatchObject({
      ok: true,
      message: "Firefox on Windows is removed: push no longer goes to it.",
    });
    expect(await runInScope(scopeFor(owner), () => turnOffPushAction({ endpoint: phone.endpoint }))).toMatchObject({
      ok: true,
      message: "Push is off for this device.",
    });
    expect(await listPushDevices(t.db, owner)).toEqual([]);
    expect(await t.db.auditLog.count({ where: { action: "push.unsubscribe", actorUserId: owner.userId } })).toBe(2);
  });

  it("refuses, with a reason and changing nothing: push off, an address it will not post to, a key that is no key", async () => {
    const applicant = await school.addApplicant();
    const ctx = contextFor(t.db, clock)(applicant);
    const device = service.subscribe();
    const input = (over: Partial<TestSubscription>) => pushSubscriptionInput.parse({ ...device, userAgent: ANDROID_CHROME, ...over });
    const before = await databaseFingerprint(t.db);

    await expect(savePushSubscription(ctx, input({}), { enabled: false, allowLoopbackEndpoints: true })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Push is not set up on this SOAP Desk server/),
    });
    const refusals: [Partial<TestSubscription>, PushSettings, RegExp][] = [
      [{}, STRICT, /does not start with https:\/\//],
      [{ endpoint: "https://127.0.0.1/push/1" }, STRICT, /points into a private or local network \(127\.0\.0\.1\)/],
      [{ endpoint: "https://169.254.169.254/latest/meta-data" }, STRICT, /points into a private or local network/],
      [{ endpoint: "https://intranet/push" }, STRICT, /points into a private or local network \(intranet\)/],
      [{ endpoint: "https://[fd00::1]/push" }, STRICT, /points into a private or local network \(fd00::1\)/],
      [{ endpoint: "https://user:pw@push.example.com/x" }, STRICT, /carries a user name or password/],
      [{ endpoint: "ftp://push.example.com/x" }, STRICT, /does not start with https:\/\//],
      // 65 bytes, uncompressed form, but not a point of the curve.
      [{ p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString("base64url") }, PUSH_ON, /is not a P-256 public key/],
    ];
    for (const [over, settings, message] of refusals) {
      await expect(savePushSubscription(ctx, input(over), settings), JSON.stringify(over)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: expect.stringMatching(message),
      });
    }
    // The schema's own refusals, as the action answers them.
    expect(await runInScope(scopeFor(applicant), () => turnOnPushAction({ ...device, auth: "short" }))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { auth: [expect.stringMatching(/is not the 16-byte key a browser sends/)] },
    });
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });
});
