"use client";
// A "⋯" menu for a row's secondary actions whose menu (Radix's, with its positioning) arrives
// after the page: a list of rows would otherwise bring it in its first load. Until then the same
// button stands in; a press opens the menu as soon as it has arrived, and focus stays on it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Ellipsis } from "lucide-react";
import { moreButtonClass } from "./button-variants";
import { useAfterLoad } from "./use-after-load";

type MenuKit = typeof import("./dropdown-menu");

export function MoreMenu({
  label,
  className,
  size,
  modal,
  children,
}: {
  /** The button's name ("More for Lakeside Surgery"). */
  label: string;
  /** Classes over the menu's own. */
  className?: string;
  /** The button's size: `icon` (44 px) where the row leaves room for it. */
  size?: "icon" | "icon-sm";
  modal?: boolean;
  /** The menu's items, from the kit's menu parts. */
  children: (kit: MenuKit) => ReactNode;
}) {
  const kit = useAfterLoad(() => import("./dropdown-menu"));
  const [pressed, setPressed] = useState(false);
  const [focused, setFocused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const arrived = kit !== null;
  useEffect(() => {
    if (arrived && focused && !pressed) button.current?.focus();
  }, [arrived, focused, pressed]);
  if (!kit) {
    return (
      <button
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        data-state="closed"
        className={moreButtonClass(size)}
        onClick={() => setPressed(true)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setPressed(true);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        <Ellipsis aria-hidden="true" />
      </button>
    );
  }
  const { DropdownMenu, DropdownMenuContent, MoreButton } = kit;
  return (
    <DropdownMenu modal={modal} defaultOpen={pressed}>
      <MoreButton ref={button} label={label} size={size} />
      <DropdownMenuContent className={className}>{children(kit)}</DropdownMenuContent>
    </DropdownMenu>
  );
}
