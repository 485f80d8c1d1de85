// `npm start`: the whole set-up in one command. Uses DATABASE_URL when set, otherwise an embedded
// PostgreSQL in .data/postgres; applies migrations, seeds the demo school once, builds and serves
// through SOAP Desk's own HTTP server (scripts/serve.ts). Settings: scripts/start-settings.ts.
import { appServer, nextSync } from "./next-bin";
import { StartRefused, startSettings } from "./start-settings";
import { loadDotEnv } from "./db/env";
import { ensureDatabase } from "./db/embedded";
import { migrateDeploy } from "./db/migrate-deploy";
import { createPrismaClient } from "../lib/server/core/db";
import { seedDemo } from "../prisma/seed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

async function main() {
  loadDotEnv();
  // Settings first: a server that will refuse to start should say so before touching the database.
  const settings = startSettings(process.env, { embeddedDatabase: !process.env.DATABASE_URL?.trim(), port });

  step("Database");
  const database = await ensureDatabase();
  const env = { ...process.env, ...settings, DATABASE_URL: database.url, PORT: port };

  step("Migrations");
  await migrateDeploy(database.url);

  step("Demo data");
  const prisma = createPrismaClient(database.url);
  try {
    await seedDemo(prisma, { now: new Date() });
  } finally {
    await prisma.$disconnect();
  }

  if (!dev) {
    step("Building the app (about a minute on a cold machine)");
    const status = nextSync(["build"], env);
    if (status !== 0) {
      await database.stop();
      process.exit(status);
    }
  }

  const demo = settings.SOAP_DESK_DEMO === "1" ? " (demo mode: one-click sign-in; SOAP_DESK_DEMO=0 turns it off)" : "";
  step(`Serving on ${settings.AUTH_URL}${demo}`);
  const server = appServer(env, { dev });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    if (!stopping) {
      await database.stop();
      process.exit(code ?? 0);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof StartRefused ? `SOAP Desk cannot start.\n${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
