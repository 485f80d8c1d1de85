"use client";
// The sections that do not fit a phone's tab bar, in a sheet (Radix's dialog: focus kept inside,
// Escape closes it, focus returns to "More").
import { useState, type ReactNode } from "react";
import Link from "next/link";
import { clsx } from "clsx";
import type { SectionItem } from "./section-item";
import { Dialog, DialogTrigger, SheetContent } from "./dialog";

export function MoreSheet({
  label,
  items,
  current,
  className,
  face,
  openAtOnce,
}: {
  label: string;
  items: readonly SectionItem[];
  current: (href: string) => boolean;
  className: string;
  face: ReactNode;
  /** "More" was pressed before the sheet arrived: open it now. */
  openAtOnce: boolean;
}) {
  const [open, setOpen] = useState(openAtOnce);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className={className}>{face}</DialogTrigger>
      <SheetContent title="More" description={label}>
        <ul className="-mx-2 space-y-1">
          {items.map((item) => {
            const here = current(item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={here ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={clsx(
                    "flex min-h-12 items-center gap-3 rounded-lg px-3 font-medium",
                    here ? "bg-primary-soft text-primary" : "text-ink hover:bg-muted",
                  )}
                >
                  {item.icon && (
                    <span aria-hidden="true" className="flex shrink-0 text-ink-muted [&_svg]:size-5">
                      {item.icon}
                    </span>
                  )}
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
