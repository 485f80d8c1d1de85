// The dashboard cache: one computation shared, kept until a change or a few seconds pass, never
// kept across a change heard while computing, and not used while the feed cannot hear changes.
import { describe, expect, it } from "vitest";
import { CohortCache } from "@/lib/server/dashboard/cohort-cache";
import { FeedForTest } from "../support/feed-for-test";

function setup(ttlMs = 10_000) {
  const feed = new FeedForTest();
  let now = 0;
  const inner = new CohortCache<number>(feed, ttlMs);
  // The app's clock is passed in with each request.
  const cache = {
    get: (school: string, compute: () => Promise<number>) => inner.get(school, new Date(now), compute),
    forget: (school: string) => inner.forget(school),
  };
  let computed = 0;
  const compute = async () => ++computed;
  return { feed, cache, compute, computations: () => computed, advance: (ms: number) => (now += ms) };
}

describe("CohortCache", () => {
  it("shares one computation among requests that arrive together, and keeps it", async () => {
    const { cache, compute, computations } = setup();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get("s1", compute)));
    expect(new Set(answers)).toEqual(new Set([1]));
    expect(await cache.get("s1", compute)).toBe(1);
    expect(computations()).toBe(1);
  });

  it("keeps each school apart", async () => {
    const { cache, compute } = setup();
    expect(await cache.get("s1", compute)).toBe(1);
    expect(await cache.get("s2", compute)).toBe(2);
    expect(await cache.get("s1", compute)).toBe(1);
  });

  it("computes afresh after a change of the school, from this instance or through the feed", async () => {
    const { feed, cache, compute } = setup();
    await cache.get("s1", compute);
    cache.forget("s1");
    expect(await cache.get("s1", compute)).toBe(2);
    feed.notice("s1");
    expect(await cache.get("s1", compute)).toBe(3);
    feed.notice("s2");
    expect(await cache.get("s1", compute)).toBe(3);
  });

  it("computes afresh once the entry is older than its time to live", async () => {
    const { cache, compute, advance } = setup(10_000);
    await cache.get("s1", compute);
    advance(9_999);
    expect(await cache.get("s1", compute)).toBe(1);
    advance(1);
    expect(await cache.get("s1", compute)).toBe(2);
  });

  it("computes afresh when the clock is set back before the kept one", async () => {
    const { cache, compute, advance } = setup(10_000);
    advance(60_000);
    await cache.get("s1", compute);
    advance(-1);
    expect(await cache.get("s1", compute)).toBe(2);
  });

  it("does not keep a result whose computation overlapped a change", async () => {
    const { cache } = setup();
    let release!: (value: number) => void;
    const slow = cache.get("s1", () => new Promise<number>((resolve) => (release = resolve)));
    cache.forget("s1");
    release(1);
    expect(await slow).toBe(1);
    expect(await cache.get("s1", async () => 2)).toBe(2);
  });

  it("keeps nothing while the feed is not listening, and nothing that failed", async () => {
    const { feed, cache, compute, computations } = setup();
    feed.listening = false;
    await cache.get("s1", compute);
    await cache.get("s1", compute);
    expect(computations()).toBe(2);
    feed.listening = true;
    await expect(cache.get("s1", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.get("s1", compute)).toBe(3);
  });
});
