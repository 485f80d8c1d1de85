// One section of a role's navigation: the tab bar's item on a phone, the side list's on a desktop.
import type { ReactNode } from "react";

export interface SectionItem {
  href: string;
  label: string;
  /** The word under the icon on a phone's tab bar, when the label is too long for it. */
  short?: string;
  /** The icon on a phone's tab bar and in the "More" sheet (sized there). */
  icon?: ReactNode;
}
