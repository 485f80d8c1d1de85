// `npm start`: the whole set-up in one command. Uses DATABASE_URL when set, otherwise an embedded
// PostgreSQL in .data/postgres; applies migrations, seeds the demo school once, builds and serves.
// Sign-in: AUTH_SECRET from the environment or .data/auth-secret, demo mode on unless SOAP_DESK_DEMO=0.
import { nextServer, nextSync } from "./next-bin";
import { localAuthEnv } from "./local-auth-env";
import { ensureDatabase } from "./db/embedded";
import { migrateDeploy } from "./db/migrate-deploy";
import { createPrismaClient } from "../lib/server/db";
import { seedDemo } from "../prisma/seed";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

async function main() {
  step("Database");
  const database = await ensureDatabase();
  const authEnv = localAuthEnv();
  const env = { ...process.env, ...authEnv, DATABASE_URL: database.url };

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

  step(`Serving on http://localhost:${port}${authEnv.SOAP_DESK_DEMO === "1" ? " (demo mode: one-click sign-in; SOAP_DESK_DEMO=0 turns it off)" : ""}`);
  const server = nextServer([dev ? "dev" : "start", "-p", port], env);
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
