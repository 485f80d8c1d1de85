import type { ReactNode } from "react";
import { requireActor } from "@/lib/server/auth/current-actor";
import { prisma } from "@/lib/server/core/db";
import { AppHeader } from "@/components/ui/app-header";
import { AppFrame } from "@/components/ui/app-frame";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { ApplicantNav } from "@/components/applicant/applicant-nav";
import { ApplicantActionsProvider } from "@/components/applicant/applicant-actions";
import { SeasonBanner } from "@/components/applicant/season-banner";
import { getSeasonView } from "@/lib/server/applicant/season-view";
import { systemClock } from "@/lib/server/core/clock";
import { seasonStatus } from "@/lib/domain/applicant/season-status";
import * as actions from "./actions";

export const dynamic = "force-dynamic";

export default async function ApplicantLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("APPLICANT");
  const [seasonView, unread] = await Promise.all([getSeasonView(prisma, actor), countUnread(prisma, actor)]);
  return (
    <ApplicantActionsProvider
      actions={{
        updateChecklist: actions.updateChecklistAction,
        updateProfile: actions.updateProfileAction,
        saveNarrative: actions.saveNarrativeAction,
        addTarget: actions.addTargetAction,
        removeTarget: actions.removeTargetAction,
        reorderTargets: actions.reorderTargetsAction,
        setTargetPriority: actions.setTargetPriorityAction,
        markApplied: actions.markAppliedAction,
        logEmailSent: actions.logEmailSentAction,
        logProgramCalled: actions.logProgramCalledAction,
        searchProgramsToLog: actions.searchProgramsToLogAction,
        completeTask: actions.completeTaskAction,
        recordInterview: actions.recordInterviewAction,
        recordOffer: actions.recordOfferAction,
        respondOffer: actions.respondOfferAction,
      }}
    >
      <AppFrame
        header={<AppHeader name={actor.name} roleLabel="Applicant" schoolName={seasonView.schoolName} signOut={signOutAction} unread={unread} />}
        nav={<ApplicantNav />}
        banner={<SeasonBanner status={seasonStatus(seasonView.season, systemClock.now(), seasonView.timeZone)} />}
      >
        {children}
      </AppFrame>
    </ApplicantActionsProvider>
  );
}
