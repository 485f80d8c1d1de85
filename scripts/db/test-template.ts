// The test harness's template database: one database migrated to the latest schema that every
// test file (and the e2e server) clones, because CREATE DATABASE ... TEMPLATE is far faster than
// migrating each time. Kept apart from embedded.ts so that the embedded cluster does not depend on
// migrating (migrate-deploy.ts starts the cluster; this file migrates the template).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { migrateDeploy } from "./migrate-deploy";
import { MIGRATIONS_DIR, quoteIdentifier, withDatabase } from "./schema-engine";
import { createDatabase, dropDatabase, withClient } from "./server-databases";

export const TEST_TEMPLATE_DATABASE = "soap_desk_test_template";

/** A fingerprint of prisma/migrations: every file's path and content. */
async function migrationsHash(dir: string = MIGRATIONS_DIR): Promise<string> {
  const hash = createHash("sha256");
  const entries = existsSync(dir) ? await readdir(dir, { recursive: true, withFileTypes: true }) : [];
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(path.join(dir, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

const TEMPLATE_LOCK_KEY = 7_364_021_978;
const HASH_PREFIX = "soap-desk migrations sha256:";

/**
 * Makes sure database `name` holds the schema of the latest migration and returns its URL. The
 * migrations' fingerprint is kept in a COMMENT ON DATABASE; when the migrations change, the
 * template is dropped and rebuilt. The template refuses connections afterwards, because
 * CREATE DATABASE ... TEMPLATE fails while anyone is connected to it.
 */
export async function prepareTemplate(adminUrl: string, name: string = TEST_TEMPLATE_DATABASE): Promise<string> {
  const wanted = HASH_PREFIX + (await migrationsHash());
  const url = withDatabase(adminUrl, name);
  await withClient(adminUrl, async (client) => {
    // Serializes concurrent test runs against the same server.
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    );
    if (rows[0]?.comment === wanted) return;
    const started = Date.now();
    console.log(`${rows.length > 0 ? "Rebuilding" : "Creating"} test template database ${name} …`);
    await dropDatabase(adminUrl, name);
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    await migrateDeploy(url, { quiet: true });
    const quoted = quoteIdentifier(name);
    await client.query(`ALTER DATABASE ${quoted} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    // Written last: a template whose migration failed half-way never carries the fingerprint.
    await client.query(`COMMENT ON DATABASE ${quoted} IS '${wanted}'`);
    console.log(`Test template ${name} ready (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  });
  return url;
}

/** (Re)creates database `name` as a copy of the template and returns its URL. */
export async function cloneFromTemplate(adminUrl: string, name: string, template: string = TEST_TEMPLATE_DATABASE): Promise<string> {
  await dropDatabase(adminUrl, name);
  return createDatabase(adminUrl, name, { template });
}
