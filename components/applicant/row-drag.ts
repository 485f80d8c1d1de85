"use client";
// Where the target list's drag-and-drop meets its rows. The rows render at once, with Move up /
// Move down working; the drag-and-drop library (dnd-kit, about 15 kB) arrives after the page, in
// target-list-drag.tsx, and reaches the rows through this store: each row hands over its element
// and its handle, and reads back its handle's attributes and listeners, its transform while
// dragged, and whether it is the one lifted. So the rows are never re-mounted when dragging
// becomes possible (an open "They called" or a focused button stays as it was).
import { useCallback, useSyncExternalStore, type CSSProperties } from "react";

export interface RowDrag {
  /** dnd-kit's attributes (role, aria-pressed, …) and listeners, spread on the handle. */
  handle: Record<string, unknown>;
  style: CSSProperties;
  isDragging: boolean;
}

export class RowDragStore {
  private readonly states = new Map<string, RowDrag>();
  private readonly elements = new Map<string, { row: HTMLElement | null; handle: HTMLElement | null }>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string): RowDrag | undefined {
    return this.states.get(id);
  }

  set(id: string, state: RowDrag): void {
    this.states.set(id, state);
    for (const listener of this.listeners) listener();
  }

  element(id: string, part: "row" | "handle"): HTMLElement | null {
    return this.elements.get(id)?.[part] ?? null;
  }

  bind(id: string, part: "row" | "handle", element: HTMLElement | null): void {
    const entry = this.elements.get(id) ?? { row: null, handle: null };
    entry[part] = element;
    this.elements.set(id, entry);
  }
}

/** A row's drag state (undefined until drag-and-drop has loaded) and the refs for its element and handle. */
export function useRowDrag(store: RowDragStore | undefined, id: string) {
  const drag = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.get(id),
    () => undefined,
  );
  const rowRef = useCallback((element: HTMLElement | null) => store?.bind(id, "row", element), [store, id]);
  const handleRef = useCallback((element: HTMLElement | null) => store?.bind(id, "handle", element), [store, id]);
  return { drag, rowRef, handleRef };
}

function noSubscription() {
  return () => {};
}
