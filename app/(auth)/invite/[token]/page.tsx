import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/lib/server/core/db";
import { systemClock } from "@/lib/server/core/clock";
import { previewInvitation } from "@/lib/server/invitations/preview-invitation";
import { INVITATION_UNKNOWN, invitationExpiredMessage, invitationUsedMessage } from "@/lib/server/invitations/accept-invitation";
import { formatInZone } from "@/lib/domain/format-time";
import { INVITATION_ROLE_LABELS } from "@/lib/domain/invitations";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { acceptInvitationAction } from "./actions";

// The token is in the address: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Your invitation", referrer: "no-referrer", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

function Refusal({ message }: { message: string }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-danger">
        {message}
      </p>
      <p className="mt-6">
        <Link href="/sign-in" className="font-medium text-primary underline">
          Go to sign-in
        </Link>
      </p>
    </>
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await previewInvitation(prisma, token, systemClock.now());
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wide text-primary">SOAP Desk</p>
      <h1 className="mt-1 text-2xl font-bold text-ink">{invitation ? `Welcome, ${invitation.name}` : "Invitation"}</h1>
      {!invitation ? (
        <Refusal message={INVITATION_UNKNOWN} />
      ) : invitation.status === "accepted" ? (
        <Refusal message={invitationUsedMessage()} />
      ) : invitation.status === "expired" ? (
        <Refusal message={invitationExpiredMessage(invitation.expiresAt, invitation.timeZone)} />
      ) : (
        <section aria-labelledby="invitation-heading" className="mt-6 rounded-xl border border-border bg-surface p-4 shadow-sm">
          <h2 id="invitation-heading" className="text-lg font-semibold">
            {invitation.invitedByName} of {invitation.schoolName} invited you
          </h2>
          <p className="mt-1 text-ink-muted">
            You join SOAP Desk as {INVITATION_ROLE_LABELS[invitation.role]} of {invitation.schoolName}.
          </p>
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-ink-muted">Name</dt>
            <dd>{invitation.name}</dd>
            <dt className="text-ink-muted">Email</dt>
            <dd className="break-all">{invitation.email}</dd>
            <dt className="text-ink-muted">Link valid until</dt>
            <dd>{formatInZone(invitation.expiresAt, invitation.timeZone)}</dd>
          </dl>
          <div className="mt-5">
            <AcceptInvitationForm token={token} action={acceptInvitationAction} />
          </div>
          <p className="mt-4 text-xs text-ink-muted">Next time, sign in with this email address on the sign-in page.</p>
        </section>
      )}
    </main>
  );
}
