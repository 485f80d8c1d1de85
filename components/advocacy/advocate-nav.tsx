// The advocate's sections: tabs under the header on a laptop, a bottom tab bar on a phone.
import { Network, UsersRound } from "lucide-react";
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/advocate", label: "My applicants", icon: <UsersRound /> },
  { href: "/advocate/connections", label: "My connections", icon: <Network /> },
] as const;

export function AdvocateNav() {
  return <SectionNav label="Advocate workspace" items={ITEMS} homeAlso="/advocate/applicants" />;
}
