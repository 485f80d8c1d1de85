// The frame of a command that works on SOAP Desk's database (`npm run demo:reset`, `demo:remove`,
// `school:create`): the same database as `npm start` (DATABASE_URL, environment first, then
// .env.local/.env; otherwise the embedded PostgreSQL, used while `npm start` serves from it or
// started for the command and stopped after). The work returns the exit code; an error is printed
// as its message, with the usual first-run mistake named.
import { createPrismaClient, type Db } from "../../lib/server/core/db";
import { loadDotEnv } from "./env";
import { ensureDatabase, type DatabaseHandle } from "./embedded";

export function runWithDatabase(work: (prisma: Db, database: DatabaseHandle) => Promise<number>, before?: () => number | null): void {
  const main = async (): Promise<number> => {
    loadDotEnv();
    const early = before?.() ?? null;
    if (early !== null) return early;
    const database = await ensureDatabase();
    const prisma = createPrismaClient(database.url);
    try {
      return await work(prisma, database);
    } finally {
      await prisma.$disconnect();
      await database.stop();
    }
  };
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      // P2021: a table is missing, the database was never set up.
      if (typeof error === "object" && error !== null && "code" in error && error.code === "P2021") {
        console.error("The tables are missing: run `npm start` (or `npm run db:migrate`) first.");
      }
      process.exit(1);
    },
  );
}
