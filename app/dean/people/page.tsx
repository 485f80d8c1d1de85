import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listPeople } from "@/lib/server/invitations/people";
import { DEGREE_LABELS } from "@/lib/domain/bulk-invitations";
import { countOf, countOfLimit, formatNumber } from "@/lib/domain/human-format";
import { Card } from "@/components/ui/card";
import { DataList, EmptyMark, TitleCell } from "@/components/ui/data-list";
import { AdvocateLevelBadge } from "@/components/dean/advocate-level-badge";
import { DeanMain } from "@/components/dean/dean-main";
import { BulkInvite } from "@/components/dean/bulk-invite";
import { previewBulkInvitationsAction, sendBulkInvitationsAction } from "./actions";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

export default async function PeoplePage() {
  const actor = await requireActor("DEAN");
  const people = await listPeople(prisma, actor, systemClock.now());
  const cap = people.maxActiveAdvocates;
  return (
    <DeanMain>
      <h1 className="text-2xl font-bold">People</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Your SOAP applicants and their faculty advocates. Invite one person, applicant or advocate, on the{" "}
        <Link href="/dean/invitations" className="font-medium text-brand-700 underline">
          Invitations page
        </Link>
        ; invite many applicants at once from a CSV below. Assign or unassign an applicant&apos;s advocates (at most {cap} each) from the applicant&apos;s page.
      </p>
      <p className="text-sm">
        <Link href="/dean/invitations" className="font-medium text-brand-700 underline">
          {countOf(people.pendingInvitations, "invitation")} {people.pendingInvitations === 1 ? "is" : "are"} waiting to be accepted
        </Link>
        {people.expiredInvitations > 0 && ` · ${formatNumber(people.expiredInvitations)} expired (re-send them from the Invitations page)`}
      </p>

      <Card title="Invite applicants from a CSV" id="bulk-invite">
        <BulkInvite preview={previewBulkInvitationsAction} send={sendBulkInvitationsAction} />
      </Card>

      <Card title={`Applicants (${formatNumber(people.applicants.length)})`} id="applicants">
        <DataList
          empty={<>No applicants yet: they appear here once they accept their invitation.</>}
          label="Applicants"
          minWidth="sm:min-w-[48rem]"
          rows={people.applicants}
          rowKey={(a) => a.applicantId}
          columns={[
            {
              label: "Name",
              cell: (a) => <TitleCell href={`/dean/applicants/${a.applicantId}`} title={a.name} detail={DEGREE_LABELS[a.degreeType]} />,
            },
            { label: "Email", cell: (a) => a.email, card: "wide", className: "break-all" },
            { label: "AAMC ID", cell: (a) => a.aamcId },
            { label: "Specialty", cell: (a) => a.specialty },
            {
              label: `Advocates (of ${cap})`,
              card: "wide",
              cell: (a) =>
                a.advocates.length === 0 ? (
                  <EmptyMark />
                ) : (
                  <>
                    {a.advocates.join(", ")} <span className="text-xs text-slate-600">({countOfLimit(a.advocates.length, cap)})</span>
                  </>
                ),
            },
          ]}
        />
      </Card>

      <Card title={`Advocates (${formatNumber(people.advocates.length)})`} id="advocates">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          The playbook&apos;s hierarchy: program directors, associate PDs, clerkship directors, chairs and senior faculty who worked with the applicant
          clinically are strong; a dean who knows the story is good; an attending who barely knew them or a resident is weak. Family, friends, classmates and
          anyone outside the field are never invited: it looks unprofessional and desperate to programs.
        </p>
        <DataList
          empty={<>No advocates yet: invite faculty from the Invitations page.</>}
          label="Advocates"
          minWidth="sm:min-w-[44rem]"
          rows={people.advocates}
          rowKey={(a) => a.advocateId}
          columns={[
            {
              label: "Name",
              cell: (a) => <TitleCell title={a.name} detail={a.email} />,
            },
            { label: "Title", cell: (a) => a.title || <EmptyMark />, card: "wide" },
            { label: "Position", cell: (a) => a.kind },
            { label: "Level", cell: (a) => <AdvocateLevelBadge level={a.level} /> },
            { label: "Applicants assigned", cell: (a) => formatNumber(a.assigned) },
          ]}
        />
      </Card>
    </DeanMain>
  );
}
