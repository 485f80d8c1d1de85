"use client";
// The target list's drag-and-drop, loaded after the page (see row-drag.ts): pointer, touch and
// keyboard (focus a handle, Space to lift, arrows to move, Space to drop) through dnd-kit, with
// its screen-reader announcements. Renders no rows of its own: each sortable item drives the row
// the list already shows.
import { useLayoutEffect } from "react";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { RowDragStore } from "./row-drag";

interface DragLayerProps {
  ids: string[];
  store: RowDragStore;
  onDragEnd: (event: DragEndEvent) => void;
  announcements: Announcements;
  instructions: string;
}

export function DragLayer({ ids, store, onDragEnd, announcements, instructions }: DragLayerProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  return (
    <DndContext
      id="target-list-dnd"
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {ids.map((id) => (
          <SortableRow key={id} id={id} store={store} />
        ))}
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, store }: { id: string; store: RowDragStore }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  // The row's own elements, as the list rendered them (the store holds them for the row's id).
  useLayoutEffect(() => {
    setNodeRef(store.element(id, "row"));
    setActivatorNodeRef(store.element(id, "handle"));
  });
  useLayoutEffect(() => {
    store.set(id, { handle: { ...attributes, ...listeners }, style: { transform: CSS.Transform.toString(transform), transition }, isDragging });
  }, [store, id, attributes, listeners, transform, transition, isDragging]);
  return null;
}
