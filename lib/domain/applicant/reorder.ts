// Ranking the target list: ranks are always 1..n with no gaps (the order itself is checked by
// decideReorderTargets in rules/decide/reorder-targets.ts).

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
