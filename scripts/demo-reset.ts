// `npm run demo:reset`: puts the demo school back to its starting point, with times relative to
// now (prisma/reset-demo.ts). The same database as `npm start`: DATABASE_URL (environment first,
// then .env.local/.env), otherwise the embedded PostgreSQL in .data/postgres, used while `npm start`
// serves from it or started for the reset and stopped after. Refuses, before touching any
// database, when demo mode is off for it: the same rule as `npm start` (scripts/start-settings.ts).
import { loadDotEnv, redactUrl } from "./db/env";
import { ensureDatabase } from "./db/embedded";
import { demoModeFor } from "./start-settings";
import { createPrismaClient } from "../lib/server/core/db";
import { DEMO_MODE_OFF, resetDemo } from "../prisma/reset-demo";

async function main(): Promise<number> {
  loadDotEnv();
  const embeddedDatabase = !process.env.DATABASE_URL?.trim();
  if (!demoModeFor(process.env, embeddedDatabase)) {
    const why = embeddedDatabase ? "SOAP_DESK_DEMO=0 is set." : "DATABASE_URL is set and SOAP_DESK_DEMO=1 is not.";
    console.error(`${DEMO_MODE_OFF}\n${why}`);
    return 1;
  }
  const database = await ensureDatabase();
  if (!database.embedded) console.log(`Resetting the demo school in ${redactUrl(database.url)} …`);
  const prisma = createPrismaClient(database.url);
  try {
    await resetDemo(prisma, { now: new Date(), demoMode: true });
    return 0;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

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
