import type { ReactNode } from "react";
import { requireActor } from "@/lib/server/auth/current-actor";
import { prisma } from "@/lib/server/core/db";
import { AppHeader } from "@/components/ui/app-header";
import { AppFrame } from "@/components/ui/app-frame";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { AdvocateNav } from "@/components/advocacy/advocate-nav";
import { AdvocateActionsProvider } from "@/components/advocacy/advocate-actions";
import * as actions from "./actions";

export const dynamic = "force-dynamic";

export default async function AdvocateLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("ADVOCATE");
  const school = await prisma.school.findFirst({ where: { id: actor.schoolId }, select: { name: true } });
  const profile = actor.advocateId
    ? await prisma.advocateProfile.findFirst({ where: { id: actor.advocateId, schoolId: actor.schoolId }, select: { title: true } })
    : null;
  const unread = await countUnread(prisma, actor);
  return (
    <AdvocateActionsProvider
      actions={{
        claim: actions.claimProgramAction,
        release: actions.releaseProgramAction,
        nudge: actions.nudgeApplicantAction,
        logContact: actions.logAdvocateContactAction,
        saveNarrative: actions.saveNarrativeByAdvocateAction,
        addConnection: actions.addConnectionAction,
        editConnection: actions.editConnectionAction,
        removeConnection: actions.removeConnectionAction,
      }}
    >
      <AppFrame
        header={
          <AppHeader name={actor.name} roleLabel={profile?.title ?? "Advocate"} schoolName={school?.name ?? ""} signOut={signOutAction} unread={unread} />
        }
        nav={<AdvocateNav />}
      >
        {children}
      </AppFrame>
    </AdvocateActionsProvider>
  );
}
