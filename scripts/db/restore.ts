// `npm run db:restore -- <backup file> [--yes]`: puts a backup's rows back into SOAP Desk's database
// (DATABASE_URL, or the embedded PostgreSQL `npm start` uses). Stop SOAP Desk first.
//
// Before anything changes, the whole file is read and checked (complete, every table's count) and
// its migrations compared with this code's: a backup made at other migrations is refused, since its
// rows fit only the tables of its own version. (Restore it with the SOAP Desk release that made it;
// starting the newer release afterwards applies the newer migrations as usual.)
//
// The database must be empty (it is then migrated to this code's version first) or at this code's
// migrations. One that holds any row is refused unless --yes is given: then every row in it is
// deleted and the backup's rows put in their place, in one transaction, so a restore that fails
// leaves the database as it was. Jobs that were running when the backup was taken run again.
import pg from "pg";
import { compareMigrations, listAppliedMigrations, listCodeMigrations, migrationsVersion } from "../../lib/server/core/migrations-version";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupLines,
  jobQueueVersion,
  listBackupTables,
  parseLine,
  tableSql,
  type BackupHeader,
  type BackupTable,
} from "./backup-file";
import { isMainModule, loadDotEnv, redactUrl, runScriptMain } from "./env";
import { migrateDeploy } from "./migrate-deploy";
import { MIGRATIONS_DIR, quoteIdentifier } from "./schema-engine";

/** A restore that would not fit: the message says why and what to do; nothing was changed. */
export class RestoreRefused extends Error {}

const INSERT_ROWS = 1_000;

export interface RestoreSummary {
  version: string;
  rows: Record<string, number>;
  /** How many rows the database held before (all deleted). */
  replaced: number;
}

/** Reads the whole file: its header, and each table's row count, checked against the file's own totals. */
export async function checkBackupFile(file: string): Promise<{ header: BackupHeader; rows: Record<string, number> }> {
  const notBackup = (why: string) => new RestoreRefused(`${file} is not a complete SOAP Desk backup (${why}). Nothing was changed.`);
  let header: BackupHeader | null = null;
  const counted: Record<string, number> = {};
  let current: string | null = null;
  let complete: Record<string, number> | null = null;
  try {
    for await (const line of backupLines(file)) {
      if (!header) {
        header = JSON.parse(line) as BackupHeader;
        if (header.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) throw notBackup("it does not start as one");
        if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw notBackup(`format ${header.formatVersion}, this SOAP Desk reads ${BACKUP_FORMAT_VERSION}`);
        continue;
      }
      if (complete) throw notBackup("lines after its end");
      const parsed = parseLine(line);
      if (parsed.kind === "row") {
        if (!current) throw notBackup("a row outside a table");
        counted[current]! += 1;
      } else if (parsed.kind === "table") {
        current = parsed.table.name;
        counted[current] = 0;
      } else if (parsed.kind === "end") {
        if (parsed.table !== current || parsed.rows !== counted[current]) throw notBackup(`${parsed.table} should have ${parsed.rows} rows`);
        current = null;
      } else complete = parsed.rows;
    }
  } catch (error) {
    if (error instanceof RestoreRefused) throw error;
    throw notBackup(error instanceof Error ? error.message : String(error));
  }
  if (!header) throw notBackup("it is empty");
  if (!complete || current) throw notBackup("it ends too early: the backup was cut short");
  for (const [table, rows] of Object.entries(complete)) if (counted[table] !== rows) throw notBackup(`${table} should have ${rows} rows`);
  return { header, rows: counted };
}

/** Why a backup made at `backup` does not fit code at `code`, and what to do instead. */
export function versionMismatch(backup: string[], code: string[]): string | null {
  const { pending, unknown } = compareMigrations(code, backup);
  if (pending.length === 0 && unknown.length === 0) return null;
  const at = `This backup was made at migration ${migrationsVersion(backup)}; this SOAP Desk is at ${migrationsVersion(code)}.`;
  const tail = " Nothing was changed.";
  if (unknown.length === 0)
    return `${at} The backup is older (${pending.length} migration(s) behind): restore it with the SOAP Desk release whose last migration is ${migrationsVersion(backup)}, then start this release, which applies the newer migrations.${tail}`;
  if (pending.length === 0)
    return `${at} The backup comes from a newer SOAP Desk (${unknown.length} migration(s) this one does not have): restore it with that release or a later one.${tail}`;
  return `${at} The two have different migrations (${unknown.join(", ")} only in the backup): restore it with the SOAP Desk release that made it.${tail}`;
}

async function countRows(client: pg.Client, tables: BackupTable[]): Promise<number> {
  if (tables.length === 0) return 0;
  const sql = tables.map((table) => `SELECT count(*)::int AS n FROM ${tableSql(table.name)}`).join(" UNION ALL ");
  const { rows } = await client.query<{ n: number }>(sql);
  return rows.reduce((sum, row) => sum + row.n, 0);
}

/** The database is a fresh one (no tables at all) or at this code's migrations; anything else is refused. */
async function prepareTarget(url: string, client: pg.Client, code: string[], log: (line: string) => void): Promise<void> {
  const applied = await listAppliedMigrations(async (sql) => (await client.query(sql)).rows);
  if (applied.length === 0) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public'`,
    );
    if (rows[0]!.n > 0)
      throw new RestoreRefused(`${redactUrl(url)} has tables but no SOAP Desk migrations: restore into an empty database. Nothing was changed.`);
    log(`The database is empty: migrating it to ${migrationsVersion(code)} first.`);
    await migrateDeploy(url, { quiet: true });
    return;
  }
  const { pending, unknown } = compareMigrations(code, applied);
  if (pending.length > 0 || unknown.length > 0)
    throw new RestoreRefused(
      `${redactUrl(url)} is at migration ${migrationsVersion(applied)}, not at this SOAP Desk's ${migrationsVersion(code)}: ` +
        "restore into an empty database, or bring this one to this version first (npm run db:migrate). Nothing was changed.",
    );
}

