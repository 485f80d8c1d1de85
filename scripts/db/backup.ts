// `npm run db:backup [-- --out <file or folder>]`: every row of SOAP Desk's database (DATABASE_URL,
// or the embedded PostgreSQL `npm start` uses) in one file, read in one consistent snapshot while
// the app keeps serving, with the migrations the database is at (backup-file.ts says what the file
// holds). By default the file goes to .data/backups/soap-desk-<UTC time>.backup.gz, readable by
// its owner only: it holds applicants' personal data.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { createGzip } from "node:zlib";
import pg from "pg";
import { listAppliedMigrations } from "../../lib/server/core/migrations-version";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  completeLine,
  endLine,
  jobQueueVersion,
  listBackupTables,
  tableLine,
  tableSql,
  type BackupHeader,
} from "./backup-file";
import { isMainModule, loadDotEnv, redactUrl, runScriptMain } from "./env";
import { PROJECT_ROOT, quoteIdentifier } from "./schema-engine";

const FETCH_ROWS = 1_000;

export interface BackupSummary {
  file: string;
  version: string;
  rows: Record<string, number>;
  bytes: number;
}

/** The default file name: soap-desk-2026-03-18T14-00-00Z.backup.gz. */
export function backupFileName(now: Date): string {
  return `soap-desk-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}.backup.gz`;
}

/** Writes the backup of `url` to `file` (through file.partial, renamed once complete). */
export async function backupDatabase(url: string, file: string, now = new Date()): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    // One snapshot for every table, as pg_dump takes: rows committed after it began are not in it.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await listAppliedMigrations(async (sql) => (await client.query(sql)).rows);
    if (migrations.length === 0) throw new Error(`${redactUrl(url)} has no SOAP Desk tables: there is nothing to back up.`);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      migrations,
      jobQueueVersion: await jobQueueVersion(client),
    };
    const tables = await listBackupTables(client);

    // The backup's own folder, when this makes it, is its owner's alone; the folders above as usual.
    await mkdir(path.dirname(path.dirname(file)), { recursive: true });
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const gzip = createGzip();
    const out = createWriteStream(partial, { mode: 0o600 });
    const written = once(out, "finish");
    // Awaited once everything is written; a failed write before then is that await's error.
    written.catch(() => {});
    gzip.pipe(out);
    const write = async (line: string) => {
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    };
    await write(JSON.stringify(header));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await write(tableLine(table));
      const columns = table.columns.map(quoteIdentifier).join(", ");
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(r)::text AS json FROM (SELECT ${columns} FROM ${tableSql(table.name)}) r`,
      );
      let count = 0;
      for (;;) {
        const batch = await client.query<{ json: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`);
        for (const row of batch.rows) await write(row.json);
        count += batch.rows.length;
        if (batch.rows.length < FETCH_ROWS) break;
      }
      await client.query("CLOSE backup_rows");
      await write(endLine(table.name, count));
      rows[table.name] = count;
    }
    await write(completeLine(rows));
    gzip.end();
    await written;
    await client.query("COMMIT");
    await chmod(partial, 0o600);
    await rename(partial, file);
    return { file, version: migrations.at(-1)!, rows, bytes: (await stat(file)).size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Where `--out` points: a file, or a folder (existing, or written with a trailing slash) to put the default name in. */
async function outputFile(args: string[], now: Date): Promise<string> {
  const index = args.indexOf("--out");
  const given = index >= 0 ? args[index + 1] : undefined;
  if (index >= 0 && !given) throw new Error("--out needs a file or a folder: npm run db:backup -- --out /var/backups/soap-desk/");
  if (!given) return path.join(PROJECT_ROOT, ".data", "backups", backupFileName(now));
  const target = path.resolve(given);
  const folder = given.endsWith("/") || given.endsWith(path.sep) || (await stat(target).catch(() => null))?.isDirectory();
  return folder ? path.join(target, backupFileName(now)) : target;
}

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const unknown = args.filter((arg, i) => arg !== "--out" && args[i - 1] !== "--out");
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. Usage: npm run db:backup [-- --out <file or folder>]`);
    process.exit(2);
  }
  const now = new Date();
  const file = await outputFile(args, now);
  const { ensureDatabase } = await import("./embedded");
  const database = await ensureDatabase();
  try {
    console.log(`Backing up ${redactUrl(database.url)} …`);
    const summary = await backupDatabase(database.url, file, now);
    const total = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
    console.log(
      `Backed up ${total} rows in ${Object.keys(summary.rows).length} tables, at migration ${summary.version}, ` +
        `to ${path.relative(process.cwd(), summary.file) || summary.file} (${(summary.bytes / 1024).toFixed(0)} KB).\n` +
        "It holds personal data: keep it where only the people who run SOAP Desk can read it.",
    );
  } finally {
    await database.stop();
  }
}

if (isMainModule(import.meta.url)) runScriptMain(main);
