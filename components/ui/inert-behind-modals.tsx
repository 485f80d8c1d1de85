"use client";
// While a modal layer is open (a dialog, a sheet, a menu), Radix hides the rest of the page from
// screen readers with aria-hidden (marked data-aria-hidden). This makes that rest inert as well,
// so a keyboard cannot tab into what a screen reader is told is not there (axe: aria-hidden-focus),
// and gives it back when the layer closes. It arrives after the page (AfterLoad), as the layers do.
import { useEffect } from "react";

const MARK = "data-aria-hidden";
const OURS = "data-inert-behind-modal";

function sync(element: Element): void {
  const hidden = element.getAttribute(MARK) === "true";
  if (hidden && !element.hasAttribute("inert")) {
    element.setAttribute("inert", "");
    element.setAttribute(OURS, "");
  } else if (!hidden && element.hasAttribute(OURS)) {
    element.removeAttribute("inert");
    element.removeAttribute(OURS);
  }
}

export function InertBehindModals() {
  useEffect(() => {
    // A layer may have opened before this arrived (it comes after the page): catch up first.
    for (const element of document.querySelectorAll(`[${MARK}]`)) sync(element);
    const observer = new MutationObserver((records) => {
      for (const record of records) if (record.target instanceof Element) sync(record.target);
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: [MARK] });
    return () => observer.disconnect();
  }, []);
  return null;
}
