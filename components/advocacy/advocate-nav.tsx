"use client";
// The advocate's sections, under the header; the current one carries aria-current="page".
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/advocate", label: "My applicants" },
  { href: "/advocate/connections", label: "My connections" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/advocate") return pathname === "/advocate" || pathname.startsWith("/advocate/applicants");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AdvocateNav() {
  const pathname = usePathname() ?? "/advocate";
  return (
    <nav aria-label="Advocate workspace" className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-6xl gap-1 px-2 md:px-4">
        {ITEMS.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href} className="flex-1 sm:flex-none">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-12 items-center justify-center border-b-2 px-3 text-sm font-medium ${
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
