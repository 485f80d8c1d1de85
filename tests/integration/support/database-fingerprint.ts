// A fingerprint of everything the database holds: for every table of the public schema, its row
// count and an md5 of all its rows as text, in a stable order. Two equal fingerprints mean no row
// was added, removed or changed anywhere, the audit log included.
import type { Db } from "@/lib/server/core/db";

/** Table name to "<rows>:<md5 of the rows>". */
export type DatabaseFingerprint = Record<string, string>;

// query_to_xml runs one statement per table inside this single query, so the fingerprint is one
// round trip and one snapshot. Nothing is left out: Auth.js's sliding session expiry (the only
// write a read can cause) happens in the app server only when a session is a day old, and this
// file's sessions are minutes old.
const FINGERPRINT_SQL = `
  SELECT c.relname AS name,
         (xpath('/row/f/text()', query_to_xml(format(
           'SELECT count(*) || '':'' || md5(coalesce(string_agg(t::text, E''\\n'' ORDER BY t::text), '''')) AS f FROM %I.%I t',
           n.nspname, c.relname), false, true, '')))[1]::text AS fingerprint
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  ORDER BY c.relname`;

export async function databaseFingerprint(db: Db): Promise<DatabaseFingerprint> {
  const rows = await db.$queryRawUnsafe<{ name: string; fingerprint: string }[]>(FINGERPRINT_SQL);
  return Object.fromEntries(rows.map((row) => [row.name, row.fingerprint]));
}
