// Ranking the target list: the new order must name exactly the programs on the list, and ranks
// are always 1..n with no gaps.

/** Why a proposed order cannot be applied to the current list, or null when it can. */
export function reorderProblem(current: readonly string[], proposed: readonly string[]): string | null {
  if (new Set(proposed).size !== proposed.length) return "A program appears twice in the new order.";
  const now = new Set(current);
  if (proposed.length !== now.size || proposed.some((id) => !now.has(id))) {
    return "The list changed while you were ranking it. Reload the page and try again.";
  }
  return null;
}

/** Dense ranks 1..n in the given order. */
export function denseRanks(programIds: readonly string[]): { programId: string; rank: number }[] {
  return programIds.map((programId, i) => ({ programId, rank: i + 1 }));
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
