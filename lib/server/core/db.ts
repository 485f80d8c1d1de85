import "server-only";
// The app's Prisma client: one per process, over node-postgres (Prisma 7 talks to the database
// through a driver adapter). Kept on globalThis so that Next's dev server, which re-evaluates
// modules on every edit, does not open a new connection pool each time.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type PoolClient } from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { knowCommitOutcomes } from "./commit-outcome";

export type Db = PrismaClient;
/** The client handed to an interactive `db.$transaction(async (tx) => ...)` callback. */
export type TxClient = Prisma.TransactionClient;

/**
 * A new client with its own pool, for scripts and tests; call `$disconnect()` when done.
 * `onQuery` hears every SQL statement it sends (tests count them); `preparedStatements` is how
 * many different statements it prepares at most (see below); `commitCheckMs` how long a commit
 * whose answer was lost waits for the database to say whether it kept it (commit-outcome.ts).
 */
export function createPrismaClient(url: string, options: { onQuery?: (sql: string) => void; preparedStatements?: number; commitCheckMs?: number } = {}): Db {
  const names = preparedStatementNames(options.preparedStatements);
  // The pool is made here, not by the adapter, so that the metrics can read its use; the
  // adapter still closes it on $disconnect().
  const pool = new Pool({ connectionString: url });
  // node-postgres sends a statement without a name unprepared (the adapter's type asks for a string).
  const adapter = new PrismaPg(pool, { statementNameGenerator: (query) => names(query) as string, disposeExternalPool: true });
  const onQuery = options.onQuery;
  const client = onQuery ? new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] }) : new PrismaClient({ adapter });
  if (onQuery) (client as unknown as PrismaClient<"query">).$on("query", (event) => onQuery(event.query));
  knowCommitOutcomes(client, options.commitCheckMs);
  knowTransactionConnections(client, pool, onQuery);
  pools.set(client, { pool, onQuery });
  return client;
}

interface PoolEntry {
  pool: Pool;
  onQuery?: (sql: string) => void;
}

/** A transaction's own connection, and who hears its statements. */
interface TransactionConnection {
  conn: PoolClient | null;
  onQuery?: (sql: string) => void;
}

// On globalThis, like the client: the server and the bundled app are separate module instances.
const shared = globalThis as typeof globalThis & {
  soapDeskPools?: WeakMap<Db, PoolEntry>;
  soapDeskOpening?: AsyncLocalStorage<TransactionConnection>;
  soapDeskTxConnections?: WeakMap<object, TransactionConnection>;
};
const pools = (shared.soapDeskPools ??= new WeakMap<Db, PoolEntry>());
/** The transaction being opened in this async context, which its connection is noted in. */
const opening = (shared.soapDeskOpening ??= new AsyncLocalStorage<TransactionConnection>());
const txConnections = (shared.soapDeskTxConnections ??= new WeakMap<object, TransactionConnection>());

/**
 * Notes the connection each interactive transaction runs on, so that a hand-written statement of
 * the transaction (sqlRows) is sent on it as it is, not through Prisma's engine. Prisma's driver
 * adapter takes a transaction's connection from our pool with `connect()` (a promise) before it
 * sends BEGIN, in the async context of the `$transaction` call; node-postgres's own `pool.query`
 * calls `connect` with a callback and is not noted.
 */
function knowTransactionConnections(client: PrismaClient, pool: Pool, onQuery: ((sql: string) => void) | undefined): void {
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    const result = connect(...args);
    const noting = opening.getStore();
    if (args.length > 0 || !noting || noting.conn) return result;
    return (result as Promise<PoolClient>).then((conn) => {
      noting.conn ??= conn;
      return conn;
    });
  }) as Pool["connect"];
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const withConnection = (body: unknown, options?: unknown): Promise<unknown> => {
    if (typeof body !== "function") return transaction(body, options);
    const noting: TransactionConnection = { conn: null, onQuery };
    return opening.run(noting, () =>
      transaction(async (tx: object) => {
        if (noting.conn) txConnections.set(tx, noting);
        return (body as (tx: object) => Promise<unknown>)(tx);
      }, options),
    );
  };
  Object.defineProperty(client, "$transaction", { value: withConnection, configurable: true, writable: true });
}

/**
 * The connection pool under a client made by createPrismaClient (the shared one included), for
 * the one statement every request sends, which is cheaper sent as it is than through Prisma's
 * query engine; null for any other client.
 */
export function poolOf(db: Db): Pool | null {
  return poolEntryOf(db)?.pool ?? null;
}

function poolEntryOf(db: Db): PoolEntry | null {
  return pools.get(db) ?? (db === prisma ? (pools.get(getPrisma()) ?? null) : null);
}

/**
 * One hand-written statement's rows, sent as it is as a named prepared statement (Prisma's
 * engine costs about 1 ms of CPU a statement, more than most statements): outside a transaction
 * on the client's pool, inside an interactive transaction on that transaction's own connection
 * (knowTransactionConnections). A client or transaction of any other kind sends it through
 * `$queryRawUnsafe`. Instants should come back as epoch milliseconds: node-postgres would read a
 * timestamp without time zone in the server's own zone.
 */
export async function sqlRows<T>(db: Db | TxClient, statement: { name: string; text: string; values: unknown[] }): Promise<T[]> {
  // A transaction's client is none of the clients poolOf knows; its connection may be known.
  const direct = txConnections.get(db) ?? poolEntryOf(db as Db);
  const queryable = direct && ("pool" in direct ? direct.pool : direct.conn);
  if (!direct || !queryable) return db.$queryRawUnsafe<T[]>(statement.text, ...statement.values);
  direct.onQuery?.(statement.text);
  return (await queryable.query({ name: statement.name, text: statement.text, values: statement.values })).rows as T[];
}

/** How the shared client's connection pool is used, or null before it was opened. */
export function poolUse(): { total: number; idle: number; waiting: number } | null {
  const pool = cache.soapDeskPrisma && pools.get(cache.soapDeskPrisma)?.pool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/**
 * Names each statement after its text, so that every pooled connection parses it once and
 * PostgreSQL can keep its plan: the rules' snapshot, one statement that joins a dozen relations,
 * took longer to plan than to run. Each length of an IN list is a statement of its own, so a
 * client names at most `limit` different statements and sends any others unnamed, as before:
 * the statements each connection keeps stay bounded.
 */
export function preparedStatementNames(limit = 400): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `p_${createHash("sha1").update(sql).digest("base64url")}`;
      names.set(sql, name);
    }
    return name;
  };
}

const cache = globalThis as typeof globalThis & { soapDeskPrisma?: Db };

/** The shared client for DATABASE_URL, created on first use. */
function getPrisma(): Db {
  if (!cache.soapDeskPrisma) {
    const url = process.env.DATABASE_URL?.trim();
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app with `npm start` (it provides the embedded database), " +
          "or set DATABASE_URL, e.g. postgresql://user:password@127.0.0.1:5432/soap_desk, in the environment or .env.",
      );
    }
    cache.soapDeskPrisma = createPrismaClient(url);
  }
  return cache.soapDeskPrisma;
}

// Resolved on first property access rather than at import: modules that merely import `prisma`
// (for types, unit tests, `next build` collecting routes) then load without a DATABASE_URL, and
// the clear error above appears where the database is actually used.
export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getPrisma();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

/** Closes the shared client's pool, if it was ever opened (the server stopping). */
export async function disconnectPrisma(): Promise<void> {
  await cache.soapDeskPrisma?.$disconnect();
}
