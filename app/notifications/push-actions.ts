"use server";
// Push on one's own devices: turn it on for this device (save the browser's subscription), turn it
// off for this device, and remove a device from one's list.
import { pushSubscriptionInput, removePushDeviceInput, turnOffPushInput } from "@/lib/domain/push";
import { defineAction } from "@/lib/server/entry/define-action";
import { getServerEnv } from "@/lib/server/core/env";
import { removePushDevice, savePushSubscription, turnOffPush, type PushSettings } from "@/lib/server/push/push-devices";

const REFRESH = "/notifications";

function pushSettings(): PushSettings {
  const env = getServerEnv();
  return { enabled: env.vapid !== null, allowLoopbackEndpoints: env.pushAllowLoopbackEndpoints };
}

export const turnOnPushAction = defineAction({
  name: "push.subscribe",
  guard: "signed-in",
  input: pushSubscriptionInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const saved = await savePushSubscription(ctx, input, pushSettings());
    return { message: `Push is on for this device (${saved.label}).` };
  },
});

export const turnOffPushAction = defineAction({
  name: "push.turnOff",
  guard: "signed-in",
  input: turnOffPushInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    await turnOffPush(ctx, input);
    return { message: "Push is off for this device." };
  },
});

export const removePushDeviceAction = defineAction({
  name: "push.removeDevice",
  guard: "signed-in",
  input: removePushDeviceInput,
  revalidate: REFRESH,
  run: async (ctx, input) => {
    const removed = await removePushDevice(ctx, input);
    return { message: `${removed.label || "The device"} is removed: push no longer goes to it.` };
  },
});
