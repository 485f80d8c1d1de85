// `npm run bench`: SOAP Desk at national scale. Builds the app, generates the national dataset
// into its own databases (on the embedded PostgreSQL, or on DATABASE_URL's server when set),
// starts production servers and judges every timed figure by its ratio to a yardstick measured in
// the same run at the same concurrency (these machines are shared and noisy): the machine floor, a
// bare Node.js server, or for a page one at a time the framework's plainest page. The absolute
// figures are printed beside the ratios; each is the median of three repetitions.
//   --quick      a small dataset and fewer requests: a smoke run that asserts nothing about speed
//   --explain    also prints EXPLAIN ANALYZE of the dashboard's queries at national scale
//   --no-build   serves the existing production build
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { appServer, NEXT_BUILD_ARGS, nextChild } from "../next-bin";
import { TSX_NODE_ARGS } from "../node-args";
import { startEmbedded, type DatabaseHandle } from "../db/embedded";
import { dropDatabase } from "../db/server-databases";
import { migrateDeploy } from "../db/migrate-deploy";
import { PROJECT_ROOT, quoteIdentifier, withDatabase } from "../db/schema-engine";
import { loadDotEnv } from "../db/env";
import { createPrismaClient } from "../../lib/server/core/db";
import { createDatabaseSession, sessionCookieName } from "../../lib/server/auth/session-cookie";
import { loadActor } from "../../lib/server/auth/load-actor";
import { getDeanDashboard } from "../../lib/server/dashboard/dean-dashboard";
import { callActionOverHttp, findBuiltAction } from "../../tests/support/http-action";
import { openEventStream, type EventStreamReader } from "../../tests/support/event-stream";
import { freePort } from "../../tests/support/app-server";
import { generateNationalDataset, type NationalDatasetSummary } from "./national-dataset";
import { captureCohortQuery } from "./dashboard-query";
import { startQueryCounter, throughCounter, type QueryCounter } from "./query-counter";
import { load, median, medianOf, ms, percentile } from "./measure";

const quick = process.argv.includes("--quick");
const explain = process.argv.includes("--explain");
const build = !process.argv.includes("--no-build");
const REPS = 3;
const SECRET = "benchmark-secret-0123456789abcdef0123456789";
/**
 * The moment the dataset is seen from: the start of the run, to the minute, so the app servers'
 * own clock falls in the generated Match Week (the data is the same in every run, placed
 * relative to it).
 */
const NOW = new Date(Math.floor(Date.now() / 60_000) * 60_000);
const SIZE = quick
  ? { dashboard: 40, floor: 40, sequential: 10, overview: 20, writesEach: 2, sse: 20 }
  : { dashboard: 200, floor: 200, sequential: 40, overview: 60, writesEach: 4, sse: 200 };

const started = Date.now();
function progress(message: string) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${message}`);
}

interface Instance {
  address: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const address = `http://localhost:${port}`;
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(AUTH_|NEXTAUTH_|SMTP_|OIDC_|SOAP_DESK_|DATABASE_URL|PORT|NODE_ENV)/.test(name)),
  );
  const child = appServer(
    { ...inherited, NODE_ENV: "production", PORT: String(port), LISTEN_HOST: "127.0.0.1", DATABASE_URL: databaseUrl, AUTH_URL: address, AUTH_SECRET: SECRET },
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return onceReady(child, address, "/api/health", "An app server");
}

/** The bare server of scripts/bench/bare-server.ts on the given database. */
async function startBareServer(databaseUrl: string, cookieName: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [...TSX_NODE_ARGS, path.join(PROJECT_ROOT, "scripts", "bench", "bare-server.ts")], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, SESSION_COOKIE: cookieName },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return onceReady(child, `http://127.0.0.1:${port}`, "/ready", "The bare server");
}

/** A started server as an Instance, once `probe` answers 200 (within 90 s, or it failed to start). */
async function onceReady(child: ChildProcess, address: string, probe: string, what: string): Promise<Instance> {
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`${address}${probe}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${what} did not start.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    address,
    child,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function get(address: string, route: string, cookie?: string): Promise<Response> {
  const response = await fetch(`${address}${route}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200) throw new Error(`GET ${route} answered ${response.status}`);
  return response;
}

