import type { Metadata } from "next";
import Link from "next/link";
import { BellOff } from "lucide-react";
import { prisma } from "@/lib/server/core/db";
import { requireSignedIn, HOME_BY_ROLE } from "@/lib/server/auth/current-actor";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { formatInZone } from "@/lib/domain/format-time";
import { AppHeader } from "@/components/ui/app-header";
import { AppFrame } from "@/components/ui/app-frame";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty";
import { PageContainer, PageHeader } from "@/components/ui/page";
import { cn } from "@/components/ui/cn";
import { ApplicantNav } from "@/components/applicant/applicant-nav";
import { AdvocateNav } from "@/components/advocacy/advocate-nav";
import { DeanNav } from "@/components/dean/dean-nav";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { markNotificationsReadAction } from "./actions";
import { PushSection } from "./push-section";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

const ROLE_LABEL = { APPLICANT: "Applicant", ADVOCATE: "Faculty advocate", DEAN: "Dean's office" } as const;
const NAV = { APPLICANT: ApplicantNav, ADVOCATE: AdvocateNav, DEAN: DeanNav } as const;

export default async function NotificationsPage() {
  const actor = await requireSignedIn();
  const { items, unread, school } = await listNotifications(prisma, actor);
  const Nav = NAV[actor.role];
  return (
    <AppFrame
      header={<AppHeader name={actor.name} roleLabel={ROLE_LABEL[actor.role]} schoolName={school.name} signOut={signOutAction} unread={unread} />}
      nav={<Nav />}
    >
      <PageContainer className="space-y-4">
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
              <Button asChild>
                <Link href="/notifications/settings">How you&apos;re told</Link>
              </Button>
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
      </PageContainer>
    </AppFrame>
  );
}
