"use client";
// A workspace's sections, the same pattern for every role: tabs under the header on a laptop (all
// of them, never cut off), a bottom tab bar on a phone with at most five places, the rest under
// "More" in a sheet. The current section carries aria-current="page"; the first item is the home
// page, current also on `homeAlso` sub-paths.
import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Ellipsis, type LucideIcon } from "lucide-react";
import { cn } from "./cn";
import { Dialog, DialogTrigger, SheetContent } from "./dialog";
import { PAGE_FRAME } from "./page";

export interface SectionItem {
  href: string;
  label: string;
  /** The word under the icon on a phone's tab bar, when the label is too long for it. */
  short?: string;
  icon?: LucideIcon;
}

/** A phone's tab bar holds this many places; with more sections, the last place is "More". */
export const PHONE_TABS = 5;

function isCurrent(pathname: string, href: string, home: string, homeAlso: string): boolean {
  if (href === home) return pathname === home || pathname.startsWith(homeAlso);
  return pathname === href || pathname.startsWith(`${href}/`);
}

const TAB =
  "flex h-full min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium md:min-h-12 md:flex-row md:border-b-2 md:px-3 md:text-sm";

function TabIcon({ icon: Icon, current }: { icon: LucideIcon; current: boolean }) {
  return (
    <span aria-hidden="true" className={cn("flex h-7 w-12 items-center justify-center rounded-full md:hidden", current && "bg-primary-soft")}>
      <Icon className="size-5" />
    </span>
  );
}

function MoreSheet({ label, items, current }: { label: string; items: readonly SectionItem[]; current: (href: string) => boolean }) {
  const [open, setOpen] = useState(false);
  const active = items.some((item) => current(item.href));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className={cn(TAB, "w-full", active ? "text-primary" : "text-ink-muted hover:text-ink")}>
        <TabIcon icon={Ellipsis} current={active} />
        More
      </DialogTrigger>
      <SheetContent title="More" description={label}>
        <ul className="-mx-2 space-y-1">
          {items.map((item) => {
            const Icon = item.icon;
            const here = current(item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={here ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={cn(
                    "flex min-h-12 items-center gap-3 rounded-lg px-3 font-medium",
                    here ? "bg-primary-soft text-primary" : "text-ink hover:bg-muted",
                  )}
                >
                  {Icon && <Icon aria-hidden="true" className="size-5 text-ink-muted" />}
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </SheetContent>
    </Dialog>
  );
}

export function SectionNav({ label, items, homeAlso }: { label: string; items: readonly SectionItem[]; homeAlso: string }) {
  const home = items[0]?.href ?? "/";
  const pathname = usePathname() ?? home;
  const current = (href: string) => isCurrent(pathname, href, home, homeAlso);
  const overflow = items.length > PHONE_TABS;
  const onBar = overflow ? PHONE_TABS - 1 : items.length;
  return (
    <nav
      aria-label={label}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-border bg-surface pb-[env(safe-area-inset-bottom)] md:static md:border-b md:border-t-0"
    >
      <div className={cn(PAGE_FRAME, "max-md:px-0")}>
        <ul className="flex md:-mx-3 md:gap-1">
          {items.map((item, index) => {
            const here = current(item.href);
            return (
              <li key={item.href} className={cn("min-w-0 flex-1 md:flex-none", index >= onBar && "max-md:hidden")}>
                <Link
                  href={item.href}
                  aria-current={here ? "page" : undefined}
                  className={cn(TAB, here ? "text-primary md:border-primary" : "text-ink-muted hover:text-ink md:border-transparent")}
                >
                  {item.icon && <TabIcon icon={item.icon} current={here} />}
                  <span className="max-w-full truncate md:hidden">{item.short ?? item.label}</span>
                  <span className="hidden whitespace-nowrap md:inline">{item.label}</span>
                </Link>
              </li>
            );
          })}
          {overflow && (
            <li className="min-w-0 flex-1 md:hidden">
              <MoreSheet label={label} items={items.slice(onBar)} current={current} />
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
