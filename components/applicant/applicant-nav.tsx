"use client";
// The workspace's sections: tabs under the header on a laptop, a bottom bar on a phone. The
// current section carries aria-current="page".
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/applicant", label: "Overview", short: "Home" },
  { href: "/applicant/list", label: "List & catalog", short: "List" },
  { href: "/applicant/messages", label: "Messages", short: "Email" },
  { href: "/applicant/offers", label: "Interviews & offers", short: "Offers" },
  { href: "/applicant/profile", label: "Profile & story", short: "Profile" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/applicant") return pathname === "/applicant" || pathname.startsWith("/applicant/programs");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function ApplicantNav() {
  const pathname = usePathname() ?? "/applicant";
  return (
    <nav aria-label="Workspace" className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white md:static md:border-t-0 md:border-b">
      <ul className="mx-auto flex max-w-6xl md:gap-1 md:px-4">
        {ITEMS.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href} className="flex-1 md:flex-none">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-12 items-center justify-center px-1 text-center text-xs font-medium md:border-b-2 md:px-3 md:text-sm ${
                  current ? "text-brand-700 md:border-brand-700 max-md:bg-brand-50" : "text-slate-700 hover:text-brand-700 md:border-transparent"
                }`}
              >
                <span className="md:hidden">{item.short}</span>
                <span className="hidden md:inline">{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
