// A national SOAP dataset for benchmarks: 150 schools and about 10,000 applicants with their lists,
// applications, about 1.5 million contacts, advocates, claims, tasks, interviews and offers, written
// straight into an empty, migrated database with set-based SQL (INSERT ... SELECT over
// generate_series), not one statement per row.
//
// Determinism: every value is a hash of (seed, the row's own numbers) and `now`; school k's rows
// depend only on (seed, k, now), so `onlySchool: 1` writes byte-for-byte the same rows for school 1
// into an empty database as the national run does. Ids are stable and readable: sch_001, the dean
// usr_001_dean, applicant app_001_0001 with user usr_001_a0001, and so on.
//
// Loading runs with session_replication_role = replica when the role may set it: foreign-key
// triggers and the audit log's NOTIFY trigger stay quiet during the load (the rows are consistent by
// construction; `checkForeignKeys: true` loads with the checks on to prove it).
import pg from "pg";
import { chunkSteps, LOAD_CHUNK, RESET_CHUNK, setupStatements } from "./national-dataset-sql";
import { pickBenchmarkIds, type BenchmarkIds } from "./national-dataset-ids";

export interface NationalDatasetOptions {
  scale: "full" | "quick";
  seed?: number;
  /** The moment the data is seen from: the season is placed so that now is Thursday of Match Week, 10:30 ET, inside the SOAP window. */
  now: Date;
  onProgress?: (step: string, done: number, total: number) => void;
  /** Write only this school (its rows are identical to the same school's in the full run). */
  onlySchool?: number;
  /** Connections writing at once (default 2). */
  concurrency?: number;
  /** Keep foreign-key triggers on during the load (slower), to prove every row is consistent. */
  checkForeignKeys?: boolean;
  /**
   * "by-time" (default): the busy tables are rewritten in the order their rows happened, as a live
   * database fills during Match Week, so one school's rows are spread among every other school's.
   * "by-school": left as written, each school's rows together (faster, but flatters the national
   * database).
   */
  layout?: "by-time" | "by-school";
}

export interface SchoolPlan {
  k: number;
  applicants: number;
  programs: number;
  advocates: number;
}

export interface NationalDatasetSummary extends BenchmarkIds {
  scale: "full" | "quick";
  seed: number;
  now: string;
  schools: number;
  applicants: number;
  /** Rows per table after the load. */
  counts: Record<string, number>;
  elapsedMs: number;
}

/** The tables the dataset writes, in the order the summary lists them. */
export const DATASET_TABLES = [
  "schools",
  "school_policies",
  "seasons",
  "offer_rounds",
  "users",
  "applicant_profiles",
  "advocate_profiles",
  "advocate_assignments",
  "red_flags",
  "narratives",
  "programs",
  "connections",
  "targets",
  "claims",
  "contacts",
  "tasks",
  "interviews",
  "offers",
  "overrides",
  "notifications",
  "outbox_emails",
  "audit_logs",
] as const;

/** Tables rewritten in time order for the "by-time" layout, with the column rows arrived by. */
const TIME_ORDER: readonly (readonly [string, string])[] = [
  ["contacts", "occurred_at"],
  ["tasks", "created_at"],
  ["targets", "created_at"],
  ["claims", "claimed_at"],
  ["interviews", "created_at"],
];

/** Rewrites each busy table in arrival order (CLUSTER on a throwaway index). */
async function layOutByTime(client: pg.Client, progress: (step: string, done: number, total: number) => void): Promise<void> {
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const [n, [table, column]] of TIME_ORDER.entries()) {
    progress(`reorder ${table} by ${column}`, n, TIME_ORDER.length);
    const index = `bench_${table}_arrival`;
    await client.query(`CREATE INDEX ${index} ON ${table} (${column}, id)`);
    await client.query(`CLUSTER ${table} USING ${index}`);
    await client.query(`DROP INDEX ${index}`);
  }
  progress("reorder done", TIME_ORDER.length, TIME_ORDER.length);
}

