"use client";
// The dean's office's sections, under the header; scrolls sideways on a phone. The current
// section carries aria-current="page".
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/dean", label: "Dashboard" },
  { href: "/dean/programs", label: "Programs" },
  { href: "/dean/people", label: "People" },
  { href: "/dean/invitations", label: "Invitations" },
  { href: "/dean/settings", label: "Settings" },
  { href: "/dean/audit", label: "Audit log" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/dean") return pathname === "/dean" || pathname.startsWith("/dean/applicants");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function DeanNav() {
  const pathname = usePathname() ?? "/dean";
  return (
    <nav aria-label="Dean's office" className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-2 md:px-4">
        {ITEMS.map((item) => {
          const current = isCurrent(pathname, item.href);
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
