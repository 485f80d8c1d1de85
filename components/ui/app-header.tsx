// The signed-in header: who you are, your school, your unread notifications, and sign-out
// (through Auth.js, which deletes the session row and clears the cookie).
import Link from "next/link";
import type { ActionResult } from "@/lib/domain/action-result";
import { ActionButton } from "./action-button";

export function AppHeader({
  name,
  roleLabel,
  schoolName,
  signOut,
  unread,
}: {
  name: string;
  roleLabel: string;
  schoolName: string;
  signOut: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  /** Unread notifications, shown as a count beside the link to them. */
  unread: number;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <div>
          <Link href="/" className="font-bold text-brand-700">
            SOAP Desk
          </Link>
          <span className="ml-2 text-sm text-slate-600">{schoolName}</span>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span>
            <span className="font-medium">{name}</span> <span className="text-slate-600">· {roleLabel}</span>
          </span>
          <Link
            href="/notifications"
            aria-label={unread > 0 ? `Notifications, ${unread} unread` : undefined}
            className="inline-flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-1 text-brand-700 hover:bg-brand-50"
          >
            Notifications
            {unread > 0 && (
              <span aria-hidden="true" className="rounded-full bg-rose-600 px-1.5 text-xs font-semibold text-white">
                {unread}
              </span>
            )}
          </Link>
          <ActionButton
            action={signOut}
            pendingLabel="Signing out…"
            className="whitespace-nowrap rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100"
          >
            Sign out
          </ActionButton>
        </div>
      </div>
    </header>
  );
}
