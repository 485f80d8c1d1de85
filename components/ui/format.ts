/** "in 25 min", "12 min overdue": for task countdowns. */
export function relativeDue(due: Date, now: Date): { label: string; overdue: boolean } {
  const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const span = abs >= 120 ? `${Math.round(abs / 60)} h` : `${abs} min`;
  return minutes >= 0 ? { label: `due in ${span}`, overdue: false } : { label: `${span} overdue`, overdue: true };
}
