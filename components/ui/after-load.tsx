"use client";
// What every page has but nothing needs before someone acts: the toasts (sonner, about 10 kB
// gzipped) and the guard that makes the page inert behind an open dialog, sheet or menu. Both
// arrive after the page, like the layers they serve.
import { useAfterLoad } from "./use-after-load";

export function AfterLoad() {
  const toaster = useAfterLoad(() => import("./toaster"));
  const inert = useAfterLoad(() => import("./inert-behind-modals"));
  return (
    <>
      {toaster && <toaster.Toaster />}
      {inert && <inert.InertBehindModals />}
    </>
  );
}
