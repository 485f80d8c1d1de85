// A change feed a unit test drives by hand: it says it is live (or not) and delivers notices.
import type { ChangeFeed, FeedEvent } from "@/lib/server/live/change-feed";

export class FeedForTest implements ChangeFeed {
  listening = true;
  private readonly listeners = new Map<string, Set<(event: FeedEvent) => void>>();
  subscribe(schoolId: string, listener: (event: FeedEvent) => void) {
    const set = this.listeners.get(schoolId) ?? new Set();
    set.add(listener);
    this.listeners.set(schoolId, set);
    return () => set.delete(listener);
  }
  live() {
    return this.listening;
  }
  notice(schoolId: string) {
    for (const listener of this.listeners.get(schoolId) ?? []) listener({ type: "change" });
  }
}