export async function restoreDatabase(url: string, file: string, options: { replace: boolean; log?: (line: string) => void }): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const { header, rows: expected } = await checkBackupFile(file);
  const code = await listCodeMigrations(MIGRATIONS_DIR);
  const mismatch = versionMismatch(header.migrations, code);
  if (mismatch) throw new RestoreRefused(mismatch);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await prepareTarget(url, client, code, log);
    const queueVersion = await jobQueueVersion(client);
    if (queueVersion !== header.jobQueueVersion)
      throw new RestoreRefused(
        `The backup's job queue is at version ${header.jobQueueVersion}, this database's at ${queueVersion}: restore it with the SOAP Desk release that made it. No row was changed.`,
      );
    const tables = await listBackupTables(client);
    const known = new Set(tables.map((table) => table.name));
    const missing = Object.keys(expected).filter((name) => !known.has(name));
    if (missing.length > 0) throw new RestoreRefused(`The backup has tables this database lacks (${missing.join(", ")}). Nothing was changed.`);
    const replaced = await countRows(client, tables);
    if (replaced > 0 && !options.replace)
      throw new RestoreRefused(
        `${redactUrl(url)} holds ${replaced} rows. Restoring deletes every one of them and puts the backup's rows in their place: ` +
          "run again with --yes to do that (stop SOAP Desk first). Nothing was changed.",
      );

    await client.query("BEGIN");
    // The audit log refuses TRUNCATE, and its trigger announces every insert to the live pages:
    // neither applies to putting a backup back. (Only the tables' owner, who migrates, may do this.)
    for (const table of tables) await client.query(`ALTER TABLE ${tableSql(table.name)} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${tables.map((table) => tableSql(table.name)).join(", ")} RESTART IDENTITY`);
    await loadRows(client, file);
    await restartSequences(client, tables);
    // A job a worker held when the backup was taken is free to run again.
    if (known.has("graphile_worker._private_jobs"))
      await client.query(`UPDATE graphile_worker._private_jobs SET locked_at = NULL, locked_by = NULL WHERE locked_at IS NOT NULL`);
    if (known.has("graphile_worker._private_job_queues"))
      await client.query(`UPDATE graphile_worker._private_job_queues SET locked_at = NULL, locked_by = NULL WHERE locked_at IS NOT NULL`);
    for (const table of tables) await client.query(`ALTER TABLE ${tableSql(table.name)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    return { version: migrationsVersion(header.migrations), rows: expected, replaced };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Inserts the file's rows, table by table in the file's order (parents first), a thousand at a time. */
async function loadRows(client: pg.Client, file: string): Promise<void> {
  let table: BackupTable | null = null;
  let batch: string[] = [];
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const columns = table.columns.map(quoteIdentifier).join(", ");
    await client.query(
      `INSERT INTO ${tableSql(table.name)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${tableSql(table.name)}, $1::json)`,
      [`[${batch.join(",")}]`],
    );
    batch = [];
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    const parsed = parseLine(line);
    if (parsed.kind === "row") {
      batch.push(parsed.json);
      if (batch.length >= INSERT_ROWS) await flush();
    } else if (parsed.kind === "table") table = parsed.table;
    else if (parsed.kind === "end") {
      await flush();
      table = null;
    }
  }
}

/** Each serial or identity column's sequence continues after the restored rows' highest value. */
async function restartSequences(client: pg.Client, tables: BackupTable[]): Promise<void> {
  for (const table of tables) {
    for (const column of table.columns) {
      const { rows } = await client.query<{ sequence: string | null }>(`SELECT pg_get_serial_sequence($1, $2) AS sequence`, [tableSql(table.name), column]);
      const sequence = rows[0]?.sequence;
      if (!sequence) continue;
      await client.query(`SELECT setval($1, coalesce((SELECT max(${quoteIdentifier(column)}) FROM ${tableSql(table.name)}), 0) + 1, false)`, [sequence]);
    }
  }
}

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const replace = args.includes("--yes");
  const files = args.filter((arg) => arg !== "--yes");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    console.error(
      "Usage: npm run db:restore -- <backup file> [--yes]\n--yes: the database holds rows, and they are to be deleted and replaced by the backup's.",
    );
    process.exit(2);
  }
  const { ensureDatabase } = await import("./embedded");
  const database = await ensureDatabase();
  try {
    console.log(`Restoring ${files[0]} into ${redactUrl(database.url)} …`);
    const summary = await restoreDatabase(database.url, files[0]!, { replace, log: (line) => console.log(line) });
    const total = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
    console.log(
      `${summary.replaced > 0 ? `Deleted the ${summary.replaced} rows the database held, and restored` : "Restored"} ` +
        `${total} rows in ${Object.keys(summary.rows).length} tables, at migration ${summary.version}.`,
    );
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    console.error(`Not restored. ${error.message}`);
    process.exitCode = 1;
  } finally {
    await database.stop();
  }
}

if (isMainModule(import.meta.url)) runScriptMain(main);
