// `npm run db:backup` and `npm run db:restore` against real PostgreSQL. A database with the demo
// school, a test school's actions (audit rows, tasks) and queued jobs is backed up, restored into
// an empty database and over one that changed since: every table then holds exactly the rows it
// held (each table's count and a checksum of all its rows), the job queue included. A backup made
// at other migrations, a cut-short file and a database holding rows without --yes are refused
// with a message, and nothing changes.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import { ManualClock } from "@/lib/server/core/clock";
import { seedDemo } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "../../scripts/db/server-databases";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { databaseFingerprint, type DatabaseFingerprint } from "./support/database-fingerprint";
import { createSchool } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { runScript } from "./support/run-script";

let t: TestDatabase;
let folder: string;
let backup: string;
let before: Fingerprint;
const fresh: { name: string; db: Db }[] = [];

/** Every table's rows, the job queue's too; the migrations' own table is written by each migration run. */
type Fingerprint = DatabaseFingerprint & { jobs: string; tasks: string };

async function fingerprint(db: Db): Promise<Fingerprint> {
  const { _prisma_migrations: _ignored, ...tables } = await databaseFingerprint(db);
  const [jobs] = await db.$queryRaw<{ f: string }[]>`
    SELECT count(*) || ':' || md5(coalesce(string_agg(j::text, E'\n' ORDER BY j.id), '')) AS f FROM graphile_worker._private_jobs j`;
  const [tasks] = await db.$queryRaw<{ f: string }[]>`
    SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\n' ORDER BY t.id), '')) AS f FROM graphile_worker._private_tasks t`;
  return { ...tables, jobs: jobs!.f, tasks: tasks!.f };
}

const backupScript = (url: string, args: string[]) => runScript("scripts/db/backup.ts", { DATABASE_URL: url }, args);
const restoreScript = (url: string, args: string[]) => runScript("scripts/db/restore.ts", { DATABASE_URL: url }, args);

async function emptyDatabase(label: string): Promise<{ url: string; db: Db }> {
  const name = `soap_test_restore_${label}_${process.pid}`;
  await dropDatabase(inject("adminUrl"), name);
  const url = await createDatabase(inject("adminUrl"), name);
  const db = createPrismaClient(url);
  fresh.push({ name, db });
  return { url, db };
}

