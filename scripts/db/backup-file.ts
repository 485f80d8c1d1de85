// What `npm run db:backup` writes and `npm run db:restore` reads: one gzip file of JSON lines.
//   {"format":"soap-desk-backup","formatVersion":1,"createdAt":...,"migrations":[...],"jobQueueVersion":19}
//   ["table","public.schools",["id","name",...]]   then one line per row: a JSON object (row_to_json)
//   ["end","public.schools",2]                     ... for every table, parents first
//   ["complete",{"public.schools":2,...}]
// It holds every row of the app's tables and of the job queue, and the migrations the database
// had applied: a restore puts the rows into a database at exactly those migrations. It does not
// depend on the PostgreSQL version (the embedded cluster is PostgreSQL 18, a school's server may
// be older), and needs no client program of PostgreSQL's, only this project's own packages.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type pg from "pg";
import { quoteIdentifier } from "./schema-engine";

export const BACKUP_FORMAT = "soap-desk-backup";
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The migrations the database had applied, in order; the last is the backup's version. */
  migrations: string[];
  /** graphile-worker's own schema version (its last migration's id), or null without the job queue. */
  jobQueueVersion: number | null;
}

export interface BackupTable {
  /** "schema.table", as the file names it. */
  name: string;
  /** The columns a row carries: every column but the generated ones. */
  columns: string[];
}

/** The schemas whose tables a backup holds: the app's and the job queue's. */
const SCHEMAS = ["public", "graphile_worker"];
/** Tables that record a schema's version, not data: the restore's own migration writes them. */
const VERSION_TABLES = new Set(["public._prisma_migrations", "graphile_worker.migrations"]);

export function tableSql(name: string): string {
  const [schema, table] = name.split(".") as [string, string];
  return `${quoteIdentifier(schema)}.${quoteIdentifier(table)}`;
}

/**
 * The tables a backup holds, each after the tables its foreign keys point to, so that a restore
 * that inserts them in this order never inserts a row before the row it refers to.
 */
export async function listBackupTables(client: pg.Client): Promise<BackupTable[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `SELECT n.nspname || '.' || c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
     GROUP BY 1`,
    [SCHEMAS],
  );
  const { rows: keys } = await client.query<{ child: string; parent: string }>(
    `SELECT cn.nspname || '.' || cc.relname AS child, pn.nspname || '.' || pc.relname AS parent
     FROM pg_constraint k
     JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
     JOIN pg_class pc ON pc.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
     WHERE k.contype = 'f' AND k.conrelid <> k.confrelid`,
  );
  const kept = tables.filter((table) => !VERSION_TABLES.has(table.name)).sort((a, b) => a.name.localeCompare(b.name));
  const parents = new Map(kept.map((table) => [table.name, new Set<string>()]));
  for (const key of keys) parents.get(key.child)?.add(key.parent);
  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (ordered.length < kept.length) {
    const next = kept.find((table) => !placed.has(table.name) && [...parents.get(table.name)!].every((parent) => placed.has(parent) || !parents.has(parent)));
    if (!next) throw new Error("The tables' foreign keys form a cycle: a backup cannot order them.");
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/** graphile-worker's schema version in this database, or null when it has no job queue. */
export async function jobQueueVersion(client: pg.Client): Promise<number | null> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('graphile_worker.migrations') IS NOT NULL AS present`);
  if (!rows[0]?.present) return null;
  const version = await client.query<{ id: number | null }>(`SELECT max(id) AS id FROM graphile_worker.migrations`);
  return version.rows[0]?.id ?? null;
}

/** The lines of a backup file, decompressed, one at a time. */
export function backupLines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

export type BackupLine =
  | { kind: "table"; table: BackupTable }
  | { kind: "end"; table: string; rows: number }
  | { kind: "complete"; rows: Record<string, number> }
  | { kind: "row"; json: string };

export const tableLine = (table: BackupTable) => JSON.stringify(["table", table.name, table.columns]);
export const endLine = (table: string, rows: number) => JSON.stringify(["end", table, rows]);
export const completeLine = (rows: Record<string, number>) => JSON.stringify(["complete", rows]);

/** What one line after the header is. A row is an object, and stays text: a restore hands it to PostgreSQL as it is. */
export function parseLine(line: string): BackupLine {
  if (line.startsWith("{")) return { kind: "row", json: line };
  const value = JSON.parse(line) as unknown[];
  const [kind, a, b] = Array.isArray(value) ? value : [];
  if (kind === "table" && typeof a === "string" && Array.isArray(b)) return { kind, table: { name: a, columns: b as string[] } };
  if (kind === "end" && typeof a === "string" && typeof b === "number") return { kind, table: a, rows: b };
  if (kind === "complete" && typeof a === "object" && a !== null) return { kind, rows: a as Record<string, number> };
  throw new Error(`not a line of a SOAP Desk backup: ${line.slice(0, 80)}`);
}
