import type { ReactNode } from "react";
import { requireActor } from "@/lib/server/auth/current-actor";
import { prisma } from "@/lib/server/db";
import { AppHeader } from "@/components/ui/app-header";
import { ApplicantNav } from "@/components/applicant/applicant-nav";

export const dynamic = "force-dynamic";

export default async function ApplicantLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("APPLICANT");
  const school = await prisma.school.findFirst({ where: { id: actor.schoolId }, select: { name: true } });
  return (
    <>
      <AppHeader name={actor.name} roleLabel="Applicant" schoolName={school?.name ?? ""} />
      <ApplicantNav />
      <div className="pb-20 md:pb-0">{children}</div>
    </>
  );
}
