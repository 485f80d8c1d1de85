// The frame every signed-in page sits in: the header, the section navigation, and the page, all
// on one width and one left edge (the frame's rule in globals.css lines up each page's <main>),
// with room kept at the bottom for a phone's tab bar.
import type { ReactNode } from "react";

export function AppFrame({ header, nav, banner, children }: { header: ReactNode; nav: ReactNode; banner?: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      {nav}
      {banner && <div data-frame>{banner}</div>}
      <div data-frame className="pb-[calc(var(--tab-bar-height)+env(safe-area-inset-bottom))] md:pb-0">
        {children}
      </div>
    </>
  );
}
