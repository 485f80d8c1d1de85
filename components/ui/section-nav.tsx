"use client";
// A workspace's sections under the header, scrolling sideways on a phone; the current one carries
// aria-current="page". The first item is the home page, current also on `homeAlso` sub-paths.
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface SectionItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string, home: string, homeAlso: string): boolean {
  if (href === home) return pathname === home || pathname.startsWith(homeAlso);
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SectionNav({ label, items, homeAlso }: { label: string; items: readonly SectionItem[]; homeAlso: string }) {
  const home = items[0]?.href ?? "/";
  const pathname = usePathname() ?? home;
  return (
    <nav aria-label={label} className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 md:px-4">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href, home, homeAlso);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-12 items-center border-b-2 px-3 text-sm font-medium ${
                  current ? "border-brand-700 text-brand-700" : "border-transparent text-slate-700 hover:text-brand-700"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
