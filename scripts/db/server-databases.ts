// Creating and dropping databases on a running server, for the embedded cluster, scripts and the
// test harness. `adminUrl` is a URL to any database on the server whose user may create
// databases; the helpers return URLs on the same server.
import pg from "pg";
import { quoteIdentifier, withDatabase } from "./schema-engine";

export async function withClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (rowCount ?? 0) > 0;
  });
}

/** Creates database `name` (optionally as a copy of `template`) and returns its URL. */
export async function createDatabase(adminUrl: string, name: string, options: { template?: string } = {}): Promise<string> {
  const template = options.template ? ` TEMPLATE ${quoteIdentifier(options.template)}` : "";
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`));
  return withDatabase(adminUrl, name);
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  if (await databaseExists(adminUrl, name)) return;
  try {
    await createDatabase(adminUrl, name);
  } catch (error) {
    // Another process created it between the check and the CREATE.
    if ((error as { code?: string }).code !== "42P04") throw error;
  }
}

/** Drops database `name` if it exists, closing any connections still open to it. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    // A template database cannot be dropped until it is an ordinary one again.
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate", [name]);
    if ((rowCount ?? 0) > 0) await client.query(`ALTER DATABASE ${quoteIdentifier(name)} IS_TEMPLATE false`);
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
  });
}
