import "server-only";
// The dean's dashboard of a school, computed once and shared by every dean's office request of
// this app instance until something in the school changes: a change committed here forgets it at
// once (forget), one committed on another instance through the change feed's notice. While the
// feed is not listening, nothing is kept (a change could not be heard). Entries also age out
// after a few seconds, because alerts and countdowns move with the clock. Requests that arrive
// while the dashboard is being computed wait for that one computation.
import type { ChangeFeed } from "../live/change-feed";

/** How long a computed dashboard may be shown without a change: alerts are minutes-grained. */
export const COHORT_CACHE_TTL_MS = 10_000;

interface Entry<T> {
  value: Promise<T>;
  at: number;
}

export class CohortCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly generations = new Map<string, number>();
  private readonly listening = new Set<string>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly ttlMs: number = COHORT_CACHE_TTL_MS,
  ) {}

  /**
   * The school's dashboard as of `now` (the app's clock): the kept one while it is fresh for that
   * moment (computed at most ttl before it, and not after it), else a new computation.
   */
  get(schoolId: string, now: Date, compute: () => Promise<T>): Promise<T> {
    this.listen(schoolId);
    if (!this.feed.live()) return compute();
    const at = now.getTime();
    const entry = this.entries.get(schoolId);
    if (entry && at >= entry.at && at - entry.at < this.ttlMs) return entry.value;
    const generation = this.generation(schoolId);
    const value = compute();
    this.entries.set(schoolId, { value, at });
    value.then(
      () => {
        // A change heard while computing: this result may predate it, so it is not kept.
        if (this.generation(schoolId) !== generation && this.entries.get(schoolId)?.value === value) this.entries.delete(schoolId);
      },
      () => {
        if (this.entries.get(schoolId)?.value === value) this.entries.delete(schoolId);
      },
    );
    return value;
  }

  /** Something in the school changed: the next request computes afresh. */
  forget(schoolId: string): void {
    this.generations.set(schoolId, this.generation(schoolId) + 1);
    this.entries.delete(schoolId);
  }

  private generation(schoolId: string): number {
    return this.generations.get(schoolId) ?? 0;
  }

  private listen(schoolId: string): void {
    if (this.listening.has(schoolId)) return;
    this.listening.add(schoolId);
    // A notice of a change, and any change of the feed's state (a reconnect may have missed some).
    this.feed.subscribe(schoolId, () => this.forget(schoolId));
  }
}
