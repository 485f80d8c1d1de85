// A TCP proxy in front of PostgreSQL that counts the statements the app sends, read off the wire
// protocol (simple Query and extended-protocol Execute messages), so a figure like "SQL queries
// per dashboard request" is measured from outside the app, whatever library sends them.
import { connect, createServer, type Server, type Socket } from "node:net";

export interface QueryCounter {
  port: number;
  /** Statements sent through the proxy so far. */
  count(): number;
  close(): Promise<void>;
}

/** Counts 'Q' and 'E' messages in one client's stream; the first message (startup) has no type byte. */
function messageCounter(onStatement: () => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      if (!started) {
        if (pending.length < 4) return;
        const length = pending.readUInt32BE(0);
        if (pending.length < length) return;
        pending = pending.subarray(length);
        started = true;
        continue;
      }
      if (pending.length < 5) return;
      const type = pending[0];
      const length = pending.readUInt32BE(1);
      if (pending.length < 1 + length) return;
      if (type === 0x51 /* Q */ || type === 0x45 /* E */) onStatement();
      pending = pending.subarray(1 + length);
    }
  };
}

export async function startQueryCounter(target: { host: string; port: number }): Promise<QueryCounter> {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    const count = messageCounter(() => statements++);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", count);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    count: () => statements,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The URL with its host and port replaced by the proxy's. */
export function throughCounter(url: string, counter: QueryCounter): string {
  const parsed = new URL(url);
  parsed.hostname = "127.0.0.1";
  parsed.port = String(counter.port);
  return parsed.toString();
}
