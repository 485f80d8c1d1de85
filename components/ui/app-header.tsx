// The signed-in header, one line at every width: the logo (home), the school on a laptop, the
// notifications bell with its unread count (one tap away), and the account menu (name, role,
// school, Sign out). It shares the page's frame, so the logo, the tabs and the title line up.
import Link from "next/link";
import { Bell } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import { AccountMenu } from "./account-menu";
import { buttonVariants } from "./button";
import { cn } from "./cn";
import { Logo } from "./logo";
import { PAGE_FRAME } from "./page";

function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      className={cn(buttonVariants({ variant: "ghost", size: "icon" }), "relative [&_svg]:size-5")}
    >
      <Bell aria-hidden="true" />
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute right-1 top-1 flex h-5 min-w-5 items-center justify-center rounded-full bg-danger px-1 text-[11px] font-bold leading-none text-white ring-2 ring-surface"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}

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
  /** Unread notifications, shown as a count on the bell. */
  unread: number;
}) {
  return (
    <header className="border-b border-border bg-surface">
      <div className={cn(PAGE_FRAME, "flex h-14 items-center gap-3")}>
        <Link href="/" aria-label="SOAP Desk, home" className="shrink-0 rounded-md">
          <Logo />
        </Link>
        <span aria-hidden="true" className="hidden h-5 w-px bg-border sm:block" />
        <span className="hidden min-w-0 truncate text-sm text-ink-muted sm:block">
          {schoolName}
          <span className="hidden lg:inline"> · {roleLabel}</span>
        </span>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <NotificationsLink unread={unread} />
          <AccountMenu
            name={name}
            roleLabel={roleLabel}
            schoolName={schoolName}
            signOut={signOut}
            triggerClassName={cn(buttonVariants({ variant: "ghost", size: "md" }), "gap-2 px-1.5 md:px-2")}
          />
        </div>
      </div>
    </header>
  );
}
