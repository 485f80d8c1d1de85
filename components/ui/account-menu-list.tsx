"use client";
// The account menu itself (Radix: arrow keys, Escape, focus returned to its button), which arrives
// after the page; AccountMenu shows the same button until then.
import { useEffect, useRef, type ReactNode } from "react";
import { LogOut } from "lucide-react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "./dropdown-menu";

export function AccountMenuList({
  name,
  roleLabel,
  schoolName,
  trigger,
  triggerClassName,
  pending,
  onSignOut,
  openAtOnce,
  focusAtOnce,
}: {
  name: string;
  roleLabel: string;
  schoolName: string;
  trigger: ReactNode;
  triggerClassName: string;
  pending: boolean;
  onSignOut: () => void;
  /** The stand-in was pressed before the menu arrived: open it now. */
  openAtOnce: boolean;
  /** The stand-in had the keyboard focus: keep it on the menu's button. */
  focusAtOnce: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAtOnce && !openAtOnce) button.current?.focus();
  }, [focusAtOnce, openAtOnce]);
  return (
    <DropdownMenu defaultOpen={openAtOnce}>
      <DropdownMenuTrigger ref={button} className={triggerClassName}>
        {trigger}
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-64">
        <div className="px-3 py-2">
          <p className="truncate font-semibold">{name}</p>
          <p className="truncate text-xs text-ink-muted">{roleLabel}</p>
          <p className="truncate text-xs text-ink-muted">{schoolName}</p>
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={pending} onSelect={onSignOut}>
          <LogOut aria-hidden="true" className="size-4" />
          {pending ? "Signing out…" : "Sign out"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
