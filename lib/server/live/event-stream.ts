import "server-only";
// A school's changes as Server-Sent Events: "change" (debounced, so a burst of writes is one
// reload), "status" when the database feed drops or returns, and a comment when the stream has
// been quiet, which keeps proxies from closing an idle stream. The stream ends when the browser
// goes away, and when the session that opened it ends (session-check.ts): checked every
// SESSION_CHECK_MS and before anything is sent, it then sends "ended" (the page reloads, and the
// server sends the person to sign in or to their own home) and closes. When the server stops
// (SIGTERM), the stream sends "reconnect" and closes: the browser's EventSource opens a new stream
// after the retry time, through the load balancer to an instance that is not stopping.
import { onClosing } from "../http/shutdown-state";
import type { ChangeFeed, FeedEvent } from "./change-feed";
import { SESSION_CHECK_MS, type SessionCheck } from "./session-check";
import { metrics } from "../core/metrics";

const DEBOUNCE_MS = 150;
// The first check after 10 s of silence sends a comment: a proxy never sees 15 s without a byte.
const KEEP_ALIVE_AFTER_MS = 10_000;

/** What a stream says as the server stops: come back in 1 to 3 s (spread, so the dashboards do not all reconnect at once). */
export function reconnectNotice(): string {
  return `retry: ${1_000 + Math.floor(Math.random() * 2_000)}\nevent: reconnect\ndata: server restarting\n\n`;
}

export function changeEventStream(feed: ChangeFeed, schoolId: string, signal: AbortSignal, session: SessionCheck): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let pending: ReturnType<typeof setTimeout> | null = null;
      // One write at a time, in order, each after its own check of the session.
      let queue = Promise.resolve();
      const end = () => {
        if (!closed) controller.enqueue(encoder.encode("event: ended\ndata: session\n\n"));
        cleanup();
      };
      let waiting = 0;
      let lastSent = Date.now();
      /** Sends `text` (nothing when null) if the session still stands; `whileUnknown`, also while the check cannot answer. */
      const deliver = (text: string | null, whileUnknown = false) => {
        waiting += 1;
        queue = queue
          .then(async () => {
            if (closed) return;
            const state = await session();
            if (state === "ended") return end();
            if (text === null || closed || (state !== "valid" && !whileUnknown)) return;
            controller.enqueue(encoder.encode(text));
            lastSent = Date.now();
          })
          .catch(() => cleanup())
          .finally(() => (waiting -= 1));
      };
      const status = (live: boolean) => `event: status\ndata: ${live ? "live" : "reconnecting"}\n\n`;
      const onEvent = (event: FeedEvent) => {
        if (event.type === "status") return deliver(status(event.live), true);
        pending ??= setTimeout(() => {
          pending = null;
          deliver(`event: change\ndata: ${Date.now()}\n\n`);
        }, DEBOUNCE_MS);
      };
      const unsubscribe = feed.subscribe(schoolId, onEvent);
      // One timer: each tick checks the session, and keeps an idle stream alive. A write already
      // waiting checks the session anyway, so a slow database does not pile checks up.
      const tick = setInterval(
        () => waiting === 0 && deliver(Date.now() - lastSent >= KEEP_ALIVE_AFTER_MS ? ": keep-alive\n\n" : null, true),
        SESSION_CHECK_MS,
      );
      let stopListening = () => {};
      metrics().liveStreams.inc();
      cleanup = () => {
        if (closed) return;
        closed = true;
        metrics().liveStreams.dec();
        unsubscribe();
        stopListening();
        clearInterval(tick);
        if (pending) clearTimeout(pending);
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      };
      // Tell the browser how soon to come back after a drop, and where the feed stands now.
      deliver(`retry: 2000\n${status(feed.live())}`, true);
      signal.addEventListener("abort", cleanup, { once: true });
      stopListening = onClosing(() => {
        if (!closed) controller.enqueue(encoder.encode(reconnectNotice()));
        cleanup();
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      // The stream's connection is its own: when the stream ends (a restart), the browser opens a
      // new one rather than sending its next request on a connection the server is closing.
      connection: "close",
      "x-accel-buffering": "no",
    },
  });
}
