// The server the end-to-end tests drive: a fresh database cloned from the migrated template and
// seeded with the demo school, a production build, and `next start` on E2E_PORT.
import { nextServer, nextSync } from "./next-bin";
import { ensureDatabase, prepareTemplate, cloneFromTemplate } from "./db/embedded";
import { createPrismaClient } from "../lib/server/db";
import { seedDemo } from "../prisma/seed";

const port = process.env.E2E_PORT ?? "3100";

async function main() {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const database = given ? { url: given, stop: async () => {} } : await ensureDatabase();
  await prepareTemplate(database.url);
  const url = await cloneFromTemplate(database.url, "soap_desk_e2e");
  const prisma = createPrismaClient(url);
  await seedDemo(prisma, { now: new Date() });
  await prisma.$disconnect();

  const env = { ...process.env, DATABASE_URL: url, SOAP_DESK_DEMO: "1" };
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const status = nextSync(["build"], env);
    if (status !== 0) process.exit(status);
  }
  const server = nextServer(["start", "-p", port], env);
  const stop = async () => {
    server.kill("SIGTERM");
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