/** A small integer hash (FNV-1a then a murmur finaliser) of a few numbers, in [0, 1). */
function hash01(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (const byte of String(part)) {
      h ^= byte.charCodeAt(0);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2c;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * The schools and their sizes. School 1 has exactly 300 applicants, school 2 exactly 30 and school 3
 * the smallest, 20. Full scale: 150 schools, others 20-157 applicants (about 10,000 in all). Quick
 * scale: 6 schools, about 415 applicants. Each school imports 200-400 programs of the national list
 * and has an advocate for every 3.5 applicants.
 */
export function planSchools(scale: "full" | "quick", seed: number): SchoolPlan[] {
  // Full scale: schools 4-150 take the quantiles of a skewed spread (most schools small, a few over
  // 150) in a scrambled order, so the total stays near 10,000 whatever the seed.
  const spread = (n: number) => 20 + Math.floor((138 * (((n * 61) % 147) + 0.5) ** 2) / 147 ** 2);
  const sizes =
    scale === "quick" ? [300, 30, 20, 22, 25, 18] : Array.from({ length: 150 }, (_, n) => (n === 0 ? 300 : n === 1 ? 30 : n === 2 ? 20 : spread(n)));
  return sizes.map((applicants, n) => ({
    k: n + 1,
    applicants,
    programs: 200 + Math.floor(201 * hash01(seed, 11, n + 1)),
    advocates: Math.ceil(applicants / 3.5),
  }));
}

/** Groups schools into chunks of about `target` applicants, each written by one connection in one go. */
function chunk(plans: SchoolPlan[], target: number): SchoolPlan[][] {
  const chunks: SchoolPlan[][] = [];
  let current: SchoolPlan[] = [];
  let size = 0;
  for (const plan of plans) {
    current.push(plan);
    size += plan.applicants;
    if (size >= target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function openWorker(url: string, seed: number, checkForeignKeys: boolean): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  await client.query("SET work_mem = '64MB'");
  // The statements are large expressions over small work tables: compiling them costs more than it saves.
  await client.query("SET jit = off");
  if (!checkForeignKeys) {
    try {
      await client.query("SET session_replication_role = replica");
    } catch {
      // Not a superuser: load with the triggers on; only slower.
    }
  }
  for (const sql of setupStatements(seed)) await client.query(sql);
  return client;
}

async function writeChunk(client: pg.Client, schools: SchoolPlan[], nowSql: string, onStep: (label: string) => void): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(RESET_CHUNK);
    await client.query(LOAD_CHUNK, [
      schools.map((s) => s.k),
      schools.map((s) => s.applicants),
      schools.map((s) => s.programs),
      schools.map((s) => s.advocates),
    ]);
    for (const step of chunkSteps()) {
      onStep(step.label);
      await client.query(step.sql, step.sql.includes("$1") ? [nowSql] : []);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function assertEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: string }>("SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM users) AS n");
  if (Number(rows[0]?.n ?? 0) > 0) throw new Error("generateNationalDataset needs an empty, migrated database: this one already holds schools or users.");
}

export async function generateNationalDataset(url: string, options: NationalDatasetOptions): Promise<NationalDatasetSummary> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_000_000) throw new Error("seed must be an integer from 0 to 2,000,000.");
  const progress = options.onProgress ?? (() => {});
  const nowSql = options.now.toISOString().replace("Z", "");
  let plans = planSchools(options.scale, seed);
  if (options.onlySchool !== undefined) {
    plans = plans.filter((p) => p.k === options.onlySchool);
    if (plans.length === 0) throw new Error(`There is no school ${options.onlySchool} at ${options.scale} scale.`);
  }
  const applicants = plans.reduce((sum, p) => sum + p.applicants, 0);
  const chunks = chunk(plans, 800);
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, chunks.length));

  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await assertEmpty(admin);
    progress("set-up", 0, applicants);
    const workers = await Promise.all(Array.from({ length: concurrency }, () => openWorker(url, seed, options.checkForeignKeys ?? false)));
    let next = 0;
    let done = 0;
    try {
      await Promise.all(
        workers.map(async (client) => {
          while (next < chunks.length) {
            const schools = chunks[next++]!;
            const first = schools[0]!.k;
            const last = schools.at(-1)!.k;
            await writeChunk(client, schools, nowSql, (label) => progress(`schools ${first}-${last}: ${label}`, done, applicants));
            done += schools.reduce((sum, p) => sum + p.applicants, 0);
            progress(`schools ${first}-${last} written`, done, applicants);
          }
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.end().catch(() => {})));
    }

    if ((options.layout ?? "by-time") === "by-time") await layOutByTime(admin, progress);
    // The explicit audit ids leave the sequence behind; the app's next audit row must not collide.
    await admin.query(`SELECT setval(pg_get_serial_sequence('audit_logs', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM audit_logs), false)`);
    // VACUUM as well as ANALYZE: hint bits and the visibility map are set now, so that neither the
    // first reads nor autovacuum rewrite pages in the middle of a benchmark.
    progress("vacuum analyze", 0, DATASET_TABLES.length);
    for (const [n, table] of DATASET_TABLES.entries()) {
      await admin.query(`VACUUM (ANALYZE) ${table}`);
      progress(`vacuum analyze ${table}`, n + 1, DATASET_TABLES.length);
    }

    const counts: Record<string, number> = {};
    for (const table of DATASET_TABLES) {
      const { rows } = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(rows[0]?.n ?? 0);
    }
    progress("benchmark ids", 0, 1);
    const ids = await pickBenchmarkIds(admin, plans);
    progress("done", 1, 1);
    return {
      scale: options.scale,
      seed,
      now: options.now.toISOString(),
      schools: plans.length,
      applicants,
      counts,
      elapsedMs: Date.now() - started,
      ...ids,
    };
  } finally {
    await admin.end();
  }
}
