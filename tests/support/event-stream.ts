// Reads a Server-Sent Events stream the way a browser's EventSource does, keeping every event
// with the time it arrived, so a test can wait for one and say how long it took, and the time the
// server closed the stream.
export interface StreamEvent {
  event: string;
  data: string;
  at: number;
}

export interface EventStreamReader {
  status: number;
  events: StreamEvent[];
  /** Resolves with the first event after `since` that matches, or rejects after `timeoutMs`. */
  next(match: (e: StreamEvent) => boolean, since: number, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves with the time the server ended the stream (never, when the test closes it first). */
  closed: Promise<number>;
  /** That time, once it has happened. */
  closedAt(): number | null;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let closedAt: number | null = null;
  let serverClosed: (at: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (serverClosed = resolve));
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            closedAt = Date.now();
            serverClosed(closedAt);
            break;
          }
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(
              block
                .split("\n")
                .filter((line) => line && !line.startsWith(":"))
                .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trimStart()]),
            );
            if (fields.event || fields.data) events.push({ event: fields.event ?? "message", data: fields.data ?? "", at: Date.now() });
            for (const wake of waiters) wake();
          }
        }
      } catch {
        // Aborted by close().
      }
    })();
  }
  return {
    status: response.status,
    events,
    closed,
    closedAt: () => closedAt,
    close: () => controller.abort(),
    next(match, since, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((e) => e.at >= since && match(e));
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
