// `npm run db:migrate:create -- <name>`: the offline `prisma migrate dev --create-only`.
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema of
// the latest migration to the current prisma/schema.prisma. Review (and extend) the SQL, then
// apply it with `npm run db:migrate`.
//
// The wasm schema engine cannot replay the migrations folder into a schema ("Column type 'char'
// could not be deserialized"), so each migration keeps a snapshot of the schema.prisma it was
// made from (schema.prisma.snapshot) and the next migration is the diff snapshot → current. Hand
// additions to migration.sql (triggers, data fixes) are invisible to the diff, as they would be
// to Prisma's own. The engine still connects to a database when it starts (it asks for the
// server version), hence DATABASE_URL or the embedded server; nothing is written to it.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isMainModule, loadDotEnv } from "./env";
import {
  diffSchemas,
  loadMigrationsList,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  MIGRATIONS_DIR,
  PROJECT_ROOT,
  readSchemaFile,
  SCHEMA_PATH,
  SCHEMA_SNAPSHOT_FILE,
  type SchemaContainer,
} from "./schema-engine";

export interface MigrateCreateOptions {
  /** Database the engine may connect to (it only reads the server version). */
  url: string;
  migrationsDir?: string;
  schemaPath?: string;
  /** Defaults to now. */
  now?: Date;
}

export interface MigrateCreateResult {
  /** Folder of the new migration, or null when the schema has not changed. */
  directory: string | null;
  sql: string;
}

/** Same shape as Prisma's names: lower case, words joined by underscores. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not a usable migration name: use letters, digits and underscores.`);
  return slug;
}

/** Prisma's timestamp prefix: YYYYMMDDHHMMSS in UTC. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export async function migrateCreate(name: string, options: MigrateCreateOptions): Promise<MigrateCreateResult> {
  const dir = options.migrationsDir ?? MIGRATIONS_DIR;
  const slug = migrationSlug(name);
  const current = await readSchemaFile(options.schemaPath ?? SCHEMA_PATH);

  const lockPath = path.join(dir, MIGRATION_LOCK_FILE);
  if (existsSync(lockPath)) {
    const lock = await readFile(lockPath, "utf8");
    if (!/provider\s*=\s*"postgresql"/.test(lock)) {
      throw new Error(`${lockPath} names another provider; these migrations are not for PostgreSQL.`);
    }
  }

  const { migrationDirectories } = await loadMigrationsList(dir);
  const latest = migrationDirectories.at(-1);
  let from: SchemaContainer[] | "empty" = "empty";
  if (latest) {
    const snapshotPath = path.join(dir, latest.path, SCHEMA_SNAPSHOT_FILE);
    if (!existsSync(snapshotPath)) {
      throw new Error(
        `The latest migration ${latest.path} has no ${SCHEMA_SNAPSHOT_FILE}, so the schema it was made from is unknown ` +
          "(was it made with the Prisma CLI?). Copy the schema.prisma matching that migration to " +
          `${path.relative(PROJECT_ROOT, snapshotPath)} and run this again.`,
      );
    }
    from = [await readSchemaFile(snapshotPath)];
  }

  const sql = await diffSchemas(options.url, from, [current]);
  if (!sql.trim()) return { directory: null, sql: "" };

  // Keep names strictly increasing even when two migrations are made within one second.
  let stamp = timestamp(options.now ?? new Date());
  const latestStamp = latest?.path.slice(0, 14);
  if (latestStamp && /^\d{14}$/.test(latestStamp) && stamp <= latestStamp) {
    stamp = (BigInt(latestStamp) + 1n).toString();
  }
  const directory = path.join(dir, `${stamp}_${slug}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, "migration.sql"), sql);
  await writeFile(path.join(directory, SCHEMA_SNAPSHOT_FILE), current.content);
  if (!existsSync(lockPath)) await writeFile(lockPath, MIGRATION_LOCK_CONTENT);
  return { directory, sql };
}

async function main() {
  const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  if (!name) {
    console.error("Usage: npm run db:migrate:create -- <name>   (e.g. add_offer_notes)");
    process.exit(2);
  }
  loadDotEnv();
  const { ensureDatabase } = await import("./embedded");
  const database = await ensureDatabase();
  try {
    const result = await migrateCreate(name, { url: database.url });
    if (!result.directory) {
      console.log("No schema changes: prisma/schema.prisma matches the latest migration. Nothing created.");
      return;
    }
    const relative = path.relative(PROJECT_ROOT, result.directory);
    console.log(`Created ${path.join(relative, "migration.sql")}`);
    console.log("Review it (add anything Prisma cannot express, such as triggers), then run: npm run db:migrate");
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
