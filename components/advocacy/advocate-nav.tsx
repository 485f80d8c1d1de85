"use client";
// The advocate's sections.
import { SectionNav } from "@/components/ui/section-nav";

const ITEMS = [
  { href: "/advocate", label: "My applicants" },
  { href: "/advocate/connections", label: "My connections" },
] as const;

export function AdvocateNav() {
  return <SectionNav label="Advocate workspace" items={ITEMS} homeAlso="/advocate/applicants" />;
}
