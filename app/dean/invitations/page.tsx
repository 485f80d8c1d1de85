import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { getServerEnv } from "@/lib/server/core/env";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listInvitations, listSchoolPeople } from "@/lib/server/invitations/list-invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
import { DataList, TitleCell } from "@/components/ui/data-list";
import { DeanMain } from "@/components/dean/dean-main";
import { formatNumber } from "@/lib/domain/human-format";
import { INVITATION_STATUS_LABELS, ROLE_LABELS } from "@/lib/domain/people-labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { InviteForm } from "@/components/invitations/invite-form";
import { ResendInvitationButton } from "@/components/invitations/resend-invitation-button";
import { createInvitationAction, resendInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitations" };
export const dynamic = "force-dynamic";

const STATUS_TONES: Record<"pending" | "expired" | "accepted", BadgeTone> = { pending: "info", expired: "warn", accepted: "good" };

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
    <DeanMain>
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
      <Card title={`Sent invitations (${formatNumber(list.rows.length)})`} id="invitations">
        {list.rows.length === 0 ? (
          <p className="text-sm text-slate-600">No invitations yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {list.rows.map((row) => (
              <li key={row.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-medium">
                    {row.name} <Badge tone={STATUS_TONES[row.status]}>{INVITATION_STATUS_LABELS[row.status]}</Badge>
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
      <Card title={`People already in ${school.name} (${formatNumber(people.length)})`} id="people">
        <DataList
          empty={<>Nobody yet: applicants and advocates appear here once they accept their invitation.</>}
          label="People already in the school"
          rows={people}
          rowKey={(person) => person.userId}
          columns={[
            {
              label: "Name",
              cell: (person) => <TitleCell title={person.name} detail={person.detail} />,
            },
            { label: "Role", cell: (person) => ROLE_LABELS[person.role] },
            { label: "Joined", cell: (person) => when(person.joinedAt) },
            { label: "Email", cell: (person) => person.email, card: "wide", className: "break-all" },
          ]}
        />
      </Card>
    </DeanMain>
  );
}
