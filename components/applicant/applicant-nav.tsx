// The applicant's sections: tabs under the header on a laptop, a bottom tab bar on a phone.
import { CalendarCheck, House, ListOrdered, Mail, UserRound } from "lucide-react";
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/applicant", label: "Overview", short: "Home", icon: <House /> },
  { href: "/applicant/list", label: "List & catalog", short: "List", icon: <ListOrdered /> },
  { href: "/applicant/messages", label: "Messages", short: "Email", icon: <Mail /> },
  { href: "/applicant/offers", label: "Interviews & offers", short: "Offers", icon: <CalendarCheck /> },
  { href: "/applicant/profile", label: "Profile & story", short: "Profile", icon: <UserRound /> },
] as const;

export function ApplicantNav() {
  return <SectionNav label="Workspace" items={ITEMS} homeAlso="/applicant/programs" />;
}
