// Creates a fresh database, migrates it and fills it with the national benchmark dataset.
//
//   npx tsx --import ./scripts/server-only/register.mjs scripts/bench/generate-dataset.ts <database> [--quick] [--seed=N] [--only-school=K] [--now=ISO] [--concurrency=N] [--check-fks] [--by-school]
//
// The server is DATABASE_URL's (default postgresql://postgres@127.0.0.1:5432/postgres). The
// database is dropped first if it exists, so its name must start with "bench". Prints progress
// lines, the elapsed time and the summary as JSON.
import pg from "pg";
import { isMainModule } from "../db/env";
import { migrateDeploy } from "../db/migrate-deploy";
import { generateNationalDataset } from "./national-dataset";

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Thursday 19 March 2026, 10:30 ET: inside the SOAP window, round 1's offers out and due at 11:00. */
const DEFAULT_NOW = new Date("2026-03-19T14:30:00.000Z");

function option(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

export function databaseUrl(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function recreateDatabase(server: string, database: string): Promise<string> {
  if (!/^bench[a-z0-9_]*$/.test(database)) throw new Error(`Refusing to recreate "${database}": benchmark database names start with "bench" (a-z, 0-9, _).`);
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(server, database);
}

async function main() {
  const args = process.argv.slice(2);
  const database = args.find((a) => !a.startsWith("--"));
  if (!database) {
    console.error(
      "Usage: npx tsx --import ./scripts/server-only/register.mjs scripts/bench/generate-dataset.ts <database> [--quick] [--seed=N] [--only-school=K] [--now=ISO] [--concurrency=N] [--check-fks] [--by-school]",
    );
    process.exit(2);
  }
  const server = process.env.DATABASE_URL?.trim() || DEFAULT_SERVER;
  const seed = Number(option(args, "seed") ?? 1);
  const onlySchool = option(args, "only-school");
  const concurrency = option(args, "concurrency");
  const now = new Date(option(args, "now") ?? DEFAULT_NOW.toISOString());
  if (Number.isNaN(now.getTime())) throw new Error("--now must be an ISO date-time.");

  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`;
  const url = await recreateDatabase(server, database);
  await migrateDeploy(url, { quiet: true });
  console.log(`${elapsed()}  created and migrated ${database}`);

  let lastLine = "";
  const summary = await generateNationalDataset(url, {
    scale: args.includes("--quick") ? "quick" : "full",
    seed,
    now,
    onlySchool: onlySchool === undefined ? undefined : Number(onlySchool),
    concurrency: concurrency === undefined ? undefined : Number(concurrency),
    checkForeignKeys: args.includes("--check-fks"),
    layout: args.includes("--by-school") ? "by-school" : "by-time",
    onProgress: (step, done, total) => {
      const line = `${step} (${done}/${total})`;
      if (line === lastLine) return;
      lastLine = line;
      if (step.endsWith("written") || !step.startsWith("schools") || args.includes("--verbose")) console.log(`${elapsed()}  ${line}`);
    },
  });
  console.log(`${elapsed()}  generated in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  console.log(JSON.stringify(summary, null, 2));
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
