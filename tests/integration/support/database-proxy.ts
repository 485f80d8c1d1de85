// A TCP proxy in front of PostgreSQL that a test controls: cut (connections dropped, new ones
// refused) and opened again, or set to lose the answer to the next statement whose text holds a
// given word (the statement reaches PostgreSQL, its connection is then dropped unanswered).
import { createServer, connect, type Server, type Socket } from "node:net";

export class DatabaseProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private loseAnswerTo: { word: Buffer; afterward: () => void } | null = null;

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** The same database URL, through this proxy. */
  url(databaseUrl: string): string {
    const parsed = new URL(databaseUrl);
    parsed.hostname = "127.0.0.1";
    parsed.port = String(this.port);
    return parsed.toString();
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      let answering = true;
      client.on("data", (chunk: Buffer) => {
        upstream.write(chunk);
        const lose = this.loseAnswerTo;
        if (!lose || !chunk.includes(lose.word)) return;
        this.loseAnswerTo = null;
        answering = false;
        // Long enough for PostgreSQL to carry the statement out; then the connection is gone.
        setTimeout(() => {
          client.destroy();
          upstream.destroy();
          lose.afterward();
        }, 300);
      });
      upstream.on("data", (chunk: Buffer) => {
        if (answering) client.write(chunk);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * The next statement holding `word` reaches PostgreSQL, and its answer never comes back: its
   * connection is dropped, then `afterward` runs (a test may cut the proxy there).
   */
  loseAnswer(word: string, afterward: () => void = () => {}): void {
    this.loseAnswerTo = { word: Buffer.from(word), afterward };
  }
}
