// The app's Prisma client: one per process, over node-postgres (Prisma 7 talks to the database
// through a driver adapter). Kept on globalThis so that Next's dev server, which re-evaluates
// modules on every edit, does not open a new connection pool each time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to an interactive `db.$transaction(async (tx) => ...)` callback. */
export type TxClient = Prisma.TransactionClient;

/**
 * A new client with its own pool, for scripts and tests; call `$disconnect()` when done.
 * `onQuery` hears every SQL statement it sends (tests count them).
 */
export function createPrismaClient(url: string, options: { onQuery?: (sql: string) => void } = {}): Db {
  const adapter = new PrismaPg({ connectionString: url });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onQuery = options.onQuery;
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as Db;
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
