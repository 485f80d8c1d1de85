import "server-only";
// A person's devices for Web Push: turning push on for a device (saving the browser's
// subscription), turning it off, removing a device from the list, and reading the list. A device
// is known by its push address (endpoint): when another person signs in on it and turns push on,
// the subscription moves to them, so the first person's notifications stop going to a device they
// no longer use. Each change writes its audit row in the same transaction.
import { createHash, createPublicKey } from "node:crypto";
import type { z } from "zod";
import { deviceLabel, type pushSubscriptionInput } from "@/lib/domain/push";
import type { UseCaseContext } from "../use-case/run-command";
import type { Actor } from "../core/actor";
import type { Db, TxClient } from "../core/db";
import { audit } from "../core/audit";
import { AppError, isUniqueViolation } from "../core/errors";
import { pushEndpointProblem } from "./push-endpoint";

/** The server's push settings an entry point hands to these use cases. */
export interface PushSettings {
  /** VAPID keys are configured. */
  enabled: boolean;
  /** PUSH_ALLOW_LOOPBACK_ENDPOINTS (tests only). */
  allowLoopbackEndpoints: boolean;
}

export const PUSH_NOT_SET_UP =
  "Push is not set up on this SOAP Desk server, so it cannot be turned on. Notifications still reach you here and by email; your dean's office can ask IT to set it up.";

export interface PushDevice {
  id: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** SHA-256 of the endpoint (base64url): the page tells "this device" without holding any endpoint. */
  endpointDigest: string;
}

export function endpointDigest(endpoint: string): string {
  return createHash("sha256").update(endpoint).digest("base64url");
}

/** A P-256 point the browser could have made: anything else could never be encrypted to. */
function isP256PublicKey(p256dh: string): boolean {
  const bytes = Buffer.from(p256dh, "base64url");
  if (bytes.length !== 65 || bytes[0] !== 0x04) return false;
  try {
    createPublicKey({
      key: { kty: "EC", crv: "P-256", x: bytes.subarray(1, 33).toString("base64url"), y: bytes.subarray(33).toString("base64url") },
      format: "jwk",
    });
    return true;
  } catch {
    return false;
  }
}

const pushServiceOf = (endpoint: string) => new URL(endpoint).host;

type SaveInput = z.output<typeof pushSubscriptionInput>;

async function saveOnce(tx: TxClient, actor: Actor, input: SaveInput): Promise<{ id: string; moved: boolean; renewed: boolean }> {
  const label = deviceLabel(input.userAgent);
  // The row of this device, locked: two saves of one device (a double tap) do not interleave.
  const [held] = await tx.$queryRaw<{ id: string; user_id: string; school_id: string; p256dh: string; auth: string }[]>`
    SELECT id, user_id, school_id, p256dh, auth FROM push_subscriptions WHERE endpoint = ${input.endpoint} FOR UPDATE`;
  const after = { device: label, pushService: pushServiceOf(input.endpoint) };
  if (!held) {
    const created = await tx.pushSubscription.create({
      data: { schoolId: actor.schoolId, userId: actor.userId, endpoint: input.endpoint, p256dh: input.p256dh, auth: input.auth, label },
      select: { id: true },
    });
    await audit(tx, actor, { action: "push.subscribe", entityType: "PushSubscription", entityId: created.id, after });
    return { id: created.id, moved: false, renewed: false };
  }
  const mine = held.user_id === actor.userId && held.school_id === actor.schoolId;
  if (mine && held.p256dh === input.p256dh && held.auth === input.auth) {
    await tx.pushSubscription.update({ where: { id: held.id }, data: { label } });
    return { id: held.id, moved: false, renewed: true };
  }
  // Same device, new keys or a new person: the subscription is theirs now, as the browser made it.
  await tx.pushSubscription.update({
    where: { id: held.id },
    data: { userId: actor.userId, schoolId: actor.schoolId, p256dh: input.p256dh, auth: input.auth, label, lastUsedAt: null },
  });
  // The earlier owner is named only within the school; another school's people stay out of this log.
  const before = !mine && held.school_id === actor.schoolId ? { userId: held.user_id } : undefined;
  await audit(tx, actor, { action: "push.subscribe", entityType: "PushSubscription", entityId: held.id, before, after });
  return { id: held.id, moved: !mine, renewed: mine };
}

/** Turns push on for the device that sent this subscription, for the signed-in person. */
export async function savePushSubscription(
  ctx: UseCaseContext,
  input: SaveInput,
  settings: PushSettings,
): Promise<{ id: string; label: string; moved: boolean; renewed: boolean }> {
  if (!settings.enabled) throw new AppError("CONFLICT", PUSH_NOT_SET_UP);
  const problem = pushEndpointProblem(input.endpoint, { allowLoopback: settings.allowLoopbackEndpoints });
  if (problem) throw new AppError("INVALID_INPUT", problem, { fieldErrors: { endpoint: [problem] } });
  if (!isP256PublicKey(input.p256dh)) {
    const message =
      "This device's encryption key (p256dh) is not a P-256 public key, so nothing could be encrypted for it. Turn push off and on again on this device.";
    throw new AppError("INVALID_INPUT", message, { fieldErrors: { p256dh: [message] } });
  }
  const save = () => ctx.db.$transaction((tx) => saveOnce(tx, ctx.actor, input));
  let saved;
  try {
    saved = await save();
  } catch (error) {
    // Two first saves of one device at once: one inserted, the other finds its row now.
    if (!isUniqueViolation(error)) throw error;
    saved = await save();
  }
  return { ...saved, label: deviceLabel(input.userAgent) };
}

async function removeWhere(ctx: UseCaseContext, where: { id: string } | { endpoint: string }): Promise<{ label: string } | null> {
  const { actor } = ctx;
  return ctx.db.$transaction(async (tx) => {
    const device = await tx.pushSubscription.findFirst({
      where: { ...where, userId: actor.userId, schoolId: actor.schoolId },
      select: { id: true, label: true, endpoint: true },
    });
    if (!device) return null;
    await tx.pushSubscription.delete({ where: { id: device.id } });
    await audit(tx, actor, {
      action: "push.unsubscribe",
      entityType: "PushSubscription",
      entityId: device.id,
      before: { device: device.label, pushService: pushServiceOf(device.endpoint) },
    });
    return { label: device.label };
  });
}

/** Removes one of the person's own devices from their list (push stops going to it). */
export async function removePushDevice(ctx: UseCaseContext, input: { subscriptionId: string }): Promise<{ label: string }> {
  const removed = await removeWhere(ctx, { id: input.subscriptionId });
  if (!removed) throw new AppError("NOT_FOUND", "That device is not in your list (it may have been removed already). Reload the page to see your devices.");
  return removed;
}

/** This device turned push off: its subscription, if the server has it for this person, goes. */
export async function turnOffPush(ctx: UseCaseContext, input: { endpoint: string }): Promise<{ removed: boolean }> {
  return { removed: (await removeWhere(ctx, { endpoint: input.endpoint })) !== null };
}

/** The person's devices, oldest first. */
export async function listPushDevices(db: Db, actor: Actor): Promise<PushDevice[]> {
  const rows = await db.pushSubscription.findMany({
    where: { userId: actor.userId, schoolId: actor.schoolId },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, createdAt: true, lastUsedAt: true, endpoint: true },
  });
  return rows.map(({ endpoint, ...row }) => ({ ...row, endpointDigest: endpointDigest(endpoint) }));
}
