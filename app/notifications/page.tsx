import type { Metadata } from "next";
import Link from "next/link";
import { BellOff } from "lucide-react";
import { prisma } from "@/lib/server/core/db";
import { requireSignedIn, HOME_BY_ROLE } from "@/lib/server/auth/current-actor";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { formatInZone } from "@/lib/domain/format-time";
import { ActionButton } from "@/components/ui/action-button";
import { buttonVariants } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page";
import { NotificationsFrame } from "@/app/notifications/notifications-frame";
import { cn } from "@/components/ui/cn";
import { markNotificationsReadAction } from "./actions";
import { PushSection } from "./push-section";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

export default async function NotificationsPage() {
  const actor = await requireSignedIn();
  const { items, unread, school } = await listNotifications(prisma, actor);
  return (
    <NotificationsFrame actor={actor} schoolName={school.name} unread={unread}>
      <PageHeader
        title="Notifications"
        description={unread > 0 ? `${unread} unread` : "All read"}
        actions={
          <>
            {unread > 0 && (
              <ActionButton action={markNotificationsReadAction} pendingLabel="Marking…">
                Mark all as read
              </ActionButton>
            )}
            <Link href="/notifications/settings" className={buttonVariants()}>
              How you&apos;re told
            </Link>
          </>
        }
      />
      <PushSection actor={actor} timeZone={school.timeZone} />
      {items.length === 0 ? (
        <EmptyState
          icon={BellOff}
          title="Nothing yet"
          next="When someone on your team asks something of you, it shows here and in your email."
          action={
            <Link href={HOME_BY_ROLE[actor.role]} className="font-medium text-primary underline">
              Back to my workspace
            </Link>
          }
        />
      ) : (
        <ul className="max-w-3xl space-y-3" aria-label="Notifications, newest first">
          {items.map((item) => (
            <li
              key={item.id}
              className={cn("rounded-xl border bg-surface p-4 shadow-sm", item.readAt ? "border-border" : "border-primary/40 ring-1 ring-primary/20")}
            >
              <p className="flex items-center gap-2 text-xs text-ink-muted">
                {!item.readAt && <Badge tone="info">Unread</Badge>}
                {formatInZone(item.createdAt, school.timeZone)}
              </p>
              <h2 className="mt-1.5 font-semibold">{item.title}</h2>
              {item.body.split(/\n{2,}/).map((paragraph) => (
                <p key={paragraph} className="mt-1 text-sm text-ink">
                  {paragraph}
                </p>
              ))}
              <p className="mt-2 text-sm">
                <Link href={item.linkPath} className="font-medium text-primary underline">
                  Open
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </NotificationsFrame>
  );
}
