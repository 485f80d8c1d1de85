import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { getServerEnv } from "@/lib/server/core/env";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listInvitations, listSchoolPeople } from "@/lib/server/invitations/list-invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { InviteForm } from "@/components/invitations/invite-form";
import { ResendInvitationButton } from "@/components/invitations/resend-invitation-button";
import { createInvitationAction, resendInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitations" };
export const dynamic = "force-dynamic";

const STATUS: Record<"pending" | "expired" | "accepted", { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "info" },
  expired: { label: "Expired", tone: "warn" },
  accepted: { label: "Accepted", tone: "good" },
};

const ROLE_LABELS = { APPLICANT: "Applicant", ADVOCATE: "Faculty advocate", DEAN: "Dean's office" } as const;

const TD = "px-2 py-2 align-top";

export default async function InvitationsPage() {
  const actor = await requireActor("DEAN");
  const [school, list, people] = await Promise.all([
    prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { name: true } }),
    listInvitations(prisma, actor, systemClock.now()),
    listSchoolPeople(prisma, actor),
  ]);
  const emailConfigured = getServerEnv().smtp !== null;
  const when = (date: Date) => formatInZone(date, list.timeZone);
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">Invitations</h1>
      {emailConfigured ? (
        <p className="max-w-2xl text-sm text-slate-700">
          Invite your SOAP applicants and their faculty advocates. Each gets an email with a link that signs them in to {school.name}; the link works once and
          for seven days. Re-sending makes a new link and the old one stops working.
        </p>
      ) : (
        <p className="max-w-2xl text-sm text-slate-700">
          Invite your SOAP applicants and their faculty advocates. Email is not set up on this server (SMTP_HOST and EMAIL_FROM), so SOAP Desk shows each
          invitation&apos;s link once, for you to copy and send another way; the link signs them in to {school.name}, works once and for seven days. New link
          makes a fresh link and the old one stops working.
        </p>
      )}
      <Card title="Invite someone" id="invite">
        <InviteForm action={createInvitationAction} />
      </Card>
      <Card title={`Sent invitations (${list.rows.length})`} id="invitations">
        {list.rows.length === 0 ? (
          <p className="text-sm text-slate-600">No invitations yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {list.rows.map((row) => (
              <li key={row.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">
                    {row.name} <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
                  </p>
                  <p className="break-all text-sm text-slate-700">{row.email}</p>
                  <p className="text-xs text-slate-600">
                    {ROLE_LABELS[row.role]} · {row.detail}
                  </p>
                  <p className="text-xs text-slate-600">
                    {row.acceptedAt
                      ? `Accepted ${when(row.acceptedAt)}`
                      : `${row.lastSentAt ? `Email sent ${when(row.lastSentAt)}` : "Email not sent yet"} · ${row.status === "expired" ? "expired" : "expires"} ${when(row.expiresAt)}`}{" "}
                    · invited by {row.invitedByName}
                  </p>
                </div>
                {row.status !== "accepted" && (
                  <ResendInvitationButton invitationId={row.id} name={row.name} emailConfigured={emailConfigured} action={resendInvitationAction} />
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`People already in ${school.name} (${people.length})`} id="people">
        {people.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody yet: applicants and advocates appear here once they accept their invitation.</p>
        ) : (
          <ScrollTable label="People already in the school, scrolls sideways" minWidth="min-w-[40rem]" columns={["Name", "Role", "Email", "Joined"]}>
            {people.map((person) => (
              <tr key={person.userId}>
                <th scope="row" className={`${TD} font-medium`}>
                  {person.name}
                  {person.detail && <span className="block text-xs font-normal text-slate-600">{person.detail}</span>}
                </th>
                <td className={TD}>{ROLE_LABELS[person.role]}</td>
                <td className={`${TD} break-all`}>{person.email}</td>
                <td className={TD}>{when(person.joinedAt)}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </Card>
    </main>
  );
}
