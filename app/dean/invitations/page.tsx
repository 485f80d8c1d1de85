import type { Metadata } from "next";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { Card } from "@/components/ui/card";
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

export default async function InvitationsPage() {
  const actor = await requireActor("DEAN");
  const [school, list] = await Promise.all([
    prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { name: true } }),
    listInvitations(prisma, actor, systemClock.now()),
  ]);
  const when = (date: Date) => formatInZone(date, list.timeZone);
  return (
    <main id="main" className="mx-auto max-w-7xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">Invitations</h1>
      <p className="max-w-2xl text-sm text-slate-700">
        Invite your SOAP applicants and their faculty advocates. Each gets an email with a link that signs them in to {school.name}; the link works once and for
        seven days. Re-sending makes a new link and the old one stops working.
      </p>
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
                    {row.role === "APPLICANT" ? "Applicant" : "Faculty advocate"} · {row.detail}
                  </p>
                  <p className="text-xs text-slate-600">
                    {row.acceptedAt
                      ? `Accepted ${when(row.acceptedAt)}`
                      : `${row.lastSentAt ? `Email sent ${when(row.lastSentAt)}` : "Email not sent yet"} · ${row.status === "expired" ? "expired" : "expires"} ${when(row.expiresAt)}`}{" "}
                    · invited by {row.invitedByName}
                  </p>
                </div>
                {row.status !== "accepted" && <ResendInvitationButton invitationId={row.id} name={row.name} action={resendInvitationAction} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </main>
  );
}