beforeAll(async () => {
  t = await createTestDatabase("backup");
  const now = new Date();
  await seedDemo(t.db, { now, log: () => {} });
  // Rows written through the use cases (audit rows, tasks), and jobs waiting in the queue, one of
  // them held by a worker as the backup is taken.
  const clock = new ManualClock(now);
  const school = await createSchool(t.db, { now, programs: 3 });
  const applicant = await school.addApplicant({ redFlags: ["LEAVE_OF_ABSENCE"] });
  await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, school.programIds);
  await t.db.$executeRaw`SELECT graphile_worker.add_job('send-email', json_build_object('emailId', 'e-1'), run_at := now() + interval '1 day')`;
  await t.db.$executeRaw`SELECT graphile_worker.add_job('escalate-call', json_build_object('taskId', 't-1'), run_at := now() + interval '2 hours')`;
  await t.db
    .$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'worker-gone' WHERE id = (SELECT min(id) FROM graphile_worker._private_jobs)`;
  folder = mkdtempSync(path.join(tmpdir(), "soap-desk-backup-"));
  before = await fingerprint(t.db);
}, 120_000);

afterAll(async () => {
  for (const { name, db } of fresh) {
    await db.$disconnect();
    await dropDatabase(inject("adminUrl"), name);
  }
  await t?.drop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("npm run db:backup", () => {
  it("writes every row to a file only its owner may read, and says at which migration", async () => {
    const run = backupScript(t.url, ["--out", `${folder}/`]);
    expect(run.status, run.output).toBe(0);
    const [, written] = /to (\S+\.backup\.gz)/.exec(run.stdout) ?? [];
    backup = path.resolve(written!);
    expect(path.dirname(backup)).toBe(folder);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const total = Object.entries(before)
      .filter(([name]) => name !== "jobs" && name !== "tasks")
      .reduce((sum, [, f]) => sum + Number(f.split(":")[0]), 0);
    expect(total).toBeGreaterThan(500);
    const [last] = await t.db.$queryRaw<{ name: string }[]>`SELECT max(migration_name) AS name FROM _prisma_migrations`;
    expect(run.stdout).toContain(`at migration ${last!.name}`);
    // The backup reads; it changes nothing.
    expect(await fingerprint(t.db)).toEqual(before);
  });
});

describe("npm run db:restore", () => {
  it("restores into an empty database: migrated first, then every row of every table, jobs freed to run again", async () => {
    const target = await emptyDatabase("empty");
    const run = restoreScript(target.url, [backup]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain("The database is empty: migrating it to");
    const after = await fingerprint(target.db);
    const { jobs: jobsAfter, ...tablesAfter } = after;
    const { jobs: jobsBefore, ...tablesBefore } = before;
    expect(tablesAfter).toEqual(tablesBefore);
    // The job queue: the same jobs, with the lock of the worker that held one released.
    expect(jobsAfter.split(":")[0]).toBe(jobsBefore.split(":")[0]);
    expect(await target.db.$queryRaw`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE locked_at IS NOT NULL`).toEqual([{ n: 0 }]);
    const jobs = await target.db.$queryRaw<{ task: string; payload: unknown }[]>`
      SELECT t.identifier AS task, j.payload FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`;
    expect(jobs).toEqual([
      { task: "send-email", payload: { emailId: "e-1" } },
      { task: "escalate-call", payload: { taskId: "t-1" } },
    ]);
    // The audit log's sequence goes on after the restored rows, and its rows stay append-only.
    const [highest] = await target.db.$queryRaw<{ id: bigint }[]>`SELECT max(id) AS id FROM audit_logs`;
    const [following] = await target.db.$queryRaw<{ next: bigint }[]>`SELECT nextval(pg_get_serial_sequence('audit_logs', 'id')) AS next`;
    expect(following!.next).toBe(highest!.id + BigInt(1));
    await expect(target.db.$executeRaw`DELETE FROM audit_logs`).rejects.toThrow(/append-only/);
  });

  it("refuses to replace the rows of a database that holds some unless told --yes, then replaces all of them", async () => {
    // The source changes after its backup: a new school, new audit rows, a contact gone.
    const clock = new ManualClock(new Date());
    const later = await createSchool(t.db, { now: clock.now(), programs: 1 });
    const applicant = await later.addApplicant();
    await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, later.programIds);
    await t.db.contact.deleteMany({ where: { id: (await t.db.contact.findFirstOrThrow()).id } });
    const changed = await fingerprint(t.db);
    expect(changed).not.toEqual(before);

    const refused = restoreScript(t.url, [backup]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^Not restored\. \S+ holds \d+ rows\. Restoring deletes every one of them and puts the backup's rows in their place: run again with --yes/m,
    );
    expect(refused.stderr).toContain("Nothing was changed.");
    expect(await fingerprint(t.db)).toEqual(changed);

    const run = restoreScript(t.url, [backup, "--yes"]);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/Deleted the \d+ rows the database held, and restored \d+ rows in \d+ tables/);
    const { jobs: jobsAfter, ...tablesAfter } = await fingerprint(t.db);
    const { jobs: jobsBefore, ...tablesBefore } = before;
    expect(tablesAfter).toEqual(tablesBefore);
    expect(jobsAfter.split(":")[0]).toBe(jobsBefore.split(":")[0]);
  });

  it("refuses a backup made at other migrations, saying which, and changes nothing", async () => {
    // A database one migration behind this code: its backup is an older version's.
    const older = await emptyDatabase("older");
    expect(restoreScript(older.url, [backup]).status).toBe(0);
    const [last] = await older.db.$queryRaw<{ name: string }[]>`SELECT max(migration_name) AS name FROM _prisma_migrations`;
    await older.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${last!.name}`;
    const olderRun = backupScript(older.url, ["--out", path.join(folder, "older.backup.gz")]);
    expect(olderRun.status, olderRun.output).toBe(0);

    const target = await emptyDatabase("mismatch");
    const refused = restoreScript(target.url, [path.join(folder, "older.backup.gz")]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`this SOAP Desk is at ${last!.name}`);
    expect(refused.stderr).toContain("The backup is older (1 migration(s) behind): restore it with the SOAP Desk release whose last migration is");
    expect(refused.stderr).toContain("Nothing was changed.");
    // Not even the empty database's migrations: it is as it was.
    expect(await target.db.$queryRaw`SELECT to_regclass('_prisma_migrations') IS NULL AS untouched`).toEqual([{ untouched: true }]);

    // A backup from a newer SOAP Desk: one migration this code does not have.
    const lines = gunzipSync(readFileSync(backup)).toString("utf8").split("\n");
    const header = JSON.parse(lines[0]!) as { migrations: string[] };
    header.migrations.push("29991231000000_from_the_future");
    writeFileSync(path.join(folder, "newer.backup.gz"), gzipSync([JSON.stringify(header), ...lines.slice(1)].join("\n")));
    const newer = restoreScript(t.url, [path.join(folder, "newer.backup.gz"), "--yes"]);
    expect(newer.status).toBe(1);
    expect(newer.stderr).toContain("The backup comes from a newer SOAP Desk (1 migration(s) this one does not have)");
    const { jobs: _jobs, ...tables } = await fingerprint(t.db);
    const { jobs: _jobsBefore, ...tablesBefore } = before;
    expect(tables).toEqual(tablesBefore);
  });

  it("refuses a file cut short, before touching the database", async () => {
    const whole = gunzipSync(readFileSync(backup)).toString("utf8");
    writeFileSync(path.join(folder, "cut.backup.gz"), gzipSync(whole.slice(0, Math.floor(whole.length * 0.6))));
    const target = await emptyDatabase("cut");
    const run = restoreScript(target.url, [path.join(folder, "cut.backup.gz")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is not a complete SOAP Desk backup \(.*\)\. Nothing was changed\./);
    expect(await target.db.$queryRaw`SELECT to_regclass('_prisma_migrations') IS NULL AS untouched`).toEqual([{ untouched: true }]);
  });
});
