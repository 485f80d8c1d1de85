import "server-only";
// Which version of the schema a database is at, as the migrations say: the code's list is the
// folders of prisma/migrations (each holds a migration.sql), the database's is what the migration
// runner recorded in `_prisma_migrations` (finished, not rolled back). The readiness check asks
// whether every one of the code's migrations is applied; a backup records the last applied one, and
// a restore compares it with the code's.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Runs one SQL statement without parameters and returns its rows (Prisma's or node-postgres's). */
export type QueryRows = (sql: string) => Promise<unknown[]>;

/** The migrations in `dir` (prisma/migrations), in the order they apply. */
export async function listCodeMigrations(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** The migrations the database has applied (none when it was never migrated), in order. */
export async function listAppliedMigrations(query: QueryRows): Promise<string[]> {
  const [table] = (await query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`)) as { present: boolean }[];
  if (!table?.present) return [];
  const rows = (await query(
    `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  )) as { name: string }[];
  return [...new Set(rows.map((row) => row.name))];
}

export interface MigrationsComparison {
  /** The code's migrations the database has not applied. */
  pending: string[];
  /** Migrations the database applied that this code does not have (a newer version ran on it). */
  unknown: string[];
}

export function compareMigrations(code: string[], applied: string[]): MigrationsComparison {
  const inDatabase = new Set(applied);
  const inCode = new Set(code);
  return { pending: code.filter((name) => !inDatabase.has(name)), unknown: applied.filter((name) => !inCode.has(name)) };
}

/** A schema's version: the name of the last migration in the list, or "none". */
export function migrationsVersion(names: string[]): string {
  return names.at(-1) ?? "none";
}
