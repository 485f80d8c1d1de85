"use client";
// Tabs inside a page, written out (WAI-ARIA tabs pattern, as Radix's Tabs behaves): the tab list
// is one stop for Tab, the arrow keys (and Home, End) move between tabs and show each at once,
// a panel is named by its tab. Radix's Tabs brought about 9 kB gzipped of roving-focus and
// collection code to the page that shows them first. A part's `className` adds to its own classes
// (none of the screens' replace one), so the class merger stays off that page too.
import { createContext, useContext, useId, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from "react";
import { clsx } from "clsx";

interface TabsState {
  value: string;
  select: (value: string) => void;
  baseId: string;
}

const TabsContext = createContext<TabsState | null>(null);

function useTabs(): TabsState {
  const state = useContext(TabsContext);
  if (!state) throw new Error("Tabs parts belong inside <Tabs>.");
  return state;
}

const triggerId = (baseId: string, value: string) => `${baseId}-trigger-${value}`;
const contentId = (baseId: string, value: string) => `${baseId}-content-${value}`;

export function Tabs({
  value,
  defaultValue = "",
  onValueChange,
  className,
  children,
}: {
  /** The tab shown, when the caller keeps it; otherwise the tabs keep it from `defaultValue`. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  className?: string;
  children: ReactNode;
}) {
  const [own, setOwn] = useState(defaultValue);
  const baseId = useId();
  const shown = value ?? own;
  const select = (next: string) => {
    if (next === shown) return;
    if (value === undefined) setOwn(next);
    onValueChange?.(next);
  };
  return (
    <TabsContext.Provider value={{ value: shown, select, baseId }}>
      <div data-orientation="horizontal" className={className}>
        {children}
      </div>
    </TabsContext.Provider>
  );
}

/** Arrow keys move focus to the next or previous tab (wrapping around), Home and End to the first and last. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
  const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    event.key === "ArrowRight"
      ? tabs[(at + 1) % tabs.length]
      : event.key === "ArrowLeft"
        ? tabs[(at - 1 + tabs.length) % tabs.length]
        : event.key === "Home"
          ? tabs[0]
          : event.key === "End"
            ? tabs.at(-1)
            : undefined;
  if (!target || at === -1) return;
  event.preventDefault();
  target.focus();
}

export function TabsList({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      data-orientation="horizontal"
      className={clsx("flex gap-1 overflow-x-auto border-b border-border", className)}
      onKeyDown={moveFocus}
      {...props}
    />
  );
}

export function TabsTrigger({ value, className, disabled, ...props }: Omit<ComponentProps<"button">, "value"> & { value: string }) {
  const tabs = useTabs();
  const active = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={triggerId(tabs.baseId, value)}
      aria-selected={active}
      aria-controls={contentId(tabs.baseId, value)}
      data-state={active ? "active" : "inactive"}
      data-orientation="horizontal"
      disabled={disabled}
      tabIndex={active ? 0 : -1}
      className={clsx(
        "-mb-px flex min-h-11 shrink-0 items-center gap-1.5 border-b-2 border-transparent px-3 text-sm font-medium text-ink-muted hover:text-ink data-[state=active]:border-primary data-[state=active]:text-primary",
        className,
      )}
      // A tab shows its panel when pressed and when the arrow keys bring focus to it.
      onMouseDown={(event) => {
        if (!disabled && event.button === 0 && !event.ctrlKey) tabs.select(value);
        // Focus would show the tab: not for a disabled one, nor a ctrl-click.
        else event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === " " || event.key === "Enter") tabs.select(value);
      }}
      onFocus={() => {
        if (!disabled) tabs.select(value);
      }}
      {...props}
    />
  );
}

export function TabsContent({
  value,
  forceMount = false,
  className,
  ...props
}: ComponentProps<"div"> & {
  value: string;
  /** Keep the panel in the page while another is shown (hide it with `data-[state=inactive]:hidden`). */
  forceMount?: boolean;
}) {
  const tabs = useTabs();
  const active = tabs.value === value;
  if (!active && !forceMount) return null;
  return (
    <div
      role="tabpanel"
      id={contentId(tabs.baseId, value)}
      aria-labelledby={triggerId(tabs.baseId, value)}
      data-state={active ? "active" : "inactive"}
      data-orientation="horizontal"
      tabIndex={0}
      className={clsx("pt-4", className)}
      {...props}
    />
  );
}
