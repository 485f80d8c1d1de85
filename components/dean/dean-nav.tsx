// The dean's office's sections: all seven as tabs on a laptop; on a phone's tab bar the first four
// and "More" for delivery, Settings and the audit log.
import { Building2, LayoutDashboard, MailCheck, ScrollText, Send, Settings, UsersRound } from "lucide-react";
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/dean", label: "Dashboard", icon: <LayoutDashboard /> },
  { href: "/dean/programs", label: "Programs", icon: <Building2 /> },
  { href: "/dean/people", label: "People", icon: <UsersRound /> },
  { href: "/dean/invitations", label: "Invitations", icon: <Send /> },
  { href: "/dean/delivery", label: "Delivery", icon: <MailCheck /> },
  { href: "/dean/settings", label: "Settings", icon: <Settings /> },
  { href: "/dean/audit", label: "Audit log", icon: <ScrollText /> },
] as const;

export function DeanNav() {
  return <SectionNav label="Dean's office" items={ITEMS} homeAlso="/dean/applicants" />;
}
