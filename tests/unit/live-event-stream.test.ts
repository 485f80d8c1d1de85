// The live stream's own bookkeeping, on a feed the test drives and a session check it scripts:
// every write waits for a check, one check per interval while idle, "ended" closes the stream,
// and while the database cannot be asked only the feed's status goes out.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChangeFeed, FeedEvent } from "@/lib/server/live/change-feed";
import { changeEventStream } from "@/lib/server/live/event-stream";
import { SESSION_CHECK_MS, type SessionState } from "@/lib/server/live/session-check";

function drivenFeed() {
  let listener: (event: FeedEvent) => void = () => {};
  const feed: ChangeFeed = { subscribe: (_school, l) => ((listener = l), () => {}), live: () => true };
  return { feed, emit: (event: FeedEvent) => listener(event) };
}

function open(state: () => SessionState) {
  const { feed, emit } = drivenFeed();
  let checks = 0;
  const response = changeEventStream(feed, "school-1", new AbortController().signal, async () => {
    checks += 1;
    return state();
  });
  let text = "";
  let closed = false;
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return void (closed = true);
      text += value;
    }
  })();
  return { emit, text: () => text, closed: () => closed, checks: () => checks };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a live stream", () => {
  it("checks its session once per interval while idle (keeping it alive), and before each event", async () => {
    const stream = open(() => "valid");
    await vi.advanceTimersByTimeAsync(0);
    expect(stream.text()).toContain("event: status\ndata: live");
    expect(stream.checks()).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * SESSION_CHECK_MS);
    expect(stream.checks()).toBe(4);
    // Quiet for a while: the check also keeps the stream alive for proxies.
    expect(stream.text()).toContain(": keep-alive");
    stream.emit({ type: "change" });
    await vi.advanceTimersByTimeAsync(200);
    expect(stream.checks()).toBe(5);
    expect(stream.text()).toContain("event: change");
    expect(stream.closed()).toBe(false);
  });

  it("says ended and closes at the first check after the session ends, sending nothing else", async () => {
    let state: SessionState = "valid";
    const stream = open(() => state);
    await vi.advanceTimersByTimeAsync(0);
    const before = stream.text();
    state = "ended";
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_MS);
    expect(stream.text().slice(before.length)).toBe("event: ended\ndata: session\n\n");
    expect(stream.closed()).toBe(true);
  });

  it("holds changes back but passes the feed's status while the database cannot be asked, and stays open", async () => {
    let state: SessionState = "unknown";
    const stream = open(() => state);
    await vi.advanceTimersByTimeAsync(0);
    stream.emit({ type: "change" });
    stream.emit({ type: "status", live: false });
    await vi.advanceTimersByTimeAsync(SESSION_CHECK_MS);
    expect(stream.text()).not.toContain("event: change");
    expect(stream.text()).toContain("event: status\ndata: reconnecting");
    expect(stream.closed()).toBe(false);
    state = "valid";
    stream.emit({ type: "change" });
    await vi.advanceTimersByTimeAsync(200);
    expect(stream.text()).toContain("event: change");
  });
});
