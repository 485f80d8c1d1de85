// A school's changes as Server-Sent Events: "change" (debounced, so a burst of writes is one
// reload), "status" when the database feed drops or returns, and a comment every 15 s that keeps
// proxies from closing an idle stream. The stream ends when the browser goes away.
import type { ChangeFeed, FeedEvent } from "./change-feed";

const DEBOUNCE_MS = 150;
const HEARTBEAT_MS = 15_000;

export function changeEventStream(feed: ChangeFeed, schoolId: string, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let pending: ReturnType<typeof setTimeout> | null = null;
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const onEvent = (event: FeedEvent) => {
        if (event.type === "status") {
          send(`event: status\ndata: ${event.live ? "live" : "reconnecting"}\n\n`);
          return;
        }
        pending ??= setTimeout(() => {
          pending = null;
          send(`event: change\ndata: ${Date.now()}\n\n`);
        }, DEBOUNCE_MS);
      };
      const unsubscribe = feed.subscribe(schoolId, onEvent);
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        if (pending) clearTimeout(pending);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      // Tell the browser how soon to come back after a drop, and where the feed stands now.
      send(`retry: 2000\nevent: status\ndata: ${feed.live() ? "live" : "reconnecting"}\n\n`);
      signal.addEventListener("abort", cleanup, { once: true });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
