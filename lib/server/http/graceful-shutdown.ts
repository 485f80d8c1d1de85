import "server-only";
// How the HTTP server stops on SIGTERM (a deploy, a restart, a scale-down) without losing work:
//  1. Readiness fails at once (/api/health/ready answers 503), and every response from now on asks
//     its client to close the connection, while the server still accepts and serves: the load
//     balancer has `delayMs` to notice and send new requests elsewhere. The job workers take no new
//     job and finish the ones they run.
//  2. The listener closes: new connections are refused. Open live streams are told to reconnect,
//     and end: the browser's EventSource comes back through the load balancer to another
//     instance. No connection is closed under a client that may be sending on it (see
//     closeConnectionsWhenStopping).
//  3. Requests in flight get `drainMs` to finish; any connection still open then is cut.
//  4. The job workers' current jobs finish (within the same bound; a job still running then is
//     given up, and tried again after its backoff by whichever worker takes it), then Next.js, the
//     change feed and the database pool close, and the process exits 0.
// SIGINT (Ctrl-C in a terminal) does the same without the wait of step 1: nobody load-balances a
// terminal. A second signal while stopping changes nothing.
import type { Server, ServerResponse } from "node:http";
import net from "node:net";
import { markClosing, markStopping, isStopping } from "./shutdown-state";

export interface ShutdownSettings {
  delayMs: number;
  drainMs: number;
}

export interface ShutdownParts {
  server: Server;
  /** This process's job workers: stop() takes no new job and lets the running ones finish; kill() gives them up. */
  workers: { stop(): Promise<void>; kill(): Promise<void> } | null;
  /** Closes what the requests used: Next.js, the change feed, the database pool. */
  closeResources: () => Promise<void>;
  log: (line: string) => void;
  exit: (code: number) => void;
}

/** How long closing Next.js, the feed and the pool may take once nothing uses them. */
const CLOSE_RESOURCES_MS = 5_000;

/** The longest a stop takes with these settings; a supervisor should wait at least this long before SIGKILL. */
export function shutdownBudgetMs(settings: ShutdownSettings): number {
  return settings.delayMs + settings.drainMs + 2 * CLOSE_RESOURCES_MS;
}

/** The responses being answered now. */
const inFlight = new Set<ServerResponse>();

/**
 * Once stopping, every response whose headers have not gone out yet, in flight or new, asks its
 * client to close the connection (Connection: close): the client sends its next request on a new
 * connection, accepted during the delay and refused after it, never cut off. The live streams say
 * Connection: close from the start, for the same reason.
 *
 * The server itself never closes a connection its client was told it may use again: that would
 * race the client's next request on it, which would be reset. Those connections close at Node's
 * keep-alive timeout (5 s, which clients know from the Keep-Alive header and respect), well within
 * the drain; only a connection still open when the drain's time is up is cut.
 */
export function closeConnectionsWhenStopping(res: ServerResponse): void {
  if (isStopping()) res.setHeader("connection", "close");
  inFlight.add(res);
  res.once("close", () => inFlight.delete(res));
}

function askInFlightToClose(): void {
  for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settles with true when `work` settles within `ms`, false when the time ran out first. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const done = work.then(
    () => true,
    () => true,
  );
  const result = await Promise.race([done, late]);
  clearTimeout(timer);
  return result;
}

export async function shutDown(parts: ShutdownParts, settings: ShutdownSettings, { wait }: { wait: boolean }): Promise<void> {
  const { server, log } = parts;
  const started = Date.now();
  markStopping(started);
  askInFlightToClose();
  const delay = wait ? settings.delayMs : 0;
  log(`Stopping: readiness now fails; new connections are refused in ${delay} ms, requests in flight then get up to ${settings.drainMs} ms.`);
  const workersStopped = (parts.workers?.stop() ?? Promise.resolve()).catch((error: unknown) => {
    log(`The job workers stopped with an error: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (delay > 0) await sleep(delay);

  // Stops listening. Closing a listener resets the connections the kernel has queued but Node has
  // not accepted yet, so it closes right after the event loop accepted all it could (setImmediate
  // runs just after the poll phase); a load balancer that heeded readiness sends none by now.
  // http.Server's own close() would also destroy every connection without a request in progress,
  // among them the ones just accepted whose request is on its way: that request would be reset.
  // So only the listener closes here; the connections end as their answers say Connection: close,
  // and the idle keep-alive ones at Node's keep-alive timeout, as their clients expect.
  let closed = Promise.resolve();
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      closed = new Promise<void>((done) => net.Server.prototype.close.call(server, () => done()));
      resolve();
    }),
  );
  markClosing();
  const drained = await within(closed, settings.drainMs);
  if (!drained) {
    log(`Requests still in flight after ${settings.drainMs} ms: their connections are closed now.`);
    server.closeAllConnections();
    await closed;
  }
  // The workers had the delay and the drain to finish their jobs.
  if (!(await within(workersStopped, Math.max(0, started + delay + settings.drainMs - Date.now())))) {
    log("The job workers' current jobs did not finish in time: they are given up, and run again after their backoff.");
    await within(parts.workers?.kill() ?? Promise.resolve(), CLOSE_RESOURCES_MS);
  }
  if (!(await within(parts.closeResources(), CLOSE_RESOURCES_MS))) log("Closing the database pool took too long; stopping anyway.");
  log(`Stopped in ${Date.now() - started} ms.`);
  parts.exit(0);
}

/** SIGTERM and SIGINT stop the server as above, once. */
export function stopOnSignals(parts: ShutdownParts, settings: ShutdownSettings): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void shutDown(parts, settings, { wait: signal === "SIGTERM" }).catch((error: unknown) => {
      log(parts, error);
      parts.exit(1);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function log(parts: ShutdownParts, error: unknown): void {
  parts.log(`Stopping failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
