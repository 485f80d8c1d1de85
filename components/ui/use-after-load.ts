"use client";
// A part of the page that is not needed for its first paint (a menu's list, a sheet, the toasts)
// arrives after the page: its module is fetched once the page is on screen and running, so the
// code of Radix's menus and dialogs is not part of every page's first load. Until then the
// caller shows a stand-in that looks the same.
import { useEffect, useState } from "react";

export function useAfterLoad<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setLoaded({ value });
    });
    return () => {
      live = false;
    };
    // The module is fetched once per mount, whatever `load` is on later renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return loaded?.value ?? null;
}
