// A workspace's sections, the same pattern for every role: tabs under the header on a laptop (all
// of them, never cut off), a bottom tab bar on a phone with at most five places, the rest under
// "More" in a sheet. The icons are drawn here, on the server, so that only the tabs' current-page
// marking runs in the browser (SectionTabs).
import { Ellipsis } from "lucide-react";
import { SectionTabs } from "./section-tabs";
import type { SectionItem } from "./section-item";

export type { SectionItem };

export function SectionNav({ label, items, homeAlso }: { label: string; items: readonly SectionItem[]; homeAlso: string }) {
  return <SectionTabs label={label} items={items} homeAlso={homeAlso} moreIcon={<Ellipsis />} />;
}
