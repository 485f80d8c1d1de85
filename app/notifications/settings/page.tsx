import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { requireSignedIn } from "@/lib/server/auth/current-actor";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { listChannelChoices } from "@/lib/server/notifications/notification-preferences";
import { PageHeader } from "@/components/ui/page";
import { NotificationsFrame } from "@/app/notifications/notifications-frame";
import { ChannelChoices } from "@/components/notifications/channel-choices";
import { saveChannelChoiceAction } from "./actions";

export const metadata: Metadata = { title: "How you're told" };
export const dynamic = "force-dynamic";

export default async function NotificationSettingsPage() {
  const actor = await requireSignedIn();
  const [{ choices, pushDevices }, unread, school] = await Promise.all([
    listChannelChoices(prisma, actor),
    countUnread(prisma, actor),
    prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { name: true } }),
  ]);
  return (
    <NotificationsFrame actor={actor} schoolName={school.name} unread={unread}>
      <p className="text-sm">
        <Link href="/notifications" className="font-medium text-primary underline">
          Back to notifications
        </Link>
      </p>
      <PageHeader
        title="How you're told"
        description="Every message always shows here in the app. For each kind, choose whether it also comes by email, or as a push message on your phone or computer. Each switch saves at once."
      />
      {pushDevices === 0 && (
        <p role="note" className="max-w-3xl rounded-lg border border-border bg-primary-soft p-3 text-sm text-ink">
          Push messages need a device: you have not turned push on for a phone or computer yet. Turn it on from{" "}
          <Link href="/notifications" className="font-medium text-primary underline">
            Notifications
          </Link>{" "}
          on that device. Until then, email and the app are what reach you.
        </p>
      )}
      <ChannelChoices choices={choices} save={saveChannelChoiceAction} />
    </NotificationsFrame>
  );
}
