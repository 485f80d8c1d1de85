// The signed-in header: who you are, your school, and sign-out (through Auth.js, which deletes
// the session row and clears the cookie).
import Link from "next/link";
import type { ActionResult } from "@/lib/domain/action-result";
import { ActionButton } from "./action-button";

export function AppHeader({
  name,
  roleLabel,
  schoolName,
  signOut,
}: {
  name: string;
  roleLabel: string;
  schoolName: string;
  signOut: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
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
