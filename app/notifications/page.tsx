import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { requireSignedIn, HOME_BY_ROLE } from "@/lib/server/auth/current-actor";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { formatInZone } from "@/lib/domain/format-time";
import { AppHeader } from "@/components/ui/app-header";
import { ActionButton } from "@/components/ui/action-button";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { markNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };
export const dynamic = "force-dynamic";

const ROLE_LABEL = { APPLICANT: "Applicant", ADVOCATE: "Faculty advocate", DEAN: "Dean's office" } as const;

export default async function NotificationsPage() {
  const actor = await requireSignedIn();
  const { items, unread, school } = await listNotifications(prisma, actor);
  return (
    <>
      <AppHeader name={actor.name} roleLabel={ROLE_LABEL[actor.role]} schoolName={school.name} signOut={signOutAction} unread={unread} />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <p className="text-sm">
          <Link href={HOME_BY_ROLE[actor.role]} className="font-medium text-brand-700 underline">
            Back to my workspace
          </Link>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">Notifications</h1>
          {unread > 0 && (
            <ActionButton
              action={markNotificationsReadAction}
              pendingLabel="Marking…"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
            >
              Mark all as read
            </ActionButton>
          )}
        </div>
        {items.length === 0 ? (
          <p className="text-slate-600">Nothing yet. When someone on your team asks something of you, it shows here and in your email.</p>
        ) : (
          <ul className="space-y-3" aria-label="Notifications, newest first">
            {items.map((item) => (
              <li key={item.id} className={`rounded-xl border bg-white p-4 shadow-sm ${item.readAt ? "border-slate-200" : "border-brand-600"}`}>
                <p className="text-xs text-slate-600">
                  {item.readAt ? "" : <span className="mr-2 font-semibold text-brand-700">Unread</span>}
                  {formatInZone(item.createdAt, school.timeZone)}
                </p>
                <h2 className="mt-1 font-semibold">{item.title}</h2>
                {item.body.split(/\n{2,}/).map((paragraph) => (
                  <p key={paragraph} className="mt-1 text-sm text-slate-800">
                    {paragraph}
                  </p>
                ))}
                <p className="mt-2 text-sm">
                  <Link href={item.linkPath} className="font-medium text-brand-700 underline">
                    Open
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
