import "server-only";
// The Prometheus endpoint: GET /metrics on its own port (METRICS_PORT, on METRICS_HOST, 127.0.0.1
// unless set), never on the public one. Off when METRICS_PORT is not set. Besides what the app
// records as it runs (lib/server/core/metrics.ts), a scrape reads the database pool's use and the
// job queue's depth and lag (jobs due and not taken, and how long the oldest has waited).
import { createServer, type Server } from "node:http";
import { Gauge } from "prom-client";
import { poolUse, type Db } from "../core/db";
import { EnvError } from "../core/env";
import { errorFields, log } from "../core/log";
import { metrics } from "../core/metrics";

export interface MetricsSettings {
  port: number;
  host: string;
}

/** METRICS_PORT and METRICS_HOST; null when METRICS_PORT is not set. Throws on a port that is not one. */
export function metricsSettings(source: NodeJS.ProcessEnv): MetricsSettings | null {
  const raw = source.METRICS_PORT?.trim();
  if (!raw) return null;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new EnvError([`METRICS_PORT must be a port number from 1 to 65535, not "${raw}".`]);
  return { port, host: source.METRICS_HOST?.trim() || "127.0.0.1" };
}

interface QueueState {
  ready: number;
  lagSeconds: number;
}

async function readQueue(db: Db): Promise<QueueState> {
  const [row] = await db.$queryRaw<{ ready: number; lag: number }[]>`
    SELECT count(*)::int AS ready, coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8 AS lag
    FROM graphile_worker.jobs
    WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts`;
  return { ready: row?.ready ?? 0, lagSeconds: Math.max(0, row?.lag ?? 0) };
}

/** The series read at scrape time, registered once per process. */
function registerScrapeTimeSeries(db: Db): void {
  const { registry } = metrics();
  if (registry.getSingleMetric("job_queue_ready_jobs")) return;
  const registers = [registry];
  new Gauge({
    name: "db_pool_connections",
    help: "The app's database pool: connections open (total), idle, and requests waiting for one.",
    labelNames: ["state"],
    registers,
    collect() {
      const use = poolUse();
      this.set({ state: "total" }, use?.total ?? 0);
      this.set({ state: "idle" }, use?.idle ?? 0);
      this.set({ state: "waiting" }, use?.waiting ?? 0);
    },
  });
  let queue: Promise<QueueState | null> | null = null;
  const queueNow = () => {
    // One query per scrape for both series; a database that cannot answer leaves them as they were.
    queue ??= readQueue(db)
      .catch((error: unknown) => {
        log().warn(errorFields(error), "metrics: the job queue could not be read");
        return null;
      })
      .finally(() => setTimeout(() => (queue = null), 0));
    return queue;
  };
  const queueGauge = (name: string, help: string, read: (state: QueueState) => number) =>
    new Gauge({
      name,
      help,
      registers,
      async collect() {
        const state = await queueNow();
        if (state) this.set(read(state));
      },
    });
  queueGauge("job_queue_ready_jobs", "Jobs due to run and not yet taken by a worker.", (state) => state.ready);
  queueGauge("job_queue_lag_seconds", "How long the oldest job due to run has waited for a worker (0 when none waits).", (state) => state.lagSeconds);
}

/** Serves GET /metrics on its own port; resolves once it listens. */
export async function startMetricsServer(settings: MetricsSettings, db: Db): Promise<Server> {
  registerScrapeTimeSeries(db);
  const { registry } = metrics();
  const server = createServer((req, res) => {
    if (req.method !== "GET" || (req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found. The metrics are at /metrics.\n");
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { "content-type": registry.contentType }).end(body),
      (error: unknown) => {
        log().error(errorFields(error), "metrics: a scrape failed");
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("The metrics could not be read.\n");
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  log().info({ host: settings.host, port: settings.port }, "metrics: serving /metrics");
  return server;
}
