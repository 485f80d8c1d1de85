import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listPeople } from "@/lib/server/invitations/people";
import { DEGREE_LABELS } from "@/lib/domain/bulk-invitations";
import type { AdvocateLevel } from "@/lib/domain/rules/eligibility";
import { Card } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { BulkInvite } from "@/components/dean/bulk-invite";
import { previewBulkInvitationsAction, sendBulkInvitationsAction } from "./actions";

export const metadata: Metadata = { title: "People" };
export const dynamic = "force-dynamic";

// The playbook's hierarchy: who programs listen to. Refused kinds are never invited.
const LEVELS: Record<AdvocateLevel, { label: string; tone: BadgeTone }> = {
  strong: { label: "Strong", tone: "good" },
  good: { label: "Good", tone: "info" },
  weak: { label: "Weak: use sparingly", tone: "warn" },
  refused: { label: "Not an advocate", tone: "bad" },
};

const TD = "px-2 py-2 align-top";

export default async function PeoplePage() {
  const actor = await requireActor("DEAN");
  const people = await listPeople(prisma, actor, systemClock.now());
  const cap = people.maxActiveAdvocates;
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
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
          {people.pendingInvitations === 1 ? "1 invitation is" : `${people.pendingInvitations} invitations are`} waiting to be accepted
        </Link>
        {people.expiredInvitations > 0 && ` · ${people.expiredInvitations} expired (re-send them from the Invitations page)`}
      </p>

      <Card title="Invite applicants from a CSV" id="bulk-invite">
        <BulkInvite preview={previewBulkInvitationsAction} send={sendBulkInvitationsAction} />
      </Card>

      <Card title={`Applicants (${people.applicants.length})`} id="applicants">
        {people.applicants.length === 0 ? (
          <p className="text-sm text-slate-600">No applicants yet: they appear here once they accept their invitation.</p>
        ) : (
          <ScrollTable
            label="Applicants, scrolls sideways"
            minWidth="min-w-[48rem]"
            columns={["Name", "Email", "AAMC ID", "Specialty", <>Advocates (of {cap})</>]}
          >
            {people.applicants.map((a) => (
              <tr key={a.applicantId}>
                <th scope="row" className={`${TD} font-medium`}>
                  <Link href={`/dean/applicants/${a.applicantId}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {a.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{DEGREE_LABELS[a.degreeType]}</span>
                </th>
                <td className={`${TD} break-all`}>{a.email}</td>
                <td className={`${TD} tabular-nums`}>{a.aamcId}</td>
                <td className={TD}>{a.specialty}</td>
                <td className={TD}>
                  {a.advocates.length === 0 ? <span className="text-slate-600">None</span> : a.advocates.join(", ")}{" "}
                  <span className="text-xs text-slate-600">
                    ({a.advocates.length} of {cap})
                  </span>
                </td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </Card>

      <Card title={`Advocates (${people.advocates.length})`} id="advocates">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          The playbook&apos;s hierarchy: program directors, associate PDs, clerkship directors, chairs and senior faculty who worked with the applicant
          clinically are strong; a dean who knows the story is good; an attending who barely knew them or a resident is weak. Family, friends, classmates and
          anyone outside the field are never invited: it looks unprofessional and desperate to programs.
        </p>
        {people.advocates.length === 0 ? (
          <p className="text-sm text-slate-600">No advocates yet: invite faculty from the Invitations page.</p>
        ) : (
          <ScrollTable label="Advocates, scrolls sideways" minWidth="min-w-[44rem]" columns={["Name", "Title", "Position", "Level", "Applicants assigned"]}>
            {people.advocates.map((a) => (
              <tr key={a.advocateId}>
                <th scope="row" className={`${TD} font-medium`}>
                  {a.name}
                  <span className="block break-all text-xs font-normal text-slate-600">{a.email}</span>
                </th>
                <td className={TD}>{a.title}</td>
                <td className={TD}>{a.kind}</td>
                <td className={TD}>
                  <Badge tone={LEVELS[a.level].tone}>{LEVELS[a.level].label}</Badge>
                </td>
                <td className={`${TD} tabular-nums`}>{a.assigned}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </Card>
    </main>
  );
}
