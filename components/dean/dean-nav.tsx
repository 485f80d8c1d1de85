"use client";
// The dean's office's sections: all six as tabs on a laptop; on a phone's tab bar the first four
// and "More" for Settings and the audit log.
import { Building2, LayoutDashboard, ScrollText, Send, Settings, UsersRound } from "lucide-react";
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/dean", label: "Dashboard", icon: LayoutDashboard },
  { href: "/dean/programs", label: "Programs", icon: Building2 },
  { href: "/dean/people", label: "People", icon: UsersRound },
  { href: "/dean/invitations", label: "Invitations", icon: Send },
  { href: "/dean/settings", label: "Settings", icon: Settings },
  { href: "/dean/audit", label: "Audit log", icon: ScrollText },
] as const;

export function DeanNav() {
  return <SectionNav label="Dean's office" items={ITEMS} homeAlso="/dean/applicants" />;
}