/** Requests that did not answer 200, by figure: a figure with failures does not meet its target. */
const failures = new Map<string, number>();

/** Times GETs of `route`: `total` requests, `concurrency` at once; the body is read in full. */
async function timeGets(address: string, route: string, cookie: string | undefined, total: number, concurrency: number): Promise<number[]> {
  return load(total, concurrency, async () => {
    const response = await fetch(`${address}${route}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) failures.set(route, (failures.get(route) ?? 0) + 1);
  });
}

/** " (N failed)" when requests of the route failed since the last call, for a figure's value. */
function failedSince(route: string): { text: string; ok: boolean } {
  const count = failures.get(route) ?? 0;
  failures.delete(route);
  return count > 0 ? { text: ` (${count} answered an error)`, ok: false } : { text: "", ok: true };
}

async function prepareDatabase(
  adminUrl: string,
  name: string,
  fill: (url: string) => Promise<NationalDatasetSummary>,
): Promise<{ url: string; summary: NationalDatasetSummary }> {
  await dropDatabase(adminUrl, name);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  await client.end();
  const url = withDatabase(adminUrl, name);
  await migrateDeploy(url, { quiet: true });
  return { url, summary: await fill(url) };
}

interface Row {
  figure: string;
  value: string;
  ratio: string;
  target: string;
  met: boolean | null;
}

async function main() {
  loadDotEnv();
  progress(`SOAP Desk benchmark (${quick ? "quick" : "full"}): every figure is the median of ${REPS} repetitions.`);

  if (build) {
    progress("Building the app …");
    const child = nextChild(NEXT_BUILD_ARGS, { ...process.env, NODE_ENV: "production" });
    const status = await new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
    if (status !== 0) throw new Error("next build failed.");
  } else if (!existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) {
    throw new Error("--no-build needs an existing production build: run without it once.");
  }

  // The database server: DATABASE_URL's, or an embedded cluster of the benchmark's own.
  let embedded: DatabaseHandle | null = null;
  let adminUrl = process.env.DATABASE_URL?.trim();
  if (!adminUrl) {
    progress("Starting an embedded PostgreSQL for the benchmark …");
    const dataDir = path.join(PROJECT_ROOT, ".data", "bench-postgres");
    await mkdir(path.dirname(dataDir), { recursive: true });
    embedded = await startEmbedded({ dataDir, port: await freePort() });
    adminUrl = withDatabase(embedded.url, "postgres");
  }

  const instances: Instance[] = [];
  const counters: QueryCounter[] = [];
  const streams: EventStreamReader[] = [];
  try {
    const scale = quick ? "quick" : "full";
    // One line every few seconds: the generator reports each of its many steps.
    let lastLine = 0;
    const onProgress = (label: string) => (step: string, done: number, total: number) => {
      if (Date.now() - lastLine < 5_000 && done < total) return;
      lastLine = Date.now();
      progress(`${label}: ${step} (${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")})`);
    };
    progress(`Generating the ${scale} national dataset …`);
    const national = await prepareDatabase(adminUrl, "soap_desk_bench_national", (url) =>
      generateNationalDataset(url, { scale, now: NOW, onProgress: onProgress("national") }),
    );
    const ids = national.summary;
    progress(
      `National dataset: ${ids.schools} schools, ${ids.applicants.toLocaleString("en-US")} applicants, ` +
        `${(ids.counts.contacts ?? 0).toLocaleString("en-US")} contacts, in ${(ids.elapsedMs / 1000).toFixed(0)} s.`,
    );
    progress("Generating the 300-applicant school alone, for the same-school comparison …");
    const single = await prepareDatabase(adminUrl, "soap_desk_bench_single", (url) =>
      generateNationalDataset(url, { scale, now: NOW, onlySchool: 1, onProgress: onProgress("single school") }),
    );

    // Sessions, and a few more ids the pages need, from the national database.
    const db = createPrismaClient(national.url);
    const cookieName = sessionCookieName(false);
    const cookieFor = async (userId: string) => `${cookieName}=${(await createDatabaseSession(db, userId, new Date())).sessionToken}`;
    const bigDean = await cookieFor(ids.bigSchool.deanUserId);
    const smallDean = ids.smallSchool ? await cookieFor(ids.smallSchool.deanUserId) : null;
    const overview = await cookieFor(ids.overviewApplicant.userId);
    const hot = await cookieFor(ids.hotApplicant.userId);
    const writers = await Promise.all(ids.writers.map(async (w) => ({ ...w, cookie: await cookieFor(w.userId) })));
    const singleDb = createPrismaClient(single.url);
    const singleDean = `${cookieName}=${(await createDatabaseSession(singleDb, ids.bigSchool.deanUserId, new Date())).sessionToken}`;
    await singleDb.$disconnect();
    const assignment = await db.advocateAssignment.findFirstOrThrow({
      where: { applicant: { schoolId: ids.bigSchool.schoolId }, endedAt: null },
      select: { applicantId: true, advocate: { select: { userId: true } } },
    });
    const advocate = await cookieFor(assignment.advocate.userId);
    const overviewTarget = await db.target.findFirstOrThrow({ where: { applicantId: ids.overviewApplicant.applicantId }, select: { programId: true } });

    // Instance A is timed and talks to PostgreSQL directly, as in production; instance B's
    // statements pass through the counting proxy (which adds its own delay), so B is counted, not
    // timed. Both serve the live-update figure.
    progress("Starting the app servers (two on the national database, one on the single school) …");
    const counter = await startQueryCounter(
      new URL(national.url).port ? { host: new URL(national.url).hostname, port: Number(new URL(national.url).port) } : { host: "127.0.0.1", port: 5432 },
    );
    counters.push(counter);
    const a = await startInstance(national.url);
    instances.push(a);
    // The Next.js server's own process, whose CPU time and memory are read.
    const serverA = serverProcess(a.child.pid);
    const b = await startInstance(throughCounter(national.url, counter));
    instances.push(b);
    const c = await startInstance(single.url);
    instances.push(c);

    progress("Warming up …");
    for (const [instance, route, cookie] of [
      [a, "/api/auth/session", bigDean],
      [a, "/dean", bigDean],
      [a, "/applicant", overview],
      [a, "/sign-in", undefined],
      [c, "/dean", singleDean],
      [b, "/dean", bigDean],
    ] as const) {
      await timeGets(instance.address, route, cookie, 5, 1);
    }

    const rows: Row[] = [];
    const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}×`;

    progress(`Floor: an authenticated request with one trivial query, ${SIZE.floor} requests at 20 at once …`);
    const floor = await medianOf(REPS, async () => percentile(await timeGets(a.address, "/api/auth/session", bigDean, SIZE.floor, 20), 95));
    const floorSequential = await medianOf(REPS, async () => median(await timeGets(a.address, "/api/auth/session", bigDean, SIZE.sequential, 1)));

    // The writers' figure is judged against the machine floor at the writers' own concurrency (50,
    // or fewer in a quick run).
    const writerConcurrency = writers.length;
    const machineAt = [...new Set([1, 20, writerConcurrency])].sort((x, y) => x - y);
    progress(`The machine's own floor: a bare Node.js server with one query, no framework, at ${machineAt.join(", ")} at once …`);
    const bare = await startBareServer(national.url, cookieName);
    instances.push(bare);
    const bareAt = async (concurrency: number) =>
      (
        await medianOf(REPS, async () =>
          percentile(await timeGets(bare.address, "/", bigDean, concurrency === 1 ? SIZE.sequential : SIZE.floor, concurrency), 95),
        )
      ).value;
    const machine = new Map<number, number>();
    for (const concurrency of machineAt) machine.set(concurrency, await bareAt(concurrency));
    const machineFloor = (concurrency: number) => machine.get(concurrency)!;
    await bare.stop();
    rows.push({
      figure: `machine floor: bare Node.js HTTP, one query, no framework: p95 at ${machineAt.join(" / ")} concurrent`,
      value: machineAt.map((c) => ms(machineFloor(c))).join(" / "),
      ratio: "1.0×",
      target: "printed",
      met: null,
    });
    rows.push({
      figure: "floor: GET /api/auth/session, p95 at 20 concurrent",
      value: ms(floor.value),
      ratio: ratio(floor.value, machineFloor(20)),
      target: "printed",
      met: null,
    });

    progress("The framework's own floor: the sign-in page, no data, one at a time …");
    const pageFloor = await medianOf(REPS, async () => percentile(await timeGets(a.address, "/sign-in", undefined, SIZE.overview, 1), 95));
    rows.push({
      figure: "page floor: GET /sign-in (no data, no session), p95 one at a time",
      value: ms(pageFloor.value),
      ratio: ratio(pageFloor.value, machineFloor(1)),
      target: "printed",
      met: null,
    });

    progress(`Dean dashboard of the ${ids.bigSchool.applicants}-applicant school: ${SIZE.dashboard} requests at 20 at once …`);
    failedSince("/dean");
    const dashboard = await medianOf(REPS, async () => percentile(await timeGets(a.address, "/dean", bigDean, SIZE.dashboard, 20), 95));
    const dashboardFailed = failedSince("/dean");
    rows.push({
      figure: `dean dashboard, ${ids.bigSchool.applicants} applicants, p95 at 20 concurrent`,
      value: ms(dashboard.value) + dashboardFailed.text,
      ratio: ratio(dashboard.value, machineFloor(20)),
      target: "≤ 5× machine floor at 20",
      met: dashboardFailed.ok && dashboard.value <= 5 * machineFloor(20),
    });

    progress("The same school's dashboard on a database holding only that school …");
    // Taken in turns, so that a noisy moment of the machine falls on both alike.
    const aloneRuns: number[] = [];
    const amongAllRuns: number[] = [];
    for (let run = 0; run < REPS; run++) {
      aloneRuns.push(median(await timeGets(c.address, "/dean", singleDean, SIZE.sequential, 1)));
      amongAllRuns.push(median(await timeGets(a.address, "/dean", bigDean, SIZE.sequential, 1)));
    }
    const alone = { value: median(aloneRuns) };
    const amongAll = { value: median(amongAllRuns) };
    const scaleRatio = amongAll.value / alone.value;
    rows.push({
      figure: "same dashboard: national database / school alone (medians)",
      value: `${ms(amongAll.value)} / ${ms(alone.value)}`,
      ratio: `${scaleRatio.toFixed(2)}`,
      target: "≤ 1.2",
      met: scaleRatio <= 1.2,
    });

    progress("The same dashboard computed afresh, without the cache, in both databases …");
    const coldNational = await dashboardComputed(national.url, ids.bigSchool.deanUserId, SIZE.sequential / 2);
    const coldAlone = await dashboardComputed(single.url, ids.bigSchool.deanUserId, SIZE.sequential / 2);
    rows.push({
      figure: "same dashboard computed afresh (no cache): national / alone",
      value: `${ms(coldNational)} / ${ms(coldAlone)}`,
      ratio: `${(coldNational / coldAlone).toFixed(2)}`,
      target: "printed",
      met: null,
    });

    progress("SQL statements per dashboard request …");
    // Each request computes the dashboard afresh: the change notice a write would send makes the
    // instance forget what it keeps, so these are the statements of a dashboard nobody had cached.
    const notifier = new pg.Client({ connectionString: national.url });
    await notifier.connect();
    const statementsOf = async (route: string, cookie: string, schoolId: string) => {
      await notifier.query("SELECT pg_notify('soap_desk_changes', $1)", [schoolId]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = counter.count();
      await (await get(b.address, route, cookie)).arrayBuffer();
      // Statements of this request, and of whatever the job queue did on instance B meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return counter.count() - before;
    };
    // The fewest of the repetitions: the job queue's own work on instance B can only add to a window.
    const fewest = async (measure: () => Promise<number>) => Math.min(...(await medianOf(REPS, measure)).runs);
    const bigQueries = await fewest(() => statementsOf("/dean", bigDean, ids.bigSchool.schoolId));
    const smallQueries = smallDean && ids.smallSchool ? await fewest(() => statementsOf("/dean", smallDean, ids.smallSchool!.schoolId)) : Number.NaN;
    await notifier.end();
    rows.push({
      figure: `SQL statements per dashboard request, ${ids.smallSchool?.applicants ?? "?"} vs ${ids.bigSchool.applicants} applicants`,
      value: `${smallQueries} vs ${bigQueries}`,
      ratio: "",
      target: "equal",
      met: smallQueries === bigQueries,
    });

    progress(`Applicant overview (${ids.overviewApplicant.targets} targets, ${ids.overviewApplicant.contacts} contacts) …`);
    const overviewTime = await medianOf(REPS, async () => percentile(await timeGets(a.address, "/applicant", overview, SIZE.overview, 1), 95));
    rows.push({
      figure: `applicant overview, ${ids.overviewApplicant.targets} targets and ${ids.overviewApplicant.contacts} contacts, p95 one at a time (× page floor)`,
      value: ms(overviewTime.value),
      ratio: ratio(overviewTime.value, pageFloor.value),
      target: "≤ 1.5× page floor",
      met: overviewTime.value <= 1.5 * pageFloor.value,
    });

    const logEmail = findBuiltAction("app/applicant/actions.ts", "logEmailSentAction");
    let refusedWrites = 0;
    let lastRefusal = "";
    const write = async (address: string, cookie: string, programId: string) => {
      const answer = await callActionOverHttp(address, logEmail, { programId }, cookie);
      if (!answer.result) throw new Error(`A write answered HTTP ${answer.status} without a result.`);
      if (!answer.result.ok) {
        refusedWrites++;
        lastRefusal = answer.result.message;
      }
      return answer.result.ok;
    };
    // The fewest of three writes: the job queue's own polls on instance B can land in one window.
    let writeStatements = Number.POSITIVE_INFINITY;
    for (const w of writers.slice(0, 3)) {
      const statementsBefore = counter.count();
      await write(b.address, w.cookie, w.programId);
      writeStatements = Math.min(writeStatements, counter.count() - statementsBefore);
    }

    progress(`Rule-checked writes: ${writerConcurrency} writers on different applicants at once …`);
    // Instance A's own CPU time over the phase, per write made in it: what a write costs the
    // server, whatever the waiting around it.
    const cpuBefore = processCpuMs(serverA);
    let writesMade = 0;
    const writeTime = await medianOf(REPS, async () =>
      percentile(
        await load(writers.length * SIZE.writesEach, writerConcurrency, async (i) => {
          const w = writers[i % writers.length]!;
          await write(a.address, w.cookie, w.programId);
          writesMade++;
        }),
        95,
      ),
    );
    const cpuPerWrite = (processCpuMs(serverA) - cpuBefore) / writesMade;
    rows.push({
      figure: `log a contact (rule-checked write), p95 at ${writerConcurrency} concurrent writers on different applicants (${writeStatements} statements each)`,
      value: ms(writeTime.value),
      ratio: ratio(writeTime.value, machineFloor(writerConcurrency)),
      target: `≤ 5× machine floor at ${writerConcurrency}`,
      met: writeTime.value <= 5 * machineFloor(writerConcurrency),
    });
    rows.push({
      figure: `app CPU per rule-checked write (instance A's user + system time over the ${writerConcurrency}-writer phase, ${writesMade} writes)`,
      value: ms(cpuPerWrite),
      ratio: "",
      target: "≤ 5 ms",
      met: Number.isFinite(cpuPerWrite) && cpuPerWrite <= 5,
    });

    progress("20 writers on one applicant at once …");
    const hotWriters = 20;
    const programs = ids.hotApplicant.programIds;
    let lost = 0;
    const hotTime = await medianOf(REPS, async () => {
      const before = await db.contact.count({ where: { applicantId: ids.hotApplicant.applicantId } });
      let acknowledged = 0;
      const times = await load(hotWriters, hotWriters, async (i) => {
        if (await write(a.address, hot, programs[i % programs.length]!)) acknowledged++;
      });
      const after = await db.contact.count({ where: { applicantId: ids.hotApplicant.applicantId } });
      lost += acknowledged - (after - before);
      return percentile(times, 95);
    });
    rows.push({
      figure: "20 concurrent writers on one applicant: p95, lost writes",
      value: `${ms(hotTime.value)}, ${lost} lost`,
      ratio: ratio(hotTime.value, machineFloor(20)),
      target: "all serialized, none lost",
      met: lost === 0,
    });

    progress(`Live update: ${SIZE.sse} dashboard connections across 2 app instances …`);
    for (let i = 0; i < SIZE.sse; i++) {
      const instance = i % 2 === 0 ? a : b;
      streams.push(await openEventStream(`${instance.address}/api/dean/live`, { cookie: bigDean }));
    }
    if (streams.some((s) => s.status !== 200)) throw new Error("A live connection was refused.");
    const bigApplicant = writers.find((w) => w.schoolId === ids.bigSchool.schoolId) ?? { cookie: hot, programId: programs[0]! };
    const live = await medianOf(REPS, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const since = Date.now();
      if (!(await write(b.address, bigApplicant.cookie, bigApplicant.programId))) throw new Error(`The live-update write was refused: ${lastRefusal}`);
      const arrivals = await Promise.all(streams.map((s) => s.next((e) => e.event === "change", since, 10_000).then((e) => e.at - since)));
      return percentile(arrivals, 95);
    });
    const liveMax = Math.max(...streams.map((s) => s.events.filter((e) => e.event === "change").length));
    rows.push({
      figure: `live update to ${SIZE.sse} SSE connections on 2 instances, p95 to arrive`,
      value: ms(live.value),
      ratio: "",
      target: "≤ 2 s",
      met: live.value <= 2_000 && liveMax > 0,
    });
    for (const s of streams.splice(0)) s.close();

    progress("First-load JavaScript of each route …");
    const js = await firstLoadJavaScript(a.address, {
      dean: bigDean,
      applicant: overview,
      advocate,
      applicantId: assignment.applicantId,
      deanApplicantId: ids.overviewApplicant.applicantId,
      programId: ids.writers.find((w) => w.schoolId === ids.bigSchool.schoolId)?.programId ?? programs[0]!,
      applicantProgramId: overviewTarget.programId,
    });
    const heaviest = Math.max(...js.map((r) => r.kB));
    rows.push({
      figure: `first-load JavaScript, gzipped, heaviest of ${js.length} routes`,
      value: `${heaviest.toFixed(0)} kB`,
      ratio: "",
      target: "≤ 150 kB",
      met: heaviest <= 150,
    });

    const rss = residentMemory(serverA);
    rows.push({
      figure: "memory of one app instance after the run (RSS)",
      value: rss ? `${(rss / 1024).toFixed(0)} MB` : "n/a",
      ratio: "",
      target: "≤ 400 MB",
      met: rss !== null && rss / 1024 <= 400,
    });

    console.log("");
    printTable(
      ["figure", "value", "× machine floor", "target", "met"],
      rows.map((r) => [r.figure, r.value, r.ratio, r.target, r.met === null ? "" : r.met ? "yes" : "NO"]),
    );
    console.log("");
    printTable(
      ["route", "first-load JS (gzip)"],
      js.map((r) => [r.route, `${r.kB.toFixed(1)} kB`]),
    );
    console.log(`\nSequential floor (median): ${ms(floorSequential.value)}. Writes refused by a rule during the run: ${refusedWrites}.`);
    const judged = rows.filter((r) => r.met !== null);
    console.log(`Targets met: ${judged.filter((r) => r.met).length} of ${judged.length}${quick ? " (quick run: a smoke check, not a measurement)" : ""}.`);
    console.log(`Every row printed. Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);

    if (explain) await explainDashboard(national.url, ids.bigSchool.schoolId);
    await db.$disconnect();
  } finally {
    for (const s of streams) s.close();
    await Promise.all(instances.map((i) => i.stop()));
    await Promise.all(counters.map((c) => c.close()));
    await embedded?.stop();
  }
}

/**
 * The process that runs scripts/serve.ts: the spawned one, or a descendant of it should the
 * spawned process be a wrapper (a shell, npx), so its CPU time and memory are the server's own.
 */
function serverProcess(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const command = readProc(next, "cmdline")?.split("\0") ?? [];
    if (command.some((arg) => arg.endsWith("serve.ts")) && path.basename(command[0] ?? "").startsWith("node")) return next;
    for (const task of readdirSafe(`/proc/${next}/task`)) {
      queue.push(...(readProc(next, `task/${task}/children`) ?? "").split(" ").filter(Boolean).map(Number));
    }
  }
  return pid;
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Clock ticks per second of /proc's CPU times (100 unless getconf says otherwise). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** The process's CPU time so far (user + system) in milliseconds, or NaN if it cannot be read. */
function processCpuMs(pid: number | undefined): number {
  const stat = pid ? readProc(pid, "stat") : null;
  if (!stat) return Number.NaN;
  // The fields after the command name, which is in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15
  return (ticks * 1000) / CLOCK_TICKS;
}

function residentMemory(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return null;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return kb ? Number(kb) : null;
}

interface PageIds {
  dean: string;
  applicant: string;
  advocate: string;
  applicantId: string;
  deanApplicantId: string;
  programId: string;
  applicantProgramId: string;
}

/** Each page of the build, opened as its user, with the gzipped size of the scripts it loads. */
async function firstLoadJavaScript(address: string, ids: PageIds): Promise<{ route: string; kB: number }[]> {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const routes = Object.keys(manifest)
    .filter((key) => key.endsWith("/page") && !key.startsWith("/_") && !key.includes("signed-in"))
    .map((key) => key.replace(/\/page$/, "").replace(/\/\([^)]*\)/g, "") || "/");
  const sizes = new Map<string, number>();
  const results: { route: string; kB: number }[] = [];
  for (const route of routes.sort()) {
    const cookie =
      route.startsWith("/dean") || route.startsWith("/notifications")
        ? ids.dean
        : route.startsWith("/applicant")
          ? ids.applicant
          : route.startsWith("/advocate")
            ? ids.advocate
            : undefined;
    const url = route
      .replace("/advocate/applicants/[applicantId]", `/advocate/applicants/${ids.applicantId}`)
      .replace("/dean/applicants/[applicantId]", `/dean/applicants/${ids.deanApplicantId}`)
      .replace("/applicant/programs/[programId]", `/applicant/programs/${ids.applicantProgramId}`)
      .replace("[programId]", ids.programId)
      .replace("[token]", "not-a-token");
    const response = await fetch(`${address}${url}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    if (response.status !== 200) {
      results.push({ route: `${route} (HTTP ${response.status})`, kB: 0 });
      continue;
    }
    const html = await response.text();
    // Scripts a current browser loads: the noModule polyfills are for browsers without modules.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
    const scripts = [...new Set(tags.map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => !!src))];
    let total = 0;
    for (const src of scripts) {
      if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, address))).arrayBuffer())).length);
      total += sizes.get(src)!;
    }
    results.push({ route, kB: total / 1024 });
  }
  return results;
}

/** EXPLAIN ANALYZE of the dashboard's set-based query for the 300-applicant school, at national scale. */
async function explainDashboard(url: string, schoolId: string) {
  const db = createPrismaClient(url);
  const { text, values } = await captureCohortQuery(db, schoolId, NOW);
  await db.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    console.log(`\n── The dashboard's cohort query, ${schoolId}, national database ──\n${text}\n\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
  } finally {
    await client.end();
  }
}

/** The dashboard computed afresh (no cache) through the app's own code, median of `runs`, after one warm-up. */
async function dashboardComputed(url: string, deanUserId: string, runs: number): Promise<number> {
  const db = createPrismaClient(url);
  try {
    const actor = (await loadActor(db, deanUserId))!;
    await getDeanDashboard(db, actor, NOW);
    const times: number[] = [];
    for (let n = 0; n < runs; n++) {
      const t0 = performance.now();
      await getDeanDashboard(db, actor, NOW);
      times.push(performance.now() - t0);
    }
    return median(times);
  } finally {
    await db.$disconnect();
  }
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
