"use client";
// A "⋯" menu for a row's secondary actions (Radix: arrow keys, typeahead, Escape, focus returned).
import { DropdownMenu as Menu } from "radix-ui";
import { Ellipsis } from "lucide-react";
import type { ComponentProps, ReactNode, Ref } from "react";
import { moreButtonClass } from "./button-variants";
import { cn } from "./cn";

export const DropdownMenu = Menu.Root;
export const DropdownMenuTrigger = Menu.Trigger;
export const DropdownMenuGroup = Menu.Group;

/** The "⋯" trigger: an icon button named for what it opens ("More for Lakeside Surgery"). */
export function MoreButton({ label, size, className, ref }: { label: string; size?: "icon" | "icon-sm"; className?: string; ref?: Ref<HTMLButtonElement> }) {
  return (
    <Menu.Trigger ref={ref} aria-label={label} className={cn(moreButtonClass(size), className)}>
      <Ellipsis aria-hidden="true" />
    </Menu.Trigger>
  );
}

export function DropdownMenuContent({ className, align = "end", sideOffset = 4, ...props }: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        align={align}
        sideOffset={sideOffset}
        className={cn("z-50 min-w-48 rounded-lg border border-border bg-surface p-1 text-sm text-ink shadow-lg", className)}
        {...props}
      />
    </Menu.Portal>
  );
}

export function DropdownMenuItem({ className, tone = "default", ...props }: ComponentProps<typeof Menu.Item> & { tone?: "default" | "danger" }) {
  return (
    <Menu.Item
      className={cn(
        "flex min-h-10 cursor-default select-none items-center gap-2 rounded-md px-3 outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-muted",
        tone === "danger" && "text-danger data-[highlighted]:bg-danger-soft",
        className,
      )}
      {...props}
    />
  );
}

export function DropdownMenuLabel({ children }: { children: ReactNode }) {
  return <Menu.Label className="px-3 py-1.5 text-xs font-semibold text-ink-muted">{children}</Menu.Label>;
}

export function DropdownMenuSeparator() {
  return <Menu.Separator className="my-1 h-px bg-border" />;
}
