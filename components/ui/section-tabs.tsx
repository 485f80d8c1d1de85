"use client";
// The section tabs' part that needs the browser: which section is current (aria-current="page";
// the first item is the home page, current also on `homeAlso` sub-paths), and the "More" sheet,
// which arrives after the page (Radix's dialog is opened only on a press); until then the same
// button stands in and remembers a press.
import { useState, type ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";
import type { SectionItem } from "./section-item";
import { PAGE_FRAME } from "./page-frame";
import { useAfterLoad } from "./use-after-load";

/** A phone's tab bar holds this many places; with more sections, the last place is "More". */
const PHONE_TABS = 5;

function isCurrent(pathname: string, href: string, home: string, homeAlso: string): boolean {
  if (href === home) return pathname === home || pathname.startsWith(homeAlso);
  return pathname === href || pathname.startsWith(`${href}/`);
}

const TAB =
  "flex h-full min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium md:min-h-12 md:flex-row md:border-b-2 md:px-3 md:text-sm";

function TabIcon({ icon, current }: { icon: ReactNode; current: boolean }) {
  return (
    <span aria-hidden="true" className={clsx("flex h-7 w-12 items-center justify-center rounded-full md:hidden [&_svg]:size-5", current && "bg-primary-soft")}>
      {icon}
    </span>
  );
}

function More({ label, items, current, moreIcon }: { label: string; items: readonly SectionItem[]; current: (href: string) => boolean; moreIcon: ReactNode }) {
  const sheet = useAfterLoad(() => import("./more-sheet"));
  const [pressed, setPressed] = useState(false);
  const active = items.some((item) => current(item.href));
  const className = clsx(TAB, "w-full", active ? "text-primary" : "text-ink-muted hover:text-ink");
  const face = (
    <>
      <TabIcon icon={moreIcon} current={active} />
      More
    </>
  );
  if (sheet) {
    const { MoreSheet } = sheet;
    return <MoreSheet label={label} items={items} current={current} className={className} face={face} openAtOnce={pressed} />;
  }
  return (
    <button type="button" aria-haspopup="dialog" aria-expanded={false} data-state="closed" className={className} onClick={() => setPressed(true)}>
      {face}
    </button>
  );
}

export function SectionTabs({ label, items, homeAlso, moreIcon }: { label: string; items: readonly SectionItem[]; homeAlso: string; moreIcon: ReactNode }) {
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
      <div className={clsx(PAGE_FRAME, "max-md:px-0")}>
        <ul className="flex md:-mx-3 md:gap-1">
          {items.map((item, index) => {
            const here = current(item.href);
            return (
              <li key={item.href} className={clsx("min-w-0 flex-1 md:flex-none", index >= onBar && "max-md:hidden")}>
                <Link
                  href={item.href}
                  aria-current={here ? "page" : undefined}
                  className={clsx(TAB, here ? "text-primary md:border-primary" : "text-ink-muted hover:text-ink md:border-transparent")}
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
              <More label={label} items={items.slice(onBar)} current={current} moreIcon={moreIcon} />
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
