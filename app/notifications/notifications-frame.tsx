// The frame of the notification pages (the list and "How you're told"): every role reaches them,
// so each sees its own header and navigation around them.
import type { ReactNode } from "react";
import type { Actor } from "@/lib/server/core/actor";
import { ROLE_LABELS } from "@/lib/domain/people-labels";
import { AppHeader } from "@/components/ui/app-header";
import { AppFrame } from "@/components/ui/app-frame";
import { PageContainer } from "@/components/ui/page";
import { ApplicantNav } from "@/components/applicant/applicant-nav";
import { AdvocateNav } from "@/components/advocacy/advocate-nav";
import { DeanNav } from "@/components/dean/dean-nav";
import { signOutAction } from "@/app/(auth)/sign-out-action";

const NAV = { APPLICANT: ApplicantNav, ADVOCATE: AdvocateNav, DEAN: DeanNav } as const;

export function NotificationsFrame({ actor, schoolName, unread, children }: { actor: Actor; schoolName: string; unread: number; children: ReactNode }) {
  const Nav = NAV[actor.role];
  return (
    <AppFrame
      header={<AppHeader name={actor.name} roleLabel={ROLE_LABELS[actor.role]} schoolName={schoolName} signOut={signOutAction} unread={unread} />}
      nav={<Nav />}
    >
      <PageContainer className="space-y-4">{children}</PageContainer>
    </AppFrame>
  );
}
