"use client";
// The dean's office's sections.
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/dean", label: "Dashboard" },
  { href: "/dean/programs", label: "Programs" },
  { href: "/dean/people", label: "People" },
  { href: "/dean/invitations", label: "Invitations" },
  { href: "/dean/settings", label: "Settings" },
  { href: "/dean/audit", label: "Audit log" },
] as const;

export function DeanNav() {
  return <SectionNav label="Dean's office" items={ITEMS} homeAlso="/dean/applicants" />;
}
