import type { ReactNode } from "react";
import { requireActor } from "@/lib/server/auth/current-actor";
import { prisma } from "@/lib/server/core/db";
import { AppHeader } from "@/components/ui/app-header";
import { AppFrame } from "@/components/ui/app-frame";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { DeanNav } from "@/components/dean/dean-nav";

export const dynamic = "force-dynamic";

export default async function DeanLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("DEAN");
  const school = await prisma.school.findFirst({ where: { id: actor.schoolId }, select: { name: true } });
  const unread = await countUnread(prisma, actor);
  return (
    <AppFrame
      header={<AppHeader name={actor.name} roleLabel="Dean's office" schoolName={school?.name ?? ""} signOut={signOutAction} unread={unread} />}
      nav={<DeanNav />}
    >
      {children}
    </AppFrame>
  );
}
