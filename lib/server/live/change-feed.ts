import "server-only";
// Changes made anywhere, by any app instance, reach every instance's open dashboards: a database
// trigger sends NOTIFY soap_desk_changes with the school's id in the transaction of each audited
// change (so it is delivered on commit, and only then); each app instance holds one LISTEN
// connection and fans the notices out to its subscribers. When that connection drops, the feed
// says so, reconnects with backoff, and then tells every subscriber to catch up.
import { Client } from "pg";

export const CHANGE_CHANNEL = "soap_desk_changes";

/**
 * Tells every instance's open dashboards of a school that something changed outside an audited
 * write (a job recording that a message failed): the audit trigger does it for every other change.
 */
export async function announceChange(
  db: { $executeRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<number> },
  schoolId: string,
): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${schoolId})`;
}

export type FeedEvent = { type: "change" } | { type: "status"; live: boolean };
type Listener = (event: FeedEvent) => void;

export interface ChangeFeed {
  /** Hears the school's changes and the feed's own state; returns the way to stop hearing. */
  subscribe(schoolId: string, listener: Listener): () => void;
  live(): boolean;
}

/** A feed that never hears anything (tests of who may open the stream). */
export const silentFeed: ChangeFeed = { subscribe: () => () => {}, live: () => true };

export class PostgresChangeFeed implements ChangeFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: Client | null = null;
  private connected = false;
  private stopped = false;
  private retryMs = 250;
  private connecting: Promise<void> | null = null;

  constructor(private readonly url: string) {}

  subscribe(schoolId: string, listener: Listener): () => void {
    const set = this.listeners.get(schoolId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(schoolId, set);
    void this.ensureConnected();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(schoolId);
    };
  }

  live(): boolean {
    return this.connected;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => {});
  }

  private emitAll(event: FeedEvent): void {
    for (const set of this.listeners.values()) for (const listener of set) listener(event);
  }

  private ensureConnected(): Promise<void> {
    if (this.connected || this.stopped) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, keepAlive: true });
    client.on("notification", (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      for (const listener of this.listeners.get(message.payload) ?? []) listener({ type: "change" });
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch {
      await client.end().catch(() => {});
      this.retryLater();
      return;
    }
    this.client = client;
    this.connected = true;
    this.retryMs = 250;
    // Whatever changed while nobody was listening: everyone reloads once.
    this.emitAll({ type: "status", live: true });
    this.emitAll({ type: "change" });
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.connected = false;
    if (this.stopped) return;
    this.emitAll({ type: "status", live: false });
    this.retryLater();
  }

  private retryLater(): void {
    if (this.stopped) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 5_000);
    setTimeout(() => void this.ensureConnected(), wait).unref();
  }
}

const cache = globalThis as typeof globalThis & { soapDeskChangeFeed?: PostgresChangeFeed };

/** This instance's feed on DATABASE_URL, created on first use. */
export function changeFeed(): ChangeFeed {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return silentFeed;
  cache.soapDeskChangeFeed ??= new PostgresChangeFeed(url);
  return cache.soapDeskChangeFeed;
}

/** Closes this instance's LISTEN connection, if it opened one (the server stopping). */
export async function stopChangeFeed(): Promise<void> {
  await cache.soapDeskChangeFeed?.stop();
}
