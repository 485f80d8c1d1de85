// The notifications page's Web Push card, as the server sees it: whether push is set up (the VAPID
// public key browsers subscribe with), the person's devices with push on, and the actions.
import { prisma } from "@/lib/server/core/db";
import { getServerEnv } from "@/lib/server/core/env";
import type { Actor } from "@/lib/server/core/actor";
import { listPushDevices } from "@/lib/server/push/push-devices";
import { formatInZone } from "@/lib/domain/format-time";
import { PushDevices } from "@/components/notifications/push-devices";
import { removePushDeviceAction, turnOffPushAction, turnOnPushAction } from "./push-actions";

export async function PushSection({ actor, timeZone }: { actor: Actor; timeZone: string }) {
  const devices = await listPushDevices(prisma, actor);
  return (
    <PushDevices
      publicKey={getServerEnv().vapid?.publicKey ?? null}
      devices={devices.map((device) => ({
        id: device.id,
        label: device.label,
        added: formatInZone(device.createdAt, timeZone),
        lastUsed: device.lastUsedAt ? formatInZone(device.lastUsedAt, timeZone) : null,
        endpointDigest: device.endpointDigest,
      }))}
      actions={{ turnOn: turnOnPushAction, turnOff: turnOffPushAction, remove: removePushDeviceAction }}
    />
  );
}
