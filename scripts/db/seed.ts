// `npm run db:seed`: seeds the demo school into the same database as `npm run db:migrate`:
// DATABASE_URL (environment first, then .env.local/.env), otherwise the embedded PostgreSQL in
// .data/postgres. Kept out of prisma/seed.ts so the app, which imports seedDemo, never bundles
// the embedded database.
import { ensureDatabase } from "./embedded";
import { createPrismaClient } from "../../lib/server/core/db";
import { seedDemo } from "../../prisma/seed";

async function main(): Promise<void> {
  const database = await ensureDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    await seedDemo(prisma, { now: new Date() });
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // P2021: table missing, the usual first-run mistake.
  if (typeof error === "object" && error !== null && "code" in error && error.code === "P2021") {
    console.error("The tables are missing: run `npm run db:migrate` first.");
  }
  process.exit(1);
});
